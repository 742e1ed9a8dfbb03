/* glibc's calendar functions for test_calendar*.c (oracle_calendar.h). This file
 * includes glibc's headers and never sysgate's.
 *
 * Not obvious: _TIME_BITS=64 (with the _FILE_OFFSET_BITS=64 glibc requires beside
 * it) gives the i386 build glibc's 64-bit time_t functions, sysgate's only kind.
 */
#define _GNU_SOURCE
#define _FILE_OFFSET_BITS 64
#define _TIME_BITS 64
#include "oracle_calendar.h"

#include <errno.h>
#include <stdlib.h>
#include <time.h>

static struct tm to_tm(const struct oracle_tm *o) {
  struct tm tm = {.tm_sec = o->sec,
                  .tm_min = o->min,
                  .tm_hour = o->hour,
                  .tm_mday = o->mday,
                  .tm_mon = o->mon,
                  .tm_year = o->year,
                  .tm_wday = o->wday,
                  .tm_yday = o->yday,
                  .tm_isdst = o->isdst,
                  .tm_gmtoff = o->gmtoff,
                  .tm_zone = o->zone};
  return tm;
}

static void from_tm(const struct tm *tm, struct oracle_tm *o) {
  *o = (struct oracle_tm){tm->tm_sec,   tm->tm_min,    tm->tm_hour, tm->tm_mday,
                          tm->tm_mon,   tm->tm_year,   tm->tm_wday, tm->tm_yday,
                          tm->tm_isdst, tm->tm_gmtoff, tm->tm_zone};
}

void oracle_set_tz(const char *tz) {
  if (tz)
    setenv("TZ", tz, 1);
  else
    unsetenv("TZ");
  tzset();
}

void oracle_tz_globals(const char **std, const char **dst, long *tz, int *dl) {
  *std = tzname[0];
  *dst = tzname[1];
  *tz = timezone;
  *dl = daylight;
}

int oracle_gmtime(int64_t t, struct oracle_tm *out) {
  time_t tt = t;
  struct tm tm;
  if (gmtime_r(&tt, &tm) == NULL)
    return -1;
  from_tm(&tm, out);
  return 0;
}

int oracle_localtime(int64_t t, struct oracle_tm *out) {
  time_t tt = t;
  struct tm tm;
  if (localtime_r(&tt, &tm) == NULL)
    return -1;
  from_tm(&tm, out);
  return 0;
}

int64_t oracle_mktime(struct oracle_tm *o) {
  struct tm tm = to_tm(o);
  time_t t = mktime(&tm);
  from_tm(&tm, o);
  return t;
}

int64_t oracle_timegm(struct oracle_tm *o) {
  struct tm tm = to_tm(o);
  time_t t = timegm(&tm);
  from_tm(&tm, o);
  return t;
}

size_t oracle_strftime(char *buf, size_t max, const char *fmt, const struct oracle_tm *o) {
  struct tm tm = to_tm(o);
  return strftime(buf, max, fmt, &tm);
}

char *oracle_asctime(const struct oracle_tm *o, char *buf) {
  struct tm tm = to_tm(o);
  return asctime_r(&tm, buf);
}

char *oracle_ctime(int64_t t, char *buf) {
  time_t tt = t;
  return ctime_r(&tt, buf);
}

double oracle_difftime(int64_t a, int64_t b) {
  return difftime((time_t)a, (time_t)b);
}

int oracle_errno(void) {
  return errno;
}
