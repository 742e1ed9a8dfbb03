/* asctime(3), asctime_r(3), ctime(3), ctime_r(3): "Wed Jun 30 21:49:08 1993\n".
 *
 * Not obvious: C's asctime has undefined behaviour for fields out of range; glibc's
 * prints "???" for an unknown day or month name and the numbers as they are, and
 * fails with EOVERFLOW (NULL) only when the text does not fit its 26 bytes.
 */
#include <sysgate/errno.h>
#include <sysgate/printf.h>

#include "tm.h"

static const char day_names[] = "SunMonTueWedThuFriSat";
static const char month_names[] = "JanFebMarAprMayJunJulAugSepOctNovDec";

char *asctime_r(const struct tm *tm, char *buf) {
  if (tm->tm_year > __INT_MAX__ - 1900) {
    errno = EOVERFLOW;
    return NULL;
  }
  int day_ok = tm->tm_wday >= 0 && tm->tm_wday < 7, mon_ok = tm->tm_mon >= 0 && tm->tm_mon < 12;
  int n = snprintf(buf, 26, "%.3s %.3s%3d %.2d:%.2d:%.2d %d\n",
                   day_ok ? day_names + 3 * tm->tm_wday : "???",
                   mon_ok ? month_names + 3 * tm->tm_mon : "???", tm->tm_mday, tm->tm_hour,
                   tm->tm_min, tm->tm_sec, tm->tm_year + 1900);
  if (n < 0 || n >= 26) {
    errno = EOVERFLOW;
    return NULL;
  }
  return buf;
}

static char text[26];

char *asctime(const struct tm *tm) {
  return asctime_r(tm, text);
}

char *ctime_r(const time_t *t, char *buf) {
  struct tm tm;
  return localtime_r(t, &tm) ? asctime_r(&tm, buf) : NULL;
}

char *ctime(const time_t *t) {
  struct tm *tm = localtime(t);
  return tm ? asctime(tm) : NULL;
}
