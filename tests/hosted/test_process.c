/* getpid(2) and _exit(2): the pid against glibc's, in this process and in a
 * child; the exit status as the parent's waitpid sees it; the exit_group
 * register under ptrace.
 *
 * Not obvious: neither call can fail (getpid(2): "always successful"; _exit
 * does not return), so the error-path checks here are that success leaves
 * errno alone and that a child reports its own pid, not a cached one.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "oracle.h"
#include <sysgate.h>

#include "suite.h"

static void test_getpid(void **state) {
  (void)state;
  errno = SUITE_ERRNO_CANARY;
  long pid = getpid();
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  assert_true(pid > 0);
  assert_int_equal(pid, oracle_getpid());
  assert_int_equal(sys_getpid(), oracle_getpid());
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
}

/* Exit status 0: the child's getpid matches glibc's in the child and differs
 * from the parent's; anything else says which check failed. */
static void child_checks_pid(void *arg) {
  long parent = *(long *)arg;
  long pid = getpid();
  _exit(pid == parent ? 1 : pid != oracle_getpid() ? 2 : sys_getpid() != pid ? 3 : 0);
}

static void test_getpid_in_child(void **state) {
  (void)state;
  long parent = getpid();
  assert_int_equal(oracle_child_status(child_checks_pid, &parent), 0);
}

static void exit_with(void *arg) {
  _exit(*(int *)arg);
}

static void test__exit_status(void **state) {
  (void)state;
  /* waitpid keeps the low 8 bits: 0x1ff ends as 0xff. 0 and 42 show the value
   * is ours, not the 254 oracle_child_status reports if _exit returned. */
  int in[] = {42, 0, 1, 0x1ff, 0x100};
  int out[] = {42, 0, 1, 0xff, 0};
  for (unsigned i = 0; i < sizeof in / sizeof in[0]; i++)
    assert_int_equal(oracle_child_status(exit_with, &in[i]), out[i]);
}

static void test__exit_registers(void **state) {
  (void)state;
  /* exit_group, not exit: every thread ends. The full value goes in; the
   * kernel does the masking. */
  int status = 0x1ff;
  struct oracle_syscall seen = suite_trace(exit_with, &status, SYS_exit_group);
  assert_int_equal(seen.args[0], 0x1ff);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_getpid),
      cmocka_unit_test(test_getpid_in_child),
      cmocka_unit_test(test__exit_status),
      cmocka_unit_test(test__exit_registers),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
