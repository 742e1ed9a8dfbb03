/* gmtime, localtime, mktime, timegm, tzset and its globals, and difftime
 * (sysgate/calendar.h) against glibc's, for times from the far past to far past 2038, in
 * several zones: UTC, TZif files (Europe/Paris, America/New_York, Australia/Lord_Howe
 * with its half-hour DST), and POSIX rules north and south. strftime and asctime are
 * test_calendar_format.c's, what they share suite_calendar.h.
 *
 * Not obvious: sysgate keeps its own zone state, apart from glibc's, but both read
 * TZ: the test sets it in glibc's environment and points sysgate's environ at the
 * same block, then calls both tzsets. A mktime of a clock reading that happens twice
 * with tm_isdst -1 has two right answers, and glibc's pick depends on its previous
 * calls (it starts from the last offset it used): those readings are compared only
 * as "one of the two".
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

#define ASSERT_TM_EQUAL(ours, theirs, what, arg)                                                   \
  do {                                                                                             \
    const struct tm *a_ = (ours);                                                                  \
    const struct oracle_tm *b_ = (theirs);                                                         \
    if (a_->tm_sec != b_->sec || a_->tm_min != b_->min || a_->tm_hour != b_->hour ||               \
        a_->tm_mday != b_->mday || a_->tm_mon != b_->mon || a_->tm_year != b_->year ||             \
        a_->tm_wday != b_->wday || a_->tm_yday != b_->yday || a_->tm_isdst != b_->isdst ||         \
        a_->tm_gmtoff != b_->gmtoff || strcmp(a_->tm_zone, b_->zone) != 0)                         \
      fail_msg("%s(%lld): sysgate %d-%d-%d %d:%d:%d wday %d yday %d dst %d off %ld %s, glibc "     \
               "%d-%d-%d %d:%d:%d wday %d yday %d dst %d off %ld %s",                              \
               what, (long long)(arg), a_->tm_year, a_->tm_mon, a_->tm_mday, a_->tm_hour,          \
               a_->tm_min, a_->tm_sec, a_->tm_wday, a_->tm_yday, a_->tm_isdst, a_->tm_gmtoff,      \
               a_->tm_zone, b_->year, b_->mon, b_->mday, b_->hour, b_->min, b_->sec, b_->wday,     \
               b_->yday, b_->isdst, b_->gmtoff, b_->zone);                                         \
  } while (0)

static void check_gmtime(int64_t t) {
  struct tm ours;
  struct oracle_tm theirs;
  time_t tt = t;
  errno = 0;
  struct tm *r = gmtime_r(&tt, &ours);
  int our_errno = errno;
  int their_r = oracle_gmtime(t, &theirs);
  if (their_r < 0) {
    assert_null(r);
    assert_int_equal(our_errno, oracle_errno());
    return;
  }
  assert_ptr_equal(r, &ours);
  ASSERT_TM_EQUAL(&ours, &theirs, "gmtime", t);
}

static void test_gmtime(void **state) {
  (void)state;
  const int64_t edges[] = {0,
                           -1,
                           1,
                           86399,
                           86400,
                           -86400,
                           -86401,
                           951782400,
                           951868800,
                           2147483647,
                           2147483648LL,
                           -2147483648LL,
                           -62167219200LL,
                           -62167219201LL,
                           253402300799LL,
                           253402300800LL,
                           INT64_MAX,
                           INT64_MIN,
                           67768036191676799LL,
                           67768036191676800LL,
                           -67768040609740800LL,
                           -67768040609740801LL};
  for (size_t i = 0; i < sizeof edges / sizeof edges[0]; i++)
    check_gmtime(edges[i]);
  for (unsigned i = 0; i < rounds(100000); i++)
    check_gmtime(some_time());
  time_t t = 1234567890;
  struct tm *shared = gmtime(&t);
  assert_int_equal(shared->tm_year, 109);
  assert_ptr_equal(localtime(&t), shared); /* one static struct, as glibc's */
}

