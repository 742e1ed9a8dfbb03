/* pidfd_open(2), pidfd_send_signal(2), pidfd_getfd(2), process_madvise(2) and
 * process_mrelease(2) (sysgate/pidfd.h) against glibc's (or its syscall(2)) on the same
 * arguments: a signal through a pidfd, a descriptor taken from our own process, advice
 * on our own memory, and the errors.
 *
 * Not obvious: process_mrelease only works on a process that is being killed; for a live
 * one both sides get EINVAL, which is what is compared.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "oracle.h"
#include "oracle_proc.h"
#include "oracle_time.h"
#include <sysgate.h>

#include "proc_child.h"
#include "suite.h"
#include "suite_extra.h"
#include "suite_raw.h"

static void test_pidfd_getfd(void **state) {
  (void)state;
  int self = pidfd_open(getpid(), 0);
  if (self < 0)
    SKIP_BECAUSE("pidfd_open is refused here");
  int fds[2];
  assert_int_equal(pipe(fds), 0);
  if (SAME_FD(pidfd_getfd(self, fds[0], 0),
              glibc_syscall(&glibc_errno, SYS_pidfd_getfd, self, fds[0], 0, 0, 0, 0)))
    print_message("pidfd_getfd: a copy of our own pipe end\n");
  SAME_RESULT(pidfd_getfd(self, fds[0], 1),
              glibc_syscall(&glibc_errno, SYS_pidfd_getfd, self, fds[0], 1, 0, 0, 0));
  SAME_RESULT(pidfd_getfd(self, 1 << 30, 0),
              glibc_syscall(&glibc_errno, SYS_pidfd_getfd, self, 1 << 30, 0, 0, 0, 0));
  SAME_RESULT(pidfd_getfd(fds[1], 0, 0),
              glibc_syscall(&glibc_errno, SYS_pidfd_getfd, fds[1], 0, 0, 0, 0, 0));
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(sys_pidfd_getfd(-1, 0, 0), -EBADF);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  close(fds[0]);
  close(fds[1]);
  close(self);
}

static void test_process_madvise_mrelease(void **state) {
  (void)state;
  int self = pidfd_open(getpid(), 0);
  if (self < 0)
    SKIP_BECAUSE("pidfd_open is refused here");
  long page = sysconf(_SC_PAGESIZE);
  void *mem = mmap(NULL, (size_t)page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  assert_true(mem != MAP_FAILED);
  struct iovec iov = {mem, (size_t)page};
  SAME_RESULT(
      process_madvise(self, &iov, 1, MADV_COLD, 0),
      glibc_syscall(&glibc_errno, SYS_process_madvise, self, (long)&iov, 1, MADV_COLD, 0, 0));
  SAME_RESULT(
      process_madvise(self, &iov, 1, MADV_COLD, 1),
      glibc_syscall(&glibc_errno, SYS_process_madvise, self, (long)&iov, 1, MADV_COLD, 1, 0));
  SAME_RESULT(process_madvise(self, &iov, 1, 12345, 0),
              glibc_syscall(&glibc_errno, SYS_process_madvise, self, (long)&iov, 1, 12345, 0, 0));
  SAME_RESULT(process_madvise(-1, &iov, 1, MADV_COLD, 0),
              glibc_syscall(&glibc_errno, SYS_process_madvise, -1, (long)&iov, 1, MADV_COLD, 0, 0));
  SAME_RESULT(process_mrelease(self, 0),
              glibc_syscall(&glibc_errno, SYS_process_mrelease, self, 0, 0, 0, 0, 0));
  SAME_RESULT(process_mrelease(self, 1),
              glibc_syscall(&glibc_errno, SYS_process_mrelease, self, 1, 0, 0, 0, 0));
  SAME_RESULT(process_mrelease(-1, 0),
              glibc_syscall(&glibc_errno, SYS_process_mrelease, -1, 0, 0, 0, 0, 0));
  munmap(mem, (size_t)page);
  close(self);
}

static char clone_stack[CLONE_STACK_SIZE] __attribute__((aligned(16)));

/* --- pidfd_open, pidfd_send_signal ----------------------------------------- */

static void test_pidfd(void **state) {
  (void)state;
  int hold;
  pid_t pid = spawn_waiter(&hold);
  errno = SUITE_ERRNO_CANARY;
  int fd = pidfd_open(pid, 0);
  if (fd == -1 && errno == ENOSYS) {
    kill(pid, SIGKILL);
    reap_killed(pid, SIGKILL, hold);
    SKIP_BECAUSE("pidfd_open: ENOSYS (Linux 5.3 or later needed)");
  }
  assert_true(fd >= 0);
  assert_int_equal(pidfd_send_signal(fd, SIGKILL, NULL, 0), 0);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  /* The pidfd names the child for waitid too (P_PIDFD, Linux 5.4). */
  siginfo_t si;
  assert_int_equal(waitid(P_PIDFD, (id_t)fd, &si, WEXITED), 0);
  assert_int_equal(si.si_pid, pid);
  assert_int_equal(si.si_code, CLD_KILLED);
  assert_int_equal(si.si_status, SIGKILL);
  assert_int_equal(close(hold), 0);

  /* Reaped: the pidfd does not pass the signal to whoever gets the pid next. */
  int r, e, g, ge;
  errno = 0;
  r = pidfd_send_signal(fd, SIGKILL, NULL, 0);
  e = errno;
  g = oracle_pidfd_send_signal(fd, SIGKILL, 0, &ge);
  ASSERT_BOTH_FAIL(r, e, g, ge, ESRCH);
  assert_int_equal(close(fd), 0);

  errno = 0;
  r = pidfd_open(-1, 0);
  e = errno;
  g = oracle_pidfd_open(-1, 0, &ge);
  ASSERT_BOTH_FAIL(r, e, g, ge, EINVAL);
  errno = 0;
  r = pidfd_open(NO_SUCH_PID, 0);
  e = errno;
  g = oracle_pidfd_open(NO_SUCH_PID, 0, &ge);
  ASSERT_BOTH_FAIL(r, e, g, ge, ESRCH);
  errno = 0;
  r = pidfd_send_signal(-1, 0, NULL, 0);
  e = errno;
  g = oracle_pidfd_send_signal(-1, 0, 0, &ge);
  ASSERT_BOTH_FAIL(r, e, g, ge, EBADF);
  int fds[2];
  assert_int_equal(oracle_pipe(fds), 0);
  errno = 0;
  r = pidfd_send_signal(fds[0], 0, NULL, 0); /* an fd, but not a pidfd */
  e = errno;
  g = oracle_pidfd_send_signal(fds[0], 0, 0, &ge);
  ASSERT_BOTH_FAIL(r, e, g, ge, EBADF);
  assert_int_equal(close(fds[0]), 0);
  assert_int_equal(close(fds[1]), 0);
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(sys_pidfd_open(-1, 0), -EINVAL);
  assert_int_equal(sys_pidfd_send_signal(-1, 0, NULL, 0), -EBADF);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_pidfd_getfd),
      cmocka_unit_test(test_process_madvise_mrelease),
      cmocka_unit_test(test_pidfd),
  };
  return cmocka_run_group_tests(tests, NULL, suite_teardown);
}
