/* getpid(2) and _exit(2): the pid against glibc's, in this process and in a
 * child; the exit status as the parent's waitpid sees it; the exit_group
 * register under ptrace. kcmp(2), ioprio_get(2), ioprio_set(2), setfsuid(2),
 * setfsgid(2) and clone3(2) (as a fork) against glibc's syscall(2) on the same
 * arguments.
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
#include "suite_raw.h"

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

/* kcmp: a process shares its memory and files with itself; an unknown type, a pid that
 * does not exist. (A kernel built without it, or a container, says ENOSYS or EPERM to both.) */
static void test_kcmp(void **state) {
  (void)state;
  long me = getpid();
  SAME_RESULT(kcmp((pid_t)me, (pid_t)me, KCMP_VM, 0, 0),
              glibc_syscall(&glibc_errno, SYS_kcmp, me, me, KCMP_VM, 0, 0, 0));
  SAME_RESULT(kcmp((pid_t)me, (pid_t)me, KCMP_FILE, 0, 1),
              glibc_syscall(&glibc_errno, SYS_kcmp, me, me, KCMP_FILE, 0, 1, 0));
  SAME_RESULT(kcmp((pid_t)me, (pid_t)me, 99, 0, 0),
              glibc_syscall(&glibc_errno, SYS_kcmp, me, me, 99, 0, 0, 0));
  SAME_RESULT(kcmp(-1, (pid_t)me, KCMP_VM, 0, 0),
              glibc_syscall(&glibc_errno, SYS_kcmp, -1, me, KCMP_VM, 0, 0, 0));
}

/* ioprio: our own priority read, set back to itself, and the errors. */
static void test_ioprio(void **state) {
  (void)state;
  errno = SUITE_ERRNO_CANARY;
  long prio =
      SAME_RESULT(ioprio_get(IOPRIO_WHO_PROCESS, 0),
                  glibc_syscall(&glibc_errno, SYS_ioprio_get, IOPRIO_WHO_PROCESS, 0, 0, 0, 0, 0));
  assert_true(prio >= 0);
  SAME_RESULT(ioprio_set(IOPRIO_WHO_PROCESS, 0, (int)prio),
              glibc_syscall(&glibc_errno, SYS_ioprio_set, IOPRIO_WHO_PROCESS, 0, prio, 0, 0, 0));
  SAME_RESULT(ioprio_get(99, 0), glibc_syscall(&glibc_errno, SYS_ioprio_get, 99, 0, 0, 0, 0, 0));
  SAME_RESULT(ioprio_set(IOPRIO_WHO_PROCESS, 0, IOPRIO_PRIO_VALUE(7, 0)),
              glibc_syscall(&glibc_errno, SYS_ioprio_set, IOPRIO_WHO_PROCESS, 0,
                            IOPRIO_PRIO_VALUE(7, 0), 0, 0, 0));
  assert_int_equal(ioprio_get(IOPRIO_WHO_PROCESS, 0), prio);
  assert_int_equal(sys_ioprio_get(99, 0), -EINVAL);
}

/* setfsuid/setfsgid answer the old id and change nothing for -1; the same as glibc's. */
static void test_setfsid(void **state) {
  (void)state;
  int glibc_errno = 0;
  errno = SUITE_ERRNO_CANARY;
  int uid = setfsuid((uid_t)-1), gid = setfsgid((gid_t)-1);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  assert_int_equal(uid, glibc_syscall(&glibc_errno, SYS_setfsuid, -1, 0, 0, 0, 0, 0));
  assert_int_equal(gid, glibc_syscall(&glibc_errno, SYS_setfsgid, -1, 0, 0, 0, 0, 0));
  assert_int_equal(uid, geteuid()); /* the fs ids follow the effective ones */
  assert_int_equal(gid, getegid());
  assert_int_equal(sys_setfsuid((uid_t)-1), uid);
}

/* clone3 as fork: the child's exit status comes back through wait4; then the errors. */
static void test_clone3(void **state) {
  (void)state;
  struct clone_args args;
  memset(&args, 0, sizeof args);
  args.exit_signal = SIGCHLD;
  long pid = clone3(&args, CLONE_ARGS_SIZE_VER0);
  if (pid < 0 && errno == ENOSYS)
    SKIP_BECAUSE("clone3 needs Linux 5.3");
  if (pid == 0)
    _exit(42);
  assert_true(pid > 0);
  int status = 0;
  assert_int_equal(waitpid((pid_t)pid, &status, 0), pid);
  assert_true(WIFEXITED(status) && WEXITSTATUS(status) == 42);
  /* too small a struct, an unknown flag, CLONE_THREAD without CLONE_SIGHAND */
  SAME_RESULT(clone3(&args, 8),
              glibc_syscall(&glibc_errno, SYS_clone3, (long)&args, 8, 0, 0, 0, 0));
  args.flags = 1ull << 40;
  SAME_RESULT(clone3(&args, sizeof args),
              glibc_syscall(&glibc_errno, SYS_clone3, (long)&args, sizeof args, 0, 0, 0, 0));
  args.flags = CLONE_THREAD;
  SAME_RESULT(clone3(&args, sizeof args),
              glibc_syscall(&glibc_errno, SYS_clone3, (long)&args, sizeof args, 0, 0, 0, 0));
  SAME_RESULT(clone3((struct clone_args *)8, sizeof args),
              glibc_syscall(&glibc_errno, SYS_clone3, 8, sizeof args, 0, 0, 0, 0));
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_kcmp),         cmocka_unit_test(test_ioprio),
      cmocka_unit_test(test_setfsid),      cmocka_unit_test(test_clone3),
      cmocka_unit_test(test_getpid),       cmocka_unit_test(test_getpid_in_child),
      cmocka_unit_test(test__exit_status), cmocka_unit_test(test__exit_registers),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
