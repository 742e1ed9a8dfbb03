/* sigprocmask(2), sigpending(2), sigtimedwait(2)'s timeout and sigwait(3)
 * (sysgate/signal.h), each against glibc on the same process state, and the registers
 * the kernel saw.
 *
 * Not obvious: a mask set by one side is read back by the other, because the kernel
 * holds one copy; asked to block everything, the kernel leaves SIGKILL and SIGSTOP out.
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

/* --- sigprocmask, sigpending --------------------------------------------------- */

static void test_sigprocmask_matches_glibc(void **state) {
  (void)state;
  sigset_t saved, old, set = set_of(SIG_BIT(SIGUSR1) | SIG_BIT(SIGRTMIN + 3));
  unsigned long long g;
  int ge;
  assert_int_equal(sigprocmask(SIG_BLOCK, NULL, &saved), 0);
  assert_int_equal(oracle_sigprocmask(SIG_BLOCK, NULL, &g, &ge), 0);
  assert_true(mask_of(&saved) == g); /* both read the same current mask */

  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(sigprocmask(SIG_BLOCK, &set, &old), 0);
  assert_true(mask_of(&old) == g);
  assert_int_equal(oracle_sigprocmask(SIG_BLOCK, NULL, &g, &ge), 0);
  assert_true(g == (mask_of(&saved) | SIG_BIT(SIGUSR1) | SIG_BIT(SIGRTMIN + 3)));

  /* Everything, SIGKILL and SIGSTOP included: the kernel drops those two. */
  sigset_t all;
  sigfillset(&all);
  assert_int_equal(sigprocmask(SIG_SETMASK, &all, NULL), 0);
  assert_int_equal(oracle_sigprocmask(SIG_BLOCK, NULL, &g, &ge), 0);
  assert_true(g == ~(SIG_BIT(SIGKILL) | SIG_BIT(SIGSTOP)));

  /* glibc unblocks, sysgate sees it. */
  unsigned long long usr1 = SIG_BIT(SIGUSR1);
  assert_int_equal(oracle_sigprocmask(SIG_UNBLOCK, &usr1, NULL, &ge), 0);
  assert_int_equal(sigprocmask(SIG_UNBLOCK, NULL, &old), 0);
  assert_true(mask_of(&old) == (g & ~SIG_BIT(SIGUSR1)));
  assert_int_equal(sigprocmask(SIG_SETMASK, &saved, NULL), 0);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  assert_int_equal(oracle_sigprocmask(SIG_BLOCK, NULL, &g, &ge), 0);
  assert_true(g == mask_of(&saved));
}

static void test_sigprocmask_errors(void **state) {
  (void)state;
  sigset_t set = set_of(SIG_BIT(SIGUSR1));
  unsigned long long gset = SIG_BIT(SIGUSR1);
  int ge;
  ORACLE_BOTH_FAIL(EINVAL, sigprocmask(99, &set, NULL), oracle_sigprocmask, 99, &gset, NULL);
  ORACLE_BOTH_FAIL(EFAULT, sigprocmask(SIG_BLOCK, NULL, ORACLE_BAD_PTR), oracle_sigprocmask,
                   SIG_BLOCK, NULL, ORACLE_BAD_PTR);
  /* Without a new set `how` is not looked at: a query, for both. */
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(sigprocmask(99, NULL, NULL), 0);
  assert_int_equal(oracle_sigprocmask(99, NULL, NULL, &ge), 0);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
}

static void test_sigpending_errors(void **state) {
  (void)state;
  int ge;
  ORACLE_BOTH_FAIL(EFAULT, sigpending(ORACLE_BAD_PTR), oracle_sigpending, ORACLE_BAD_PTR);
  ORACLE_BOTH_FAIL(EFAULT, sigsuspend(ORACLE_BAD_PTR), oracle_sigsuspend, ORACLE_BAD_PTR);
  /* Nothing is pending in the test process: both agree on the empty set. */
  sigset_t pending;
  unsigned long long gp = ~0ULL;
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(sigpending(&pending), 0);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  assert_int_equal(oracle_sigpending(&gp, &ge), 0);
  assert_true(mask_of(&pending) == gp);
}

static void test_sys_sigset_calls(void **state) {
  (void)state;
  sigset_t set = set_of(SIG_BIT(SIGUSR1));
  struct timespec bad = {.tv_sec = 0, .tv_nsec = -1};
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(sys_sigprocmask(99, &set, NULL), -EINVAL);
  assert_int_equal(sys_sigpending(ORACLE_BAD_PTR), -EFAULT);
  assert_int_equal(sys_sigsuspend(ORACLE_BAD_PTR), -EFAULT);
  assert_int_equal(sys_sigtimedwait(&set, NULL, &bad), -EINVAL);
  assert_int_equal(sys_sigwaitinfo(ORACLE_BAD_PTR, NULL), -EFAULT);
  assert_int_equal(sys_sigaltstack(ORACLE_BAD_PTR, NULL), -EFAULT);
  assert_int_equal(sys_signalfd(-1, ORACLE_BAD_PTR, 0), -EFAULT);
  assert_int_equal(sys_raise(-1), -EINVAL);
  assert_int_equal(sys_sigprocmask(SIG_BLOCK, NULL, &set), 0);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
}

