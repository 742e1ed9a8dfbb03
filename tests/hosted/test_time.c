/* nanosleep(2), clock_nanosleep(2) and clock_settime(2) (sysgate/time.h), and the
 * family's constants and layouts: each against glibc on the same input, and against
 * the clocks (via glibc).
 *
 * Not obvious: the 64-bit time checks. A 32-bit time_t anywhere on the way would turn
 * a deadline 2^32 s from now into "now" (sleep returns at once); it is asked, and on
 * i386 it proves the *_time64 calls are used.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "oracle.h"
#include "oracle_time.h"
#include <sysgate.h>

#include "suite.h"
#include "suite_extra.h"

static void test_time_abi(void **state) {
  (void)state;
  static const struct abi_row ours[] = ABI_TABLE(TIME_ABI);
  ABI_ASSERT_SAME(ours, oracle_time_abi, oracle_time_abi_len);
}

/* --- nanosleep ------------------------------------------------------------- */

static void test_nanosleep_1ms(void **state) {
  (void)state;
  struct timespec req = TS(0, MS), rem = TS(7, 7);
  long long t0 = mono_ns();
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(nanosleep(&req, &rem), 0);
  assert_true(mono_ns() - t0 >= MS);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  assert_int_equal(nanosleep(&req, NULL), 0); /* rem is optional */
  int ge;
  assert_int_equal(oracle_nanosleep(&req, NULL, &ge), 0);
  assert_int_equal(ge, 0);
}

static void test_nanosleep_errors(void **state) {
  (void)state;
  static const struct timespec bad[] = {TS(0, NS_PER_S), TS(0, -1), TS(-1, 0)};
  for (unsigned i = 0; i < sizeof bad / sizeof bad[0]; i++) {
    BOTH_FAIL(EINVAL, nanosleep(&bad[i], NULL), oracle_nanosleep(&bad[i], NULL, &glibc_errno));
  }
  errno = 0;
  assert_int_equal(nanosleep(NULL, NULL), -1);
  assert_int_equal(errno, EFAULT);
  int ge;
  if (GLIBC_PASSES_TIME_POINTERS) {
    assert_int_equal(oracle_nanosleep(NULL, NULL, &ge), -1);
    assert_int_equal(ge, EFAULT);
  }
}

static void test_nanosleep_eintr(void **state) {
  (void)state;
  struct timespec req = TS(5, 0), rem = TS(0, 0);
  alarms_start();
  long long t0 = mono_ns();
  errno = 0;
  int r = nanosleep(&req, &rem);
  int e = errno;
  long long slept = mono_ns() - t0;
  alarms_stop();
  assert_int_equal(r, -1);
  assert_int_equal(e, EINTR);
  assert_true(oracle_sigalrm_count() >= 1);
  /* The time left is what was not slept. */
  assert_true(ts_ns(&rem) > 0 && ts_ns(&rem) < 5 * NS_PER_S);
  assert_true(slept < 5 * NS_PER_S);
  assert_true(ts_ns(&rem) + slept >= 5 * NS_PER_S - 100 * MS);
}

static void test_sys_nanosleep(void **state) {
  (void)state;
  struct timespec bad = TS(0, NS_PER_S), ok = TS(0, 1000);
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(sys_nanosleep(&bad, NULL), -EINVAL);
  assert_int_equal(sys_nanosleep(NULL, NULL), -EFAULT);
  assert_int_equal(sys_nanosleep(&ok, NULL), 0);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
}

/* --- clock_nanosleep ------------------------------------------------------- */

static void test_clock_nanosleep(void **state) {
  (void)state;
  struct timespec req = TS(0, MS);
  long long t0 = mono_ns();
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(clock_nanosleep(CLOCK_MONOTONIC, 0, &req, NULL), 0);
  assert_true(mono_ns() - t0 >= MS);

  /* Absolute: until the monotonic clock reads now + 3 ms. The sum is carried
   * by hand: a 64-bit division would be a libgcc call on i386 at -Os. */
  struct timespec until;
  oracle_clock_now(CLOCK_MONOTONIC, &until);
  until.tv_nsec += 3 * MS;
  if (until.tv_nsec >= NS_PER_S) {
    until.tv_nsec -= NS_PER_S;
    until.tv_sec++;
  }
  assert_int_equal(clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &until, NULL), 0);
  assert_true(mono_ns() >= ts_ns(&until));
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
}

/* A CLOCK_REALTIME deadline a second ago: returns 0 at once. */
static void test_clock_nanosleep_past_deadline(void **state) {
  (void)state;
  struct timespec past = TS(oracle_time_s() - 1, 0);
  long long t0 = mono_ns();
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(clock_nanosleep(CLOCK_REALTIME, TIMER_ABSTIME, &past, NULL), 0);
  assert_true(mono_ns() - t0 < 500 * MS);
  int ge;
  assert_int_equal(oracle_clock_nanosleep(CLOCK_REALTIME, TIMER_ABSTIME, &past, NULL, &ge), 0);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
}

/* A deadline 2^32 s from now: 64-bit all the way, it is far in the future and
 * only an alarm ends the sleep; cut to 32 bits it would be "now". */
