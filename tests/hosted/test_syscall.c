/* The trap layer: syscall0..syscall6 put the number and every argument in the
 * registers the kernel reads (checked under ptrace, with a distinct sentinel in
 * each argument), and the one error test, sysgate_is_error, draws the line at
 * -4095 exactly.
 *
 * Not obvious: getppid ignores its arguments, so the traced call can carry any
 * sentinel and still succeed; the tracer sees the registers at entry, whatever
 * the call then does with them.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "oracle.h"
#include <sysgate.h>

/* Six distinct register-sized sentinels (truncated to 32 bits on i386). */
static const unsigned long long sentinel64[6] = {0x1111111122222201ull, 0x3333333344444402ull,
                                                 0x5555555566666603ull, 0x7777777788888804ull,
                                                 0x99999999aaaaaa05ull, 0xbbbbbbbbcccccc06ull};

static long sentinel(int i) {
  return (long)(unsigned long)sentinel64[i];
}

static void call_n(void *arg) {
  long s[6];
  for (int i = 0; i < 6; i++)
    s[i] = sentinel(i);
  switch (*(int *)arg) {
  case 0:
    syscall0(SYS_getppid);
    break;
  case 1:
    syscall1(SYS_getppid, s[0]);
    break;
  case 2:
    syscall2(SYS_getppid, s[0], s[1]);
    break;
  case 3:
    syscall3(SYS_getppid, s[0], s[1], s[2]);
    break;
  case 4:
    syscall4(SYS_getppid, s[0], s[1], s[2], s[3]);
    break;
  case 5:
    syscall5(SYS_getppid, s[0], s[1], s[2], s[3], s[4]);
    break;
  case 6:
    syscall6(SYS_getppid, s[0], s[1], s[2], s[3], s[4], s[5]);
    break;
  }
}

static void test_stub_registers(int n) {
  struct oracle_syscall seen;
  int r = oracle_trace(call_n, &n, SYS_getppid, &seen);
  if (r < 0)
    skip(); /* cmocka prints "[  SKIPPED ]": ptrace is not permitted here */
  assert_int_equal(r, 0);
  assert_int_equal(seen.nr, SYS_getppid);
  for (int i = 0; i < n; i++)
    assert_int_equal(seen.args[i], (unsigned long)sentinel(i));
  assert_int_equal(seen.ret, oracle_getpid()); /* the child's parent is this process */
}

#define STUB_TEST(n)                                                                               \
  static void test_syscall##n##_registers(void **state) {                                          \
    (void)state;                                                                                   \
    test_stub_registers(n);                                                                        \
  }
STUB_TEST(0)
STUB_TEST(1)
STUB_TEST(2)
STUB_TEST(3)
STUB_TEST(4)
STUB_TEST(5)
STUB_TEST(6)

/* The raw value comes back unchanged, success or failure. */
static void test_raw_values(void **state) {
  (void)state;
  assert_int_equal(syscall0(SYS_getpid), oracle_getpid());
  assert_int_equal(syscall1(SYS_close, -1), -EBADF);
  assert_int_equal(syscall3(SYS_write, -1, 0, 0), -EBADF);
  assert_int_equal(syscall0(-1L), -ENOSYS);
}

static void test_error_range(void **state) {
  (void)state;
  assert_false(sysgate_is_error(0));
  assert_false(sysgate_is_error(1));
  assert_false(sysgate_is_error(-4096));
  assert_false(sysgate_is_error((long)0xF0000000ul)); /* an i386 address above 2 GiB */
  assert_false(sysgate_is_error(-(long)((~0ul >> 1)) - 1));
  assert_true(sysgate_is_error(-1));
  assert_true(sysgate_is_error(-4095));
  assert_true(sysgate_is_error(-EBADF));
}

static void test_ret_sets_errno_only_on_error(void **state) {
  (void)state;
  errno = 12345;
  assert_int_equal(sysgate_ret(7), 7);
  assert_int_equal(sysgate_ret(-4096), -4096);
  assert_int_equal(errno, 12345);
  assert_int_equal(sysgate_ret(-ENOENT), -1);
  assert_int_equal(errno, ENOENT);
  assert_int_equal(sysgate_ret(-4095), -1);
  assert_int_equal(errno, 4095);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_syscall0_registers),
      cmocka_unit_test(test_syscall1_registers),
      cmocka_unit_test(test_syscall2_registers),
      cmocka_unit_test(test_syscall3_registers),
      cmocka_unit_test(test_syscall4_registers),
      cmocka_unit_test(test_syscall5_registers),
      cmocka_unit_test(test_syscall6_registers),
      cmocka_unit_test(test_raw_values),
      cmocka_unit_test(test_error_range),
      cmocka_unit_test(test_ret_sets_errno_only_on_error),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
