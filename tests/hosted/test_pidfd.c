/* pidfd_getfd(2), process_madvise(2), process_mrelease(2) against glibc's syscall(2) on
 * the same arguments (pidfd_open and pidfd_send_signal are test_proc.c's): a descriptor
 * taken from our own process, advice on our own memory, and the errors.
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
#include <sysgate.h>

#include "suite.h"
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

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_pidfd_getfd),
      cmocka_unit_test(test_process_madvise_mrelease),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