static void test_timegm(void **state) {
  (void)state;
  for (unsigned i = 0; i < rounds(50000); i++) {
    struct tm ours = some_fields();
    if (i % 1000 == 0)
      ours.tm_year = (int)between(2147481000, 2147483647) * (i % 2000 ? 1 : -1);
    struct oracle_tm theirs = to_oracle(&ours);
    theirs.zone = "";
    ours.tm_zone = "";
    time_t t = timegm(&ours);
    int64_t their_t = oracle_timegm(&theirs);
    assert_int_equal(t, their_t);
    ASSERT_TM_EQUAL(&ours, &theirs, "timegm", t);
  }
}

static const char *const zones[] = {
    "UTC",
    "Europe/Paris",
    ":America/New_York",
    "Australia/Lord_Howe",
    "EST5EDT,M3.2.0,M11.1.0",
    "NZST-12NZDT,M9.5.0,M4.1.0/3",
    "<+0330>-3:30<+0430>,J79/24,J263/24",
    "CET-1CEST,M3.5.0,M10.5.0/3",
    "Asia/Tokyo",
    "America/Sao_Paulo",
    "",
    NULL, /* /etc/localtime */
};

static int zoneinfo_missing(void) {
  return oracle_file_mode("/usr/share/zoneinfo/Europe/Paris") == ~0u;
}

static void test_tz_globals(void **state) {
  (void)state;
  if (zoneinfo_missing())
    SKIP_BECAUSE("/usr/share/zoneinfo is missing (install tzdata)");
  for (size_t z = 0; z < sizeof zones / sizeof zones[0]; z++) {
    set_tz(zones[z]);
    const char *std, *dst;
    long tz;
    int dl;
    oracle_tz_globals(&std, &dst, &tz, &dl);
    if (strcmp(tzname[0], std) != 0 || strcmp(tzname[1], dst) != 0 || timezone != tz ||
        daylight != dl)
      fail_msg("TZ=%s: sysgate %s/%s %ld %d, glibc %s/%s %ld %d", zones[z] ? zones[z] : "(unset)",
               tzname[0], tzname[1], timezone, daylight, std, dst, tz, dl);
  }
  set_tz(NULL);
}

static void check_localtime(const char *zone, int64_t t) {
  struct tm ours;
  struct oracle_tm theirs;
  time_t tt = t;
  struct tm *r = localtime_r(&tt, &ours);
  int their_r = oracle_localtime(t, &theirs);
  if (their_r < 0) {
    assert_null(r);
    return;
  }
  if (r == NULL)
    fail_msg("TZ=%s localtime(%lld): sysgate failed, glibc did not", zone, (long long)t);
  ASSERT_TM_EQUAL(&ours, &theirs, zone ? zone : "(unset)", t);
  char a[26], b[26];
  char *ra = ctime_r(&tt, a), *rb = oracle_ctime(t, b);
  assert_int_equal(ra == NULL, rb == NULL);
  if (ra)
    assert_string_equal(a, b);
}

static void test_localtime(void **state) {
  (void)state;
  if (zoneinfo_missing())
    SKIP_BECAUSE("/usr/share/zoneinfo is missing (install tzdata)");
  zoned = 1;
  for (size_t z = 0; z < sizeof zones / sizeof zones[0]; z++) {
    set_tz(zones[z]);
    for (unsigned i = 0; i < rounds(20000); i++)
      check_localtime(zones[z], some_time());
    /* Every half hour over 2021 and 2040 (past the last transition of the files). */
    for (int64_t t = 1609459200; t < 1609459200 + 366 * 86400;
         t += 1800 * (oracle_under_valgrind() ? 37 : 1))
      check_localtime(zones[z], t);
    for (int64_t t = 2208988800; t < 2208988800 + 366 * 86400;
         t += 1800 * (oracle_under_valgrind() ? 37 : 1))
      check_localtime(zones[z], t);
    for (int64_t t = -2000000000; t < 0; t += 3000000 + between(0, 86400))
      check_localtime(zones[z], t);
  }
  zoned = 0;
  set_tz(NULL);
}

