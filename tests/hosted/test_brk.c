/* brk(2), sbrk(2): the program break moved by sysgate and checked against the
 * kernel's own (the brk system call with 0, through glibc's syscall()), and
 * failures against glibc's brk and sbrk on the same input.
 *
 * Not obvious: glibc's malloc in this very process grows the break with its
 * own record of it. Each test puts the break back where it found it, and
 * between moving it and putting it back calls nothing that could malloc
 * (oracle_kernel_brk and the assertions that pass do not).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "oracle.h"
#include "oracle_mm.h"
#include <sysgate.h>

#include "suite.h"
#include "suite_fd.h"

#define PAGE 4096

static void test_sbrk(void **state) {
  (void)state;
  char *start = oracle_kernel_brk();
  errno = SUITE_ERRNO_CANARY;
  assert_ptr_equal(sbrk(0), start);
  assert_ptr_equal(sbrk(2 * PAGE), start); /* the old break */
  assert_ptr_equal(oracle_kernel_brk(), start + 2 * PAGE);
  start[0] = 1; /* the new memory is there */
  start[2 * PAGE - 1] = 2;
  assert_int_equal(start[0] + start[2 * PAGE - 1], 3);
  assert_ptr_equal(sbrk(0), start + 2 * PAGE);
  assert_ptr_equal(sbrk(-PAGE), start + 2 * PAGE);
  assert_ptr_equal(oracle_kernel_brk(), start + PAGE);
  assert_ptr_equal(sbrk(-PAGE), start + PAGE);
  assert_ptr_equal(oracle_kernel_brk(), start);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
}

static void test_brk(void **state) {
  (void)state;
  char *start = oracle_kernel_brk();
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(brk(NULL), 0); /* asks, changes nothing, succeeds */
  assert_ptr_equal(oracle_kernel_brk(), start);
  assert_int_equal(brk(start + 3 * PAGE), 0);
  assert_ptr_equal(oracle_kernel_brk(), start + 3 * PAGE);
  start[3 * PAGE - 1] = 1;
  assert_ptr_equal(sbrk(0), start + 3 * PAGE); /* brk keeps sbrk's record */
  assert_int_equal(brk(start), 0);
  assert_ptr_equal(oracle_kernel_brk(), start);
  assert_ptr_equal(sbrk(0), start);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
}

#define MIB (1024 * 1024)

static void test_brk_errors(void **state) {
  (void)state;
  char *start = oracle_kernel_brk();
  /* A page of our own 64 MiB above the break: the heap may not grow into it. */
  char *guard = mmap(start + 64 * MIB, PAGE, PROT_NONE,
                     MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
  if (guard == MAP_FAILED)
    SKIP_BECAUSE("the address 64 MiB above the break is taken");
  EXPECT_BOTH_FAIL(ENOMEM, brk, guard + PAGE);
  EXPECT_BOTH_FAIL(ENOMEM, sbrk, 64 * MIB + PAGE);
  assert_int_equal(munmap(guard, PAGE), 0);
  /* Up to this stack variable: across every mapping above the heap. */
  char here;
  EXPECT_BOTH_FAIL(ENOMEM, brk, &here);
  /* Past either end of the address space: refused before any system call. */
  EXPECT_BOTH_FAIL(ENOMEM, sbrk, INTPTR_MIN);
  EXPECT_BOTH_FAIL(ENOMEM, sbrk, -(intptr_t)start - PAGE);
  assert_ptr_equal(oracle_kernel_brk(), start);
  errno = SUITE_ERRNO_CANARY;
  assert_ptr_equal(sbrk(0), start); /* the failures left the record right */
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
}

/* The raw layer: the break itself, never an error code, and no errno. */
static void test_sys_brk(void **state) {
  (void)state;
  char *start = oracle_kernel_brk();
  char here;
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(sys_brk(NULL), (long)start);
  assert_int_equal(sys_brk(&here), (long)start); /* refused: the unchanged break */
  assert_int_equal(sys_brk(start + PAGE), (long)(start + PAGE));
  assert_int_equal(sys_brk(start), (long)start);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
}

static void call_sbrk(void *arg) {
  sbrk(*(intptr_t *)arg);
}

/* With the break known, sbrk is one brk call: the new break, not 0 first. */
static void test_sbrk_registers(void **state) {
  (void)state;
  intptr_t increment = 5 * PAGE;
  char *start = sbrk(0);
  struct oracle_syscall seen = suite_trace(call_sbrk, &increment, SYS_brk);
  assert_int_equal(seen.args[0], SUITE_REG(start + 5 * PAGE));
  assert_int_equal(seen.ret, SUITE_REG(start + 5 * PAGE));
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_sbrk),           cmocka_unit_test(test_brk),
      cmocka_unit_test(test_brk_errors),     cmocka_unit_test(test_sys_brk),
      cmocka_unit_test(test_sbrk_registers),
  };
  return cmocka_run_group_tests(tests, NULL, suite_teardown);
}
