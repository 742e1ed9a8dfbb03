/* sysgate/calendar.h: struct tm and the calendar functions of <time.h>, from the C
 * library layer: gmtime(3), gmtime_r, timegm(3), difftime(3) (src/libc/calendar.c),
 * localtime(3), localtime_r, mktime(3), tzset(3), tzname, timezone, daylight
 * (src/libc/localtime.c, tz.c), asctime(3), asctime_r, ctime(3), ctime_r
 * (src/libc/asctime.c), strftime(3) (src/libc/strftime.c), in the C locale.
 *
 * Not obvious: the local time zone comes from TZ as glibc reads it: unset means
 * /etc/localtime; ":name" or "name" is a TZif file (RFC 8536) under
 * /usr/share/zoneinfo unless it starts with '/'; what is not a file is a POSIX rule
 * ("EST5EDT,M3.2.0,M11.1.0"). Leap-second tables ("right/" zones) are not applied.
 */
#ifndef SYSGATE_CALENDAR_H
#define SYSGATE_CALENDAR_H

#include <stddef.h>

#include "base.h"
#include "types.h"

/* glibc's layout, tm_gmtoff and tm_zone included (what BSD and glibc add to C's). */
struct tm {
  int tm_sec;          /* 0..60 */
  int tm_min;          /* 0..59 */
  int tm_hour;         /* 0..23 */
  int tm_mday;         /* 1..31 */
  int tm_mon;          /* 0..11 */
  int tm_year;         /* years since 1900 */
  int tm_wday;         /* 0..6, Sunday 0 */
  int tm_yday;         /* 0..365 */
  int tm_isdst;        /* > 0 daylight saving time, 0 not, < 0 unknown (mktime) */
  long tm_gmtoff;      /* seconds east of UTC */
  const char *tm_zone; /* the abbreviation, "GMT" for gmtime */
};

/* The broken-down UTC time of *t; NULL with EOVERFLOW when the year does not fit an
 * int. gmtime and localtime share one static struct tm, as glibc's do. */
struct tm *gmtime_r(const time_t *t, struct tm *tm) SG_SYMBOL(gmtime_r);
struct tm *gmtime(const time_t *t) SG_SYMBOL(gmtime);
/* The time_t of tm read as UTC, its fields normalized in place (tm_mon 12 is the
 * next January...) and tm_wday and tm_yday set; -1 with EOVERFLOW when out of range. */
time_t timegm(struct tm *tm) SG_SYMBOL(timegm);
double difftime(time_t end, time_t start) SG_SYMBOL(difftime);

/* The same in the local time zone (TZ, read again by each call as glibc's tzset). */
struct tm *localtime_r(const time_t *t, struct tm *tm) SG_SYMBOL(localtime_r);
struct tm *localtime(const time_t *t) SG_SYMBOL(localtime);
/* tm as local time: with tm_isdst < 0 the zone decides whether DST applies, else
 * tm_isdst says which offset the fields are in. */
time_t mktime(struct tm *tm) SG_SYMBOL(mktime);
void tzset(void) SG_SYMBOL(tzset);
/* After tzset: the standard and DST abbreviations, the standard offset in seconds
 * west of UTC, and whether the zone has DST at all. */
extern char *tzname[2] SG_SYMBOL(tzname);
extern long timezone SG_SYMBOL(timezone);
extern int daylight SG_SYMBOL(daylight);

/* "Sun Sep 16 01:03:52 1973\n": 26 bytes with the NUL; NULL with EOVERFLOW when a
 * field does not fit that form. ctime(t) is asctime(localtime(t)). */
char *asctime_r(const struct tm *tm, char *buf) SG_SYMBOL(asctime_r);
char *asctime(const struct tm *tm) SG_SYMBOL(asctime);
char *ctime_r(const time_t *t, char *buf) SG_SYMBOL(ctime_r);
char *ctime(const time_t *t) SG_SYMBOL(ctime);

/* Formats tm as format says into s, NUL included, when it fits in max bytes: the
 * length without the NUL, else 0 (and s is unspecified). */
size_t strftime(char *restrict s, size_t max, const char *restrict format,
                const struct tm *restrict tm) SG_SYMBOL(strftime);

#endif
