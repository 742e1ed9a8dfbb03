/* What the calendar files share (calendar.c, tz.c, localtime.c, asctime.c,
 * strftime.c): days and civil dates, seconds to fields, and the local zone's answer
 * for one instant. Internal to the C library layer.
 *
 * Not obvious: everything is done in int64_t seconds and days, so a struct tm with
 * any int fields converts without overflow; only the result's year can fail to fit.
 */
#ifndef SYSGATE_SRC_LIBC_TM_H
#define SYSGATE_SRC_LIBC_TM_H

#include <stdint.h>
#include <sysgate/calendar.h>

/* Days from 1970-01-01 to year-month-day (month 1..12, day may run past the month). */
int64_t sysgate_days_from_civil(int64_t year, int month, int64_t day);
/* tm's fields from seconds since the epoch in some zone (t plus its offset):
 * 0, or -1 with EOVERFLOW when the year does not fit. Sets no zone fields. */
int sysgate_tm_from_seconds(int64_t t, struct tm *tm);
/* The seconds tm's fields stand for, months and days run over as timegm does. */
int64_t sysgate_tm_to_seconds(const struct tm *tm);
/* The one struct tm gmtime and localtime return. */
extern struct tm sysgate_tm_storage;

/* The local zone's offset (seconds east), DST flag and abbreviation at UTC time t. */
struct sysgate_local {
  long offset;
  int isdst;
  const char *zone;
};
/* Re-reads TZ when it changed since the last call (tzset's work). */
void sysgate_tz_update(void);
struct sysgate_local sysgate_tz_at(int64_t t);
/* The distinct offsets the zone uses (at most max): how many. */
int sysgate_tz_offsets(long *offsets, int max);

#endif
