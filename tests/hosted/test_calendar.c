/* gmtime, localtime, mktime, timegm, tzset and its globals, strftime, asctime, ctime
 * and difftime (sysgate/calendar.h) against glibc's, for times from the far past to
 * far past 2038, in several zones: UTC, TZif files (Europe/Paris, America/New_York,
 * Australia/Lord_Howe with its half-hour DST), and POSIX rules north and south.
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
#include "suite_random.h"

static int64_t between(int64_t lo, int64_t hi) {
  return lo + (int64_t)(next_random() % (uint64_t)(hi - lo + 1));
}

static unsigned rounds(unsigned n) {
  return oracle_under_valgrind() ? n / 20 + 1 : n;
}

static struct oracle_tm to_oracle(const struct tm *tm) {
  return (struct oracle_tm){tm->tm_sec,   tm->tm_min,    tm->tm_hour, tm->tm_mday,
                            tm->tm_mon,   tm->tm_year,   tm->tm_wday, tm->tm_yday,
                            tm->tm_isdst, tm->tm_gmtoff, tm->tm_zone};
}

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

/* A time from one of the ranges that matter: near 0, around 2038, anywhere in the
 * int range of years, or right at the edges of it. zoned: only up to about three
 * million years away, where glibc's POSIX-rule arithmetic (int years times 365)
 * still holds, for the local-time checks. */
static int zoned;
static int64_t some_time(void) {
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

/* Fields anywhere in a wide range, for the normalizing functions. */
static struct tm some_fields(void) {
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

static void set_tz(const char *tz) {
  oracle_set_tz(tz);
  environ = oracle_environ(); /* glibc's setenv may have moved the block */
  tzset();
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
      cmocka_unit_test(test_mktime),     cmocka_unit_test(test_strftime),
      cmocka_unit_test(test_asctime),    cmocka_unit_test(test_difftime),
  };
  const char *only = oracle_getenv("TEST_CALENDAR_ONLY"); /* one test, to time it */
  if (only != NULL)
    cmocka_set_test_filter(only);
  return cmocka_run_group_tests(tests, NULL, NULL);
}
