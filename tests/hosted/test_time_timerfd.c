/* timerfd_create(2), timerfd_settime(2) and timerfd_gettime(2) (sysgate/time.h):
 * each against glibc on the same input, and the expirations read from the descriptor.
 *
 * Not obvious: a 32-bit time_t anywhere on the way would turn a timerfd deadline past
 * 2038 into one before 1970 (the time left would be 0 or tiny); it is asked, and on
 * i386 it proves timerfd_settime64 and timerfd_gettime64 are used.
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

/* --- timerfd ---------------------------------------------------------------- */

static int new_timerfd(int clock) {
  int fd = timerfd_create(clock, TFD_CLOEXEC);
  assert_true(fd >= 0);
  return fd;
}

static void test_timerfd_create(void **state) {
  (void)state;
  errno = SUITE_ERRNO_CANARY;
  int fd = timerfd_create(CLOCK_MONOTONIC, TFD_CLOEXEC | TFD_NONBLOCK);
  assert_true(fd >= 0);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  assert_int_equal(oracle_fd_cloexec(fd), 1);
  assert_int_equal(oracle_fd_flags(fd) & O_NONBLOCK, O_NONBLOCK);
  /* Not armed: a non-blocking read finds nothing yet. */
  uint64_t n;
  assert_int_equal(oracle_read(fd, &n, sizeof n), -1);
  assert_int_equal(close(fd), 0);
  fd = timerfd_create(CLOCK_REALTIME, 0);
  assert_true(fd >= 0);
  assert_int_equal(oracle_fd_cloexec(fd), 0);
  assert_int_equal(close(fd), 0);
}

static void test_timerfd_create_errors(void **state) {
  (void)state;
  struct {
    int clock, flags;
  } cases[] = {{1234, 0}, {CLOCK_PROCESS_CPUTIME_ID, 0}, {CLOCK_MONOTONIC, 0x10000}};
  for (unsigned i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    BOTH_FAIL(EINVAL, timerfd_create(cases[i].clock, cases[i].flags),
              oracle_timerfd_create(cases[i].clock, cases[i].flags, &glibc_errno));
  }
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(sys_timerfd_create(1234, 0), -EINVAL);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
}

static void test_timerfd_expires(void **state) {
  (void)state;
  int fd = new_timerfd(CLOCK_MONOTONIC);
  struct itimerspec arm = {TS(0, 0), TS(0, 10 * MS)}, old, now;
  errno = SUITE_ERRNO_CANARY;
  long long armed_at = mono_ns();
  assert_int_equal(timerfd_settime(fd, 0, &arm, &old), 0);
  assert_int_equal(ts_ns(&old.it_value), 0); /* it was not armed */
  assert_int_equal(timerfd_gettime(fd, &now), 0);
  /* what is left of the 10 ms, or 0 once they have all gone by (valgrind on a busy machine) */
  long long left = ts_ns(&now.it_value);
  assert_true(left <= 10 * MS && (left > 0 || mono_ns() - armed_at >= 10 * MS));
  assert_int_equal(ts_ns(&now.it_interval), 0);
  /* A blocking read waits for the expiry and counts one. */
  uint64_t expirations = 0;
  long long t0 = mono_ns();
  assert_int_equal(oracle_read(fd, &expirations, sizeof expirations), 8);
  assert_int_equal(expirations, 1);
  assert_true(mono_ns() - t0 <= 10 * MS + 500 * MS);
  assert_int_equal(timerfd_gettime(fd, &now), 0);
  assert_int_equal(ts_ns(&now.it_value), 0); /* one-shot: disarmed now */

  /* Re-arm with an interval; the old setting comes back from the next call. */
  struct itimerspec periodic = {TS(2, 0), TS(3, 0)}, disarm = {TS(0, 0), TS(0, 0)};
  assert_int_equal(timerfd_settime(fd, 0, &periodic, NULL), 0);
  assert_int_equal(timerfd_settime(fd, 0, &disarm, &old), 0);
  assert_int_equal(ts_ns(&old.it_interval), 2 * NS_PER_S);
  assert_true(ts_ns(&old.it_value) > 2 * NS_PER_S && ts_ns(&old.it_value) <= 3 * NS_PER_S);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  assert_int_equal(close(fd), 0);
}