static void test_clock_nanosleep_time64(void **state) {
  (void)state;
  struct timespec far = TS(oracle_time_s() + (1LL << 32), 0);
  alarms_start();
  errno = SUITE_ERRNO_CANARY;
  int r = clock_nanosleep(CLOCK_REALTIME, TIMER_ABSTIME, &far, NULL);
  alarms_stop();
  assert_int_equal(r, EINTR);
  assert_true(oracle_sigalrm_count() >= 1);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
}

/* clock_nanosleep returns the error number and leaves errno alone, as glibc's. */
static void test_clock_nanosleep_errors(void **state) {
  (void)state;
  static const struct timespec bad = TS(0, NS_PER_S), ok = TS(0, 1000);
  struct {
    int clock;
    const struct timespec *req;
    int want;
  } cases[] = {
      {CLOCK_MONOTONIC, &bad, EINVAL},
      {1234, &ok, EINVAL},                    /* no such clock */
      {CLOCK_THREAD_CPUTIME_ID, &ok, EINVAL}, /* glibc refuses it itself */
  };
  for (unsigned i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    errno = SUITE_ERRNO_CANARY;
    assert_int_equal(clock_nanosleep(cases[i].clock, 0, cases[i].req, NULL), cases[i].want);
    assert_int_equal(errno, SUITE_ERRNO_CANARY);
    int ge;
    assert_int_equal(oracle_clock_nanosleep(cases[i].clock, 0, cases[i].req, NULL, &ge),
                     cases[i].want);
    assert_int_equal(ge, 0);
  }
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(clock_nanosleep(CLOCK_MONOTONIC, 0, NULL, NULL), EFAULT);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  int ge;
  if (GLIBC_PASSES_TIME_POINTERS)
    assert_int_equal(oracle_clock_nanosleep(CLOCK_MONOTONIC, 0, NULL, NULL, &ge), EFAULT);
}

static void test_sys_clock_nanosleep(void **state) {
  (void)state;
  struct timespec bad = TS(0, NS_PER_S), ok = TS(0, 1000);
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(sys_clock_nanosleep(CLOCK_MONOTONIC, 0, &bad, NULL), -EINVAL);
  /* The raw kernel answer for the thread clock, which glibc maps to EINVAL. */
  assert_int_equal(sys_clock_nanosleep(CLOCK_THREAD_CPUTIME_ID, 0, &ok, NULL), -EOPNOTSUPP);
  assert_int_equal(sys_clock_nanosleep(CLOCK_MONOTONIC, 0, &ok, NULL), 0);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
}

/* --- clock_settime: errors only; the clock is never set -------------------- */

static void test_clock_settime_einval(void **state) {
  (void)state;
  /* EINVAL is decided before the permission check (kernel/time/posix-timers.c,
   * do_sys_settimeofday64), so these are safe even as root. */
  struct timespec now = TS(oracle_time_s(), 0), bad = TS(oracle_time_s(), NS_PER_S);
  struct {
    int clock;
    const struct timespec *tp;
  } cases[] = {{CLOCK_MONOTONIC, &now}, {CLOCK_REALTIME, &bad}, {1234, &now}};
  for (unsigned i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    BOTH_FAIL(EINVAL, clock_settime(cases[i].clock, cases[i].tp),
              oracle_clock_settime(cases[i].clock, cases[i].tp, &glibc_errno));
  }
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(sys_clock_settime(CLOCK_MONOTONIC, &now), -EINVAL);
  assert_int_equal(sys_clock_settime(CLOCK_REALTIME, &bad), -EINVAL);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
}

/* In a child that has given up root: EPERM from both. The time passed is the
 * current one, and the call is made only once the child is unprivileged. */
static void settime_unprivileged(void *arg) {
  (void)arg;
  if (oracle_drop_root() != 0)
    _exit(77);
  struct timespec now = TS(oracle_time_s(), 0);
  errno = 0;
  int r = clock_settime(CLOCK_REALTIME, &now), e = errno, ge;
  int g = oracle_clock_settime(CLOCK_REALTIME, &now, &ge);
  long raw = sys_clock_settime(CLOCK_REALTIME, &now);
  _exit(r == -1 && e == EPERM && g == -1 && ge == EPERM && raw == -EPERM ? 0 : 1);
}

static void test_clock_settime_eperm(void **state) {
  (void)state;
  int status = oracle_child_status(settime_unprivileged, NULL);
  if (status == 77)
    SKIP_BECAUSE("could not give up root in a child (setuid)");
  assert_int_equal(status, 0);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_time_abi),
      cmocka_unit_test(test_nanosleep_1ms),
      cmocka_unit_test(test_nanosleep_errors),
      cmocka_unit_test(test_nanosleep_eintr),
      cmocka_unit_test(test_sys_nanosleep),
      cmocka_unit_test(test_clock_nanosleep),
      cmocka_unit_test(test_clock_nanosleep_past_deadline),
      cmocka_unit_test(test_clock_nanosleep_time64),
      cmocka_unit_test(test_clock_nanosleep_errors),
      cmocka_unit_test(test_sys_clock_nanosleep),
      cmocka_unit_test(test_clock_settime_einval),
      cmocka_unit_test(test_clock_settime_eperm),
  };
  return cmocka_run_group_tests(tests, NULL, suite_teardown);
}
