/* The glibc side of test_calendar*.c: gmtime, localtime, mktime, timegm, strftime,
 * asctime, ctime, tzset and its globals, with 64-bit time_t on both arches.
 *
 * Not obvious: struct oracle_tm carries a struct tm's fields across the boundary
 * (the test's struct tm is sysgate's, this side's is glibc's).
 */
#ifndef SYSGATE_TEST_ORACLE_CALENDAR_H
#define SYSGATE_TEST_ORACLE_CALENDAR_H

#include <stddef.h>
#include <stdint.h>

struct oracle_tm {
  int sec, min, hour, mday, mon, year, wday, yday, isdst;
  long gmtoff;
  const char *zone;
};

/* Sets TZ (NULL: unsets it) in glibc's environment and calls glibc's tzset. */
void oracle_set_tz(const char *tz);
void oracle_tz_globals(const char **std, const char **dst, long *timezone, int *daylight);
/* 0 with *out filled, or -1 and errno. */
int oracle_gmtime(int64_t t, struct oracle_tm *out);
int oracle_localtime(int64_t t, struct oracle_tm *out);
/* mktime / timegm on *tm (updated in place); their result. */
int64_t oracle_mktime(struct oracle_tm *tm);
int64_t oracle_timegm(struct oracle_tm *tm);
size_t oracle_strftime(char *buf, size_t max, const char *fmt, const struct oracle_tm *tm);
/* asctime_r / ctime_r into buf (26 bytes): NULL or buf. */
char *oracle_asctime(const struct oracle_tm *tm, char *buf);
char *oracle_ctime(int64_t t, char *buf);
double oracle_difftime(int64_t a, int64_t b);
int oracle_errno(void);

#endif