static void check_mktime(const char *zone, struct tm ours) {
  struct oracle_tm theirs = to_oracle(&ours);
  struct tm input = ours;
  theirs.zone = "";
  ours.tm_zone = "";
  time_t t = mktime(&ours);
  int64_t their_t = oracle_mktime(&theirs);
  if (t == their_t) {
    if (t != -1)
      ASSERT_TM_EQUAL(&ours, &theirs, zone ? zone : "(unset)", t);
    return;
  }
  /* A reading that occurs twice, with tm_isdst -1: either answer is right, but it
   * must be one that glibc gives for some tm_isdst. */
  if (input.tm_isdst < 0) {
    for (int dst = 0; dst <= 1; dst++) {
      struct oracle_tm other = to_oracle(&input);
      other.isdst = dst;
      other.zone = "";
      if (oracle_mktime(&other) == t) {
        ASSERT_TM_EQUAL(&ours, &other, "mktime, a repeated hour", t);
        return;
      }
    }
  }
  fail_msg("TZ=%s mktime(%d-%d-%d %d:%d:%d dst %d): sysgate %lld, glibc %lld",
           zone ? zone : "(unset)", input.tm_year, input.tm_mon, input.tm_mday, input.tm_hour,
           input.tm_min, input.tm_sec, input.tm_isdst, (long long)t, (long long)their_t);
}

static void test_mktime(void **state) {
  (void)state;
  if (zoneinfo_missing())
    SKIP_BECAUSE("/usr/share/zoneinfo is missing (install tzdata)");
  for (size_t z = 0; z < sizeof zones / sizeof zones[0]; z++) {
    set_tz(zones[z]);
    for (unsigned i = 0; i < rounds(5000); i++)
      check_mktime(zones[z], some_fields());
    /* Every day of 2021 and every fifth of 2040 (past the files' transitions: their
     * footer rules), at the quarter past and to of the night hours, when clocks
     * change, each with the three tm_isdst: every gap and repeated hour. */
    int slow = oracle_under_valgrind(); /* a few days, for valgrind's memory checks */
    for (int year = 121; year <= 140; year += 19) {
      int step = slow ? 61 : year == 121 ? 1 : 5;
      for (int day = year == 121 ? 1 : 3; day <= 366; day += step)
        for (int minute = 15; minute < 4 * 60; minute += slow ? 90 : 30)
          for (int dst = -1; dst <= 1; dst++)
            check_mktime(
                zones[z],
                (struct tm){.tm_year = year, .tm_mday = day, .tm_min = minute, .tm_isdst = dst});
    }
  }
  set_tz(NULL);
}

/* glibc subtracts in long double, which valgrind computes in double precision: under
 * it, only differences exact in a double are compared. */
static void test_difftime(void **state) {
  (void)state;
  for (unsigned i = 0; i < rounds(10000); i++) {
    int64_t a = (int64_t)next_random(), b = some_time();
    if (oracle_under_valgrind()) {
      a >>= 12;
      b = between(-(1LL << 50), 1LL << 50);
    }
    assert_true(difftime(a, b) == oracle_difftime(a, b));
    assert_true(difftime(b, a) == oracle_difftime(b, a));
  }
  if (!oracle_under_valgrind())
    assert_true(difftime(INT64_MAX, INT64_MIN) == oracle_difftime(INT64_MAX, INT64_MIN));
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_gmtime),     cmocka_unit_test(test_timegm),
      cmocka_unit_test(test_tz_globals), cmocka_unit_test(test_localtime),
      cmocka_unit_test(test_mktime),     cmocka_unit_test(test_difftime),
  };
  const char *only = oracle_getenv("TEST_CALENDAR_ONLY"); /* one test, to time it */
  if (only != NULL)
    cmocka_set_test_filter(only);
  return cmocka_run_group_tests(tests, NULL, NULL);
}
