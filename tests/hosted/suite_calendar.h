/* What the calendar suites share (test_calendar*.c): random times from the ranges
 * that matter, random broken-down fields, the conversion to the oracle's struct tm, and
 * setting TZ for both sides. Include after "suite.h".
 *
 * Not obvious: set_tz points sysgate's environ at glibc's block again after glibc's
 * setenv, which may have moved it, so both read the same TZ.
 */
#ifndef SYSGATE_TEST_SUITE_CALENDAR_H
#define SYSGATE_TEST_SUITE_CALENDAR_H

#include "suite_random.h" /* next_random */

static inline int64_t between(int64_t lo, int64_t hi) {
  return lo + (int64_t)(next_random() % (uint64_t)(hi - lo + 1));
}

static inline unsigned rounds(unsigned n) {
  return oracle_under_valgrind() ? n / 20 + 1 : n;
}

static inline struct oracle_tm to_oracle(const struct tm *tm) {
  return (struct oracle_tm){tm->tm_sec,   tm->tm_min,    tm->tm_hour, tm->tm_mday,
                            tm->tm_mon,   tm->tm_year,   tm->tm_wday, tm->tm_yday,
                            tm->tm_isdst, tm->tm_gmtoff, tm->tm_zone};
}

/* A time from one of the ranges that matter: near 0, around 2038, anywhere in the
 * int range of years, or right at the edges of it. zoned: only up to about three
 * million years away, where glibc's POSIX-rule arithmetic (int years times 365)
 * still holds, for the local-time checks. */
__attribute__((unused)) static int zoned;
static inline int64_t some_time(void) {
  switch (next_random() % (zoned ? 5 : 7)) {
  case 0:
    return between(-100000, 100000);
  case 1:
    return between(2147483647LL - 100000000, 2147483647LL + 100000000);
  case 2:
    return between(-5000000000LL, 5000000000LL);
  case 3:
    return between(-100000000000000LL, 100000000000000LL);
  case 4:
    return between(-13000000000LL, 13000000000LL); /* 1558 to 2381 */
  case 5:
    return between(-67768040609740800LL, 67767976233316800LL); /* about the int years */
  default:
    return between(-70000000000000000LL, 70000000000000000LL);
  }
}

/* Fields anywhere in a wide range, for the normalizing functions. */
static inline struct tm some_fields(void) {
  struct tm tm = {0};
  int wide = next_random() % 4 == 0;
  tm.tm_year = (int)(wide ? between(-3000, 3000) : between(-10, 250));
  tm.tm_mon = (int)(wide ? between(-40, 40) : between(0, 11));
  tm.tm_mday = (int)(wide ? between(-500, 500) : between(1, 31));
  tm.tm_hour = (int)(wide ? between(-100, 100) : between(0, 23));
  tm.tm_min = (int)(wide ? between(-1000, 1000) : between(0, 59));
  tm.tm_sec = (int)(wide ? between(-100000, 100000) : between(0, 60));
  tm.tm_isdst = (int)between(-1, 1);
  tm.tm_wday = 77; /* ignored on input */
  tm.tm_yday = -5;
  return tm;
}

static inline void set_tz(const char *tz) {
  oracle_set_tz(tz);
  environ = oracle_environ(); /* glibc's setenv may have moved the block */
  tzset();
}
#endif
