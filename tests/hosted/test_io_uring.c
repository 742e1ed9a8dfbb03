/* io_uring_setup(2), io_uring_enter(2), io_uring_register(2) against glibc's
 * syscall(2) on the same arguments: a ring both can make, an enter with nothing to
 * submit, and the errors (no entries, a bad pointer, not a ring, an unknown opcode).
 *
 * Not obvious: struct io_uring_params is the uapi's (120 bytes in Linux 6.1); the suite
 * hands both sides a zeroed buffer of the size the uapi header says, and a kernel with
 * io_uring switched off (kernel.io_uring_disabled, 6.6+) answers EPERM to both.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "oracle.h"
#include "oracle_landlock.h"
#include <sysgate.h>

#include "suite.h"
#include "suite_raw.h"

static void test_io_uring(void **state) {
  (void)state;
  unsigned char p1[512] = {0}, p2[512] = {0};
  assert_true(oracle_io_uring_params_size <= sizeof p1);
  struct io_uring_params *ours = (struct io_uring_params *)(void *)p1;
  int made = SAME_FD(io_uring_setup(4, ours),
                     glibc_syscall(&glibc_errno, SYS_io_uring_setup, 4, (long)p2, 0, 0, 0, 0));
  if (!made)
    print_message("io_uring refused here (errno %d): only the errors are compared\n", errno);
  memset(p1, 0, sizeof p1);
  SAME_RESULT(io_uring_setup(0, ours),
              glibc_syscall(&glibc_errno, SYS_io_uring_setup, 0, (long)p2, 0, 0, 0, 0));
  SAME_RESULT(io_uring_setup(4, (struct io_uring_params *)8),
              glibc_syscall(&glibc_errno, SYS_io_uring_setup, 4, 8, 0, 0, 0, 0));
  SAME_RESULT(io_uring_enter(1u << 30, 0, 0, 0, NULL, 0),
              glibc_syscall(&glibc_errno, SYS_io_uring_enter, 1L << 30, 0, 0, 0, 0, 0));
  SAME_RESULT(io_uring_register(1u << 30, 0, NULL, 0),
              glibc_syscall(&glibc_errno, SYS_io_uring_register, 1L << 30, 0, 0, 0, 0, 0));
  int ring = io_uring_setup(4, ours);
  if (ring >= 0) {
    errno = SUITE_ERRNO_CANARY;
    SAME_RESULT(io_uring_enter((unsigned)ring, 0, 0, 0, NULL, 0),
                glibc_syscall(&glibc_errno, SYS_io_uring_enter, ring, 0, 0, 0, 0, 0));
    SAME_RESULT(io_uring_register((unsigned)ring, 9999, NULL, 0),
                glibc_syscall(&glibc_errno, SYS_io_uring_register, ring, 9999, 0, 0, 0, 0));
    errno = SUITE_ERRNO_CANARY;
    assert_int_equal(sys_io_uring_register((unsigned)ring, 9999, NULL, 0), -EINVAL);
    assert_int_equal(errno, SUITE_ERRNO_CANARY);
    close(ring);
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_io_uring),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
