/* sigaltstack(2), signalfd(2), raise(3)'s errors and alarm(2) (sysgate/signal.h),
 * each against glibc on the same input, and the registers the kernel saw.
 *
 * Not obvious: an alternate stack set by one side is read back by the other, since
 * the kernel holds one copy per thread.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "oracle.h"
#include "oracle_signal.h"
#include <sysgate.h>

#include "../nostdlib/signal_test.h"
#include "suite.h"

/* Every struct sigaction a query fills is initialized first: a failed cmocka
 * assertion does not return, but gcc does not know that and warns
 * maybe-uninitialized. */

/* --- sigaltstack ------------------------------------------------------------------ */

static void test_sigaltstack_matches_glibc(void **state) {
  (void)state;
  stack_t ss = {.ss_sp = alt_stack, .ss_size = sizeof alt_stack}, old;
  struct oracle_stack g;
  int ge;
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(sigaltstack(NULL, &old), 0);
  assert_int_equal(oracle_sigaltstack(NULL, &g, &ge), 0);
  assert_int_equal(old.ss_flags, g.flags);
  assert_int_equal(sigaltstack(&ss, NULL), 0);
  assert_int_equal(oracle_sigaltstack(NULL, &g, &ge), 0);
  assert_ptr_equal(g.sp, alt_stack);
  assert_int_equal(g.size, sizeof alt_stack);
  assert_int_equal(g.flags, 0);
  struct oracle_stack off = {.flags = SS_DISABLE};
  assert_int_equal(oracle_sigaltstack(&off, NULL, &ge), 0);
  assert_int_equal(sigaltstack(NULL, &ss), 0);
  assert_int_equal(ss.ss_flags, SS_DISABLE);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  assert_int_equal(sigaltstack(&old, NULL), 0);
}

static void test_sigaltstack_errors(void **state) {
  (void)state;
  stack_t ss = {.ss_sp = alt_stack, .ss_size = MINSIGSTKSZ - 1};
  struct oracle_stack g = {.sp = alt_stack, .size = MINSIGSTKSZ - 1};
  ORACLE_BOTH_FAIL(ENOMEM, sigaltstack(&ss, NULL), oracle_sigaltstack, &g, NULL);
  ss.ss_size = g.size = sizeof alt_stack;
  ss.ss_flags = g.flags = 99;
  ORACLE_BOTH_FAIL(EINVAL, sigaltstack(&ss, NULL), oracle_sigaltstack, &g, NULL);
}

/* --- signalfd ----------------------------------------------------------------------- */

static void test_signalfd_flags_match_glibc(void **state) {
  (void)state;
  sigset_t set = set_of(SIG_BIT(SIGUSR1));
  int ge;
  errno = SUITE_ERRNO_CANARY;
  int fd = signalfd(-1, &set, SFD_CLOEXEC | SFD_NONBLOCK);
  assert_true(fd >= 0);
  int gfd = oracle_signalfd(-1, SIG_BIT(SIGUSR1), SFD_CLOEXEC | SFD_NONBLOCK, &ge);
  assert_true(gfd >= 0);
  assert_int_equal(oracle_fd_flags(fd), oracle_fd_flags(gfd));
  assert_true(oracle_fd_flags(fd) & O_NONBLOCK);
  assert_true(oracle_fd_flags(fd) & O_CLOEXEC);
  /* Changing the mask of an existing signalfd returns the same descriptor. */
  sigset_t two = set_of(SIG_BIT(SIGUSR1) | SIG_BIT(SIGUSR2));
  assert_int_equal(signalfd(fd, &two, 0), fd);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  /* Nothing pending, non-blocking: EAGAIN from our read and glibc's. */
  struct signalfd_siginfo record;
  ORACLE_BOTH_FAIL(EAGAIN, read(fd, &record, sizeof record), oracle_read_err, gfd, &record,
                   sizeof record);
  assert_int_equal(close(fd), 0);
  assert_int_equal(oracle_close(gfd), 0);
}

static void test_signalfd_errors(void **state) {
  (void)state;
  sigset_t set = set_of(SIG_BIT(SIGUSR1));
  int fds[2];
  assert_int_equal(oracle_pipe(fds), 0);
  /* open, but not a signalfd; no such flag; no such descriptor */
  ORACLE_BOTH_FAIL(EINVAL, signalfd(fds[0], &set, 0), oracle_signalfd, fds[0], SIG_BIT(SIGUSR1), 0);
  ORACLE_BOTH_FAIL(EINVAL, signalfd(-1, &set, 1), oracle_signalfd, -1, SIG_BIT(SIGUSR1), 1);
  ORACLE_BOTH_FAIL(EBADF, signalfd(-5, &set, 0), oracle_signalfd, -5, SIG_BIT(SIGUSR1), 0);
  assert_int_equal(oracle_close(fds[0]), 0);
  assert_int_equal(oracle_close(fds[1]), 0);
}

/* --- raise, alarm ----------------------------------------------------------------------- */

static void test_raise_errors(void **state) {
  (void)state;
  static const int bad[] = {-1, 65, 1000};
  for (unsigned i = 0; i < sizeof bad / sizeof bad[0]; i++) {
    ORACLE_BOTH_FAIL(EINVAL, raise(bad[i]), oracle_raise, bad[i]);
  }
  /* Signal 0 only checks that the target exists. */
  int ge;
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(raise(0), 0);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  assert_int_equal(oracle_raise(0, &ge), 0);
}

static void call_raise_0(void *arg) {
  (void)arg;
  raise(0);
}

/* tgkill(getpid(), gettid(), sig): in a one-thread process both ids are the pid. */
static void test_raise_registers(void **state) {
  (void)state;
  struct oracle_syscall seen = suite_trace(call_raise_0, NULL, SYS_tgkill);
  assert_true(seen.args[0] != 0 && seen.args[0] == seen.args[1]);
  assert_true(seen.args[2] == 0);
  assert_true(seen.ret == 0);
}

/* alarm's result is the old alarm's seconds left, rounded: either side sees the
 * other's. Both are disarmed at the end. */
static void test_alarm_matches_glibc(void **state) {
  (void)state;
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(alarm(100), 0);
  assert_int_equal(oracle_alarm(50), 100);
  assert_int_equal(alarm(0), 50);
  assert_int_equal(oracle_alarm(0), 0);
  assert_int_equal(sys_alarm(0), 0);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_sigaltstack_matches_glibc),
      cmocka_unit_test(test_sigaltstack_errors),
      cmocka_unit_test(test_signalfd_flags_match_glibc),
      cmocka_unit_test(test_signalfd_errors),
      cmocka_unit_test(test_raise_errors),
      cmocka_unit_test(test_raise_registers),
      cmocka_unit_test(test_alarm_matches_glibc),
  };
  return cmocka_run_group_tests(tests, NULL, suite_teardown);
}