static void call_sigprocmask(void *arg) {
  (void)arg;
  sigset_t set;
  sigprocmask(SIG_BLOCK, NULL, &set);
}

static void test_sigprocmask_registers(void **state) {
  (void)state;
  struct oracle_syscall seen = suite_trace(call_sigprocmask, NULL, SYS_rt_sigprocmask);
  assert_true(seen.args[0] == SIG_BLOCK && seen.args[1] == 0 && seen.args[2] != 0);
  assert_true(seen.args[3] == sizeof(sigset_t));
  assert_true(seen.ret == 0);
}

/* --- sigtimedwait ---------------------------------------------------------------- */

static void test_sigtimedwait_timeout(void **state) {
  (void)state;
  sigset_t set = set_of(SIG_BIT(SIGUSR2));
  struct timespec five_ms = {.tv_sec = 0, .tv_nsec = 5000000};
  siginfo_t info;
  struct oracle_sigwait_info gi;
  ORACLE_BOTH_FAIL(EAGAIN, sigtimedwait(&set, &info, &five_ms), oracle_sigtimedwait,
                   SIG_BIT(SIGUSR2), &gi, 0, 5000000);
}

/* A timespec the kernel refuses: nanoseconds out of 0..999999999. */
static void test_sigtimedwait_errors(void **state) {
  (void)state;
  static const long bad_nsec[] = {-1, 1000000000};
  sigset_t set = set_of(SIG_BIT(SIGUSR2));
  struct oracle_sigwait_info gi;
  for (unsigned i = 0; i < sizeof bad_nsec / sizeof bad_nsec[0]; i++) {
    struct timespec bad = {.tv_sec = 0, .tv_nsec = bad_nsec[i]};
    ORACLE_BOTH_FAIL(EINVAL, sigtimedwait(&set, NULL, &bad), oracle_sigtimedwait, SIG_BIT(SIGUSR2),
                     &gi, 0, bad_nsec[i]);
  }
  /* sigwaitinfo's set is read by the kernel, in glibc's sigsuspend too. */
  ORACLE_BOTH_FAIL(EFAULT, sigwaitinfo(ORACLE_BAD_PTR, NULL), oracle_sigsuspend, ORACLE_BAD_PTR);
}

/* sigwait takes a pending blocked signal and reports it through *sig, as glibc's;
 * a failure is the error number, errno untouched (POSIX). A bad *sig is EFAULT
 * (glibc's store faults). */
static void test_sigwait(void **state) {
  (void)state;
  sigset_t set = set_of(SIG_BIT(SIGUSR2)), old;
  int sig = 0, gsig = 0;
  assert_int_equal(sigprocmask(SIG_BLOCK, &set, &old), 0);
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(raise(SIGUSR2), 0);
  assert_int_equal(sigwait(&set, &sig), 0);
  assert_int_equal(sig, SIGUSR2);
  assert_int_equal(raise(SIGUSR2), 0);
  assert_int_equal(oracle_sigwait(SIG_BIT(SIGUSR2), NULL, &gsig), 0);
  assert_int_equal(gsig, SIGUSR2);
  assert_int_equal(sigwait(ORACLE_BAD_PTR, &sig), EFAULT);
  assert_int_equal(oracle_sigwait(0, ORACLE_BAD_PTR, &gsig), EFAULT);
  assert_int_equal(raise(SIGUSR2), 0);
  assert_int_equal(sigwait(&set, (int *)ORACLE_BAD_PTR), EFAULT);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  assert_int_equal(sigpending(&set), 0); /* taken all the same, as the kernel took it */
  assert_int_equal(sigismember(&set, SIGUSR2), 0);
  assert_int_equal(sigprocmask(SIG_SETMASK, &old, NULL), 0);
}

static void call_sigtimedwait(void *arg) {
  (void)arg;
  sigset_t set = set_of(SIG_BIT(SIGUSR2));
  struct timespec zero = {.tv_sec = 0, .tv_nsec = 0};
  sigtimedwait(&set, NULL, &zero);
}

/* i386 must use rt_sigtimedwait_time64, whose timespec is sysgate's. */
#ifdef SYS_rt_sigtimedwait_time64
#define SIGTIMEDWAIT_NR SYS_rt_sigtimedwait_time64
#else
#define SIGTIMEDWAIT_NR SYS_rt_sigtimedwait
#endif
static void test_sigtimedwait_registers(void **state) {
  (void)state;
  struct oracle_syscall seen = suite_trace(call_sigtimedwait, NULL, SIGTIMEDWAIT_NR);
  assert_true(seen.args[1] == 0 && seen.args[2] != 0);
  assert_true(seen.args[3] == sizeof(sigset_t));
  assert_true(seen.ret == -EAGAIN);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_sigprocmask_matches_glibc),
      cmocka_unit_test(test_sigprocmask_errors),
      cmocka_unit_test(test_sigpending_errors),
      cmocka_unit_test(test_sys_sigset_calls),
      cmocka_unit_test(test_sigprocmask_registers),
      cmocka_unit_test(test_sigtimedwait_timeout),
      cmocka_unit_test(test_sigtimedwait_errors),
      cmocka_unit_test(test_sigtimedwait_registers),
      cmocka_unit_test(test_sigwait),
  };
  return cmocka_run_group_tests(tests, NULL, suite_teardown);
}
