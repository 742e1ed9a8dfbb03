/* gmtime(3), gmtime_r, timegm(3), difftime(3), and the date arithmetic of tm.h.
 *
 * Not obvious: days to a civil date is done per 400-year era (146097 days), in which
 * the Gregorian leap rule repeats exactly; counting the year from March 1st puts the
 * leap day last, so month lengths follow the pattern 31,30,31,30,31 that
 * (153 * m + 2) / 5 produces (the method of H. Hinnant, "chrono-Compatible Low-Level
 * Date Algorithms"). Floor division keeps it right before 1970 and before year 0.
 */
#include <sysgate/errno.h>

#include "tm.h"

struct tm sysgate_tm_storage;

static int64_t floor_div(int64_t a, int64_t b) {
  return a / b - (a % b != 0 && (a % b < 0) != (b < 0));
}

int64_t sysgate_days_from_civil(int64_t year, int month, int64_t day) {
  year -= month <= 2;
  int64_t era = floor_div(year, 400);
  int64_t year_of_era = year - era * 400; /* 0..399 */
  int64_t day_of_year = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
  int64_t day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return era * 146097 + day_of_era - 719468; /* 719468: 0000-03-01 to 1970-01-01 */
}

int sysgate_tm_from_seconds(int64_t t, struct tm *tm) {
  int64_t days = floor_div(t, 86400), secs = t % 86400;
  if (secs < 0)
    secs += 86400; /* not t - days * 86400, which overflows for INT64_MIN */
  int64_t z = days + 719468;
  int64_t era = floor_div(z, 146097);
  int64_t day_of_era = z - era * 146097;
  int64_t year_of_era =
      (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
  int64_t day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
  int64_t mp = (5 * day_of_year + 2) / 153; /* month from March, 0..11 */
  int month = (int)(mp < 10 ? mp + 3 : mp - 9);
  int64_t year = year_of_era + era * 400 + (month <= 2);
  if (year - 1900 > __INT_MAX__ || year - 1900 < -__INT_MAX__ - 1) {
    errno = EOVERFLOW;
    return -1;
  }
  tm->tm_year = (int)(year - 1900);
  tm->tm_mon = month - 1;
  tm->tm_mday = (int)(day_of_year - (153 * mp + 2) / 5 + 1);
  tm->tm_yday = (int)(days - sysgate_days_from_civil(year, 1, 1));
  tm->tm_wday = (int)(days - floor_div(days + 4, 7) * 7 + 4); /* 1970-01-01: Thursday */
  tm->tm_hour = (int)(secs / 3600);
  tm->tm_min = (int)(secs / 60 % 60);
  tm->tm_sec = (int)(secs % 60);
  return 0;
}

int64_t sysgate_tm_to_seconds(const struct tm *tm) {
  int64_t month = tm->tm_mon;
  int64_t year = (int64_t)tm->tm_year + 1900 + floor_div(month, 12);
  month -= floor_div(month, 12) * 12;
  int64_t days = sysgate_days_from_civil(year, (int)month + 1, tm->tm_mday);
  return days * 86400 + (int64_t)tm->tm_hour * 3600 + (int64_t)tm->tm_min * 60 + tm->tm_sec;
}

struct tm *gmtime_r(const time_t *t, struct tm *tm) {
  if (sysgate_tm_from_seconds(*t, tm) < 0)
    return NULL;
  tm->tm_isdst = 0;
  tm->tm_gmtoff = 0;
  tm->tm_zone = "GMT";
  return tm;
}

struct tm *gmtime(const time_t *t) {
  return gmtime_r(t, &sysgate_tm_storage);
}

time_t timegm(struct tm *tm) {
  time_t t = sysgate_tm_to_seconds(tm);
  struct tm out;
  if (gmtime_r(&t, &out) == NULL)
    return -1;
  *tm = out;
  return t;
}

double difftime(time_t end, time_t start) {
  /* Each side converted alone would lose the low bits of large times first. */
  return end >= start ? (double)((uint64_t)end - (uint64_t)start)
                      : -(double)((uint64_t)start - (uint64_t)end);
}
