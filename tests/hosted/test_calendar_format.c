/* strftime, asctime and ctime (sysgate/calendar.h) against glibc's, every conversion
 * on random times in several zones.
 *
 * Not obvious: %Z of an empty tm_zone with tm_isdst >= 0 prints tzname[], which glibc's
 * localtime rewrites as it goes, so the random structs carry a zone name of their own.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "oracle.h"
#include "oracle_calendar.h"
#include "oracle_vdso.h"
#include <sysgate.h>

#include "suite.h"
#include "suite_calendar.h"
#include "suite_random.h"

/* --- strftime --- */

/* Every conversion at once. */
#define ALL_CONVERSIONS                                                                            \
  "%a %A %b %B %c %C %d %D %e %F %g %G %h %H %I %j %k %l %m %M %n %p %P %r %R %S %t %T %u %U "     \
  "%V %w %W %x %X %y %Y %z %Z %%"

static const char *const formats[] = {
    ALL_CONVERSIONS,
    "%s",
    "%Ec %EC %Ex %EX %Ey %EY",
    "%Od %Oe %OH %OI %Om %OM %OS %Ou %OU %OV %Ow %OW %Oy",
    "%Ea %EA %Eb %EB %Ed %Ee %EH %Ej %Em %EM %ES %EU %EV %Ew %EW %Eg %EG %Ez %EZ %Es %Ep %En",
    "%Oa %OA %Ob %OB %Oc %OC %Ox %OX %OY %Oz %OZ %Os %Op %OG %Og %Oj %Ok %Ol %OD %OF %OR %OT",
    "%E%",
    "%O%",
    "%5%",
    "%",
    "%5",
    "%E",
    "%_",
    "%-",
    "%^",
    "%#",
    "%q %N %J %K %L %f %i %o %v",
    "%+Y %:z %Q %1 %|",
};

static const char specs[] = "aAbBcCdDeFgGhHIjklmMnpPrRsStTuUVwWxXyYzZ%";
static const char *const flags[] = {"", "_", "-", "0", "^", "#", "^#", "_^", "-#", "0_", "_0"};
static const char *const widths[] = {"", "0", "1", "3", "5", "12"};

static void check_strftime(const struct tm *tm, const char *fmt, size_t max) {
  char ours[512], theirs[512];
  struct oracle_tm o = to_oracle(tm);
  memset(ours, 'x', sizeof ours);
  memset(theirs, 'x', sizeof theirs);
  size_t n = strftime(ours, max, fmt, tm);
  size_t m = oracle_strftime(theirs, max, fmt, &o);
  if (n != m || (n != 0 && strcmp(ours, theirs) != 0))
    fail_msg("strftime(\"%s\", year %d mon %d mday %d wday %d yday %d, max %zu): sysgate %zu "
             "\"%s\", glibc %zu \"%s\"",
             fmt, tm->tm_year, tm->tm_mon, tm->tm_mday, tm->tm_wday, tm->tm_yday, max, n,
             n ? ours : "", m, m ? theirs : "");
  assert_true(ours[max < sizeof ours ? max : sizeof ours - 1] == 'x' || max >= sizeof ours);
}

static struct tm some_tm(void) {
  struct tm tm;
  time_t t = some_time();
  if (next_random() % 8 == 0) { /* fields out of range, which strftime must survive */
    tm = some_fields();
    tm.tm_wday = (int)between(-3, 9);
    tm.tm_yday = (int)between(-3, 370);
    tm.tm_gmtoff = (long)between(-200000, 200000);
    tm.tm_isdst = (int)between(-1, 2);
    /* An empty zone with tm_isdst >= 0 prints tzname[], which glibc's localtime
     * rewrites as it goes: the two sides' would differ for no fault of either. */
    tm.tm_zone = next_random() % 2 || tm.tm_isdst >= 0 ? "ABC" : "";
    return tm;
  }
  struct tm *r = (next_random() % 2 ? localtime_r : gmtime_r)(&t, &tm);
  if (r == NULL) {
    t = 0;
    gmtime_r(&t, &tm);
  }
  return tm;
}

static void test_strftime(void **state) {
  (void)state;
  set_tz("Europe/Paris");
  zoned = 1;
  char fmt[64];
  unsigned n = rounds(600);
  for (unsigned i = 0; i < n; i++) {
    struct tm tm = some_tm();
    for (size_t f = 0; f < sizeof formats / sizeof formats[0]; f++)
      check_strftime(&tm, formats[f], 512);
    for (const char *c = specs; *c; c++)
      for (size_t fl = 0; fl < sizeof flags / sizeof flags[0]; fl++) {
        snprintf(fmt, sizeof fmt, "%%%s%s%c|", flags[fl], widths[i % 6], *c);
        check_strftime(&tm, fmt, 512);
      }
  }
  /* Buffers too small by one, and exactly right. */
  struct tm tm = some_tm();
  char full[512];
  size_t len = strftime(full, sizeof full, formats[0], &tm);
  for (size_t max = 0; max <= len + 1; max++)
    check_strftime(&tm, formats[0], max);
  check_strftime(&tm, "", 0);
  check_strftime(&tm, "", 1);
  check_strftime(&tm, "%2147483647d", 100);
  check_strftime(&tm, "%99999999999d", 100);
  zoned = 0;
  set_tz(NULL);
}

static void test_asctime(void **state) {
  (void)state;
  char ours[26], theirs[26];
  for (unsigned i = 0; i < rounds(20000); i++) {
    struct tm tm = some_tm();
    if (i % 7 == 0) {
      tm.tm_mday = (int)between(-200, 200);
      tm.tm_hour = (int)between(-200, 200);
      tm.tm_mon = (int)between(-2, 13);
    }
    if (i % 101 == 0)
      tm.tm_year = (int)between(2147483647 - 3000, 2147483647);
    struct oracle_tm o = to_oracle(&tm);
    errno = 0;
    char *r = asctime_r(&tm, ours);
    int our_errno = errno;
    char *s = oracle_asctime(&o, theirs);
    if ((r == NULL) != (s == NULL))
      fail_msg("asctime(year %d): sysgate %s, glibc %s", tm.tm_year, r ? r : "NULL",
               s ? s : "NULL");
    if (r)
      assert_string_equal(ours, theirs);
    else
      assert_int_equal(our_errno, oracle_errno());
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_strftime),
      cmocka_unit_test(test_asctime),
  };
  const char *only = oracle_getenv("TEST_CALENDAR_ONLY"); /* one test, to time it */
  if (only != NULL)
    cmocka_set_test_filter(only);
  return cmocka_run_group_tests(tests, NULL, NULL);
}