/* An absolute CLOCK_REALTIME deadline 100 s past 2^31 (2038): accepted, and
 * the time left is more than what is left until 2^31 - 1. */
static void test_timerfd_past_2038(void **state) {
  (void)state;
  int fd = new_timerfd(CLOCK_REALTIME);
  struct itimerspec at = {TS(0, 0), TS(0x80000000LL + 100, 0)}, left, gleft;
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(timerfd_settime(fd, TFD_TIMER_ABSTIME, &at, NULL), 0);
  assert_int_equal(timerfd_gettime(fd, &left), 0);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  long long now = oracle_time_s();
  assert_true(left.it_value.tv_sec > 0x7fffffffLL - now);
  assert_true(left.it_value.tv_sec <= 0x80000000LL + 100 - now);
  int ge;
  assert_int_equal(oracle_timerfd_gettime(fd, &gleft, &ge), 0);
  assert_true(gleft.it_value.tv_sec > 0x7fffffffLL - now); /* glibc reads it alike */
  assert_int_equal(close(fd), 0);
}

static void test_timerfd_errors(void **state) {
  (void)state;
  int fds[2];
  assert_int_equal(oracle_pipe(fds), 0);
  int tfd = new_timerfd(CLOCK_MONOTONIC);
  struct itimerspec ok = {TS(0, 0), TS(1, 0)}, bad = {TS(0, 0), TS(0, NS_PER_S)}, cur;
  struct {
    int fd, flags;
    const struct itimerspec *v;
    int want;
  } cases[] = {
      {-1, 0, &ok, EBADF},
      {fds[0], 0, &ok, EINVAL}, /* a pipe is no timerfd */
      {tfd, 0, &bad, EINVAL},
      {tfd, 0x100, &ok, EINVAL},
  };
  for (unsigned i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    BOTH_FAIL(cases[i].want, timerfd_settime(cases[i].fd, cases[i].flags, cases[i].v, NULL),
              oracle_timerfd_settime(cases[i].fd, cases[i].flags, cases[i].v, NULL, &glibc_errno));
  }
  errno = 0;
  assert_int_equal(timerfd_settime(tfd, 0, NULL, NULL), -1);
  assert_int_equal(errno, EFAULT);
  int ge;
  if (GLIBC_PASSES_TIME_POINTERS) {
    assert_int_equal(oracle_timerfd_settime(tfd, 0, NULL, NULL, &ge), -1);
    assert_int_equal(ge, EFAULT);
  }
  struct {
    int fd;
    struct itimerspec *v;
    int want;
  } gets[] = {{-1, &cur, EBADF}, {fds[0], &cur, EINVAL}, {tfd, NULL, EFAULT}};
  for (unsigned i = 0; i < sizeof gets / sizeof gets[0]; i++) {
    BOTH_FAIL(gets[i].want, timerfd_gettime(gets[i].fd, gets[i].v),
              oracle_timerfd_gettime(gets[i].fd, gets[i].v, &glibc_errno));
  }
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(sys_timerfd_settime(-1, 0, &ok, NULL), -EBADF);
  assert_int_equal(sys_timerfd_settime(tfd, 0, &bad, NULL), -EINVAL);
  assert_int_equal(sys_timerfd_gettime(fds[0], &cur), -EINVAL);
  assert_int_equal(sys_timerfd_settime(tfd, 0, &ok, NULL), 0);
  assert_int_equal(sys_timerfd_gettime(tfd, &cur), 0);
  assert_true(cur.it_value.tv_sec <= 1 && ts_ns(&cur.it_value) > 0);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  assert_int_equal(close(tfd), 0);
  assert_int_equal(oracle_close(fds[0]), 0);
  assert_int_equal(oracle_close(fds[1]), 0);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_timerfd_create),  cmocka_unit_test(test_timerfd_create_errors),
      cmocka_unit_test(test_timerfd_expires), cmocka_unit_test(test_timerfd_past_2038),
      cmocka_unit_test(test_timerfd_errors),
  };
  return cmocka_run_group_tests(tests, NULL, suite_teardown);
}
