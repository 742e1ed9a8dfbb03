/* process_vm_readv(2), process_vm_writev(2) (readv and the positioned calls are
 * test_fd_io.c's): our own memory read and written through the calls, scattered over
 * several pieces on both sides, and the errors against glibc's syscall(2) on the same
 * arguments (a bad remote address, a process that does not exist, unknown flags).
 *
 * Not obvious: a transfer that fails part-way returns the bytes moved so far; one that
 * fails in its first piece is -1 with EFAULT.
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

static void test_process_vm(void **state) {
  (void)state;
  char src[] = "process_vm_readv", a[8] = {0}, b[16] = {0};
  struct iovec local[2] = {{a, 7}, {b, 9}}, remote[1] = {{src, 16}};
  pid_t me = getpid();
  errno = SUITE_ERRNO_CANARY;
  ssize_t n = process_vm_readv(me, local, 2, remote, 1, 0);
  if (n < 0 && (errno == EPERM || errno == ENOSYS))
    SKIP_BECAUSE("process_vm_readv is refused here");
  assert_int_equal(n, 16);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  assert_memory_equal(a, "process", 7);
  assert_memory_equal(b, "_vm_readv", 9);
  char dst[17] = {0};
  struct iovec there[2] = {{dst, 10}, {dst + 10, 6}};
  assert_int_equal(process_vm_writev(me, local, 2, there, 2, 0), 16);
  assert_string_equal(dst, "process_vm_readv");
  struct iovec bad[1] = {{(void *)8, 4}};
  SAME_RESULT(
      process_vm_readv(me, local, 2, bad, 1, 0),
      glibc_syscall(&glibc_errno, SYS_process_vm_readv, me, (long)local, 2, (long)bad, 1, 0));
  SAME_RESULT(
      process_vm_writev(me, local, 2, bad, 1, 0),
      glibc_syscall(&glibc_errno, SYS_process_vm_writev, me, (long)local, 2, (long)bad, 1, 0));
  SAME_RESULT(
      process_vm_readv(me, local, 2, remote, 1, 1),
      glibc_syscall(&glibc_errno, SYS_process_vm_readv, me, (long)local, 2, (long)remote, 1, 1));
  SAME_RESULT(process_vm_readv(0x7ffffff0, local, 2, remote, 1, 0),
              glibc_syscall(&glibc_errno, SYS_process_vm_readv, 0x7ffffff0, (long)local, 2,
                            (long)remote, 1, 0));
  struct iovec half[2] = {{src, 16}, {(void *)8, 4}}; /* the second piece faults */
  SAME_RESULT(
      process_vm_readv(me, local, 2, half, 2, 0),
      glibc_syscall(&glibc_errno, SYS_process_vm_readv, me, (long)local, 2, (long)half, 2, 0));
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_process_vm),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
