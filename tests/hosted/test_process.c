/* getpid(2), getppid(2), gettid(2), _exit(2), kill(2), tgkill(2), tkill(2) and
 * set_tid_address(2) (sysgate/process.h) against glibc's: the pid in this process and
 * in a child; the exit status as the parent's waitpid sees it; the exit_group register
 * under ptrace. kcmp(2), ioprio_get(2), ioprio_set(2), setfsuid(2), setfsgid(2) and
 * clone3(2) (as a fork) against glibc's syscall(2) on the same arguments.
 *
 * Not obvious: getpid and _exit cannot fail (getpid(2): "always successful"; _exit
 * does not return), so the error-path checks here are that success leaves errno alone
 * and that a child reports its own pid, not a cached one.
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

/* --- getppid, gettid ------------------------------------------------------ */

static void test_getppid_gettid(void **state) {
  (void)state;
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(getppid(), oracle_getppid());
  assert_int_equal(sys_getppid(), oracle_getppid());
  assert_int_equal(gettid(), oracle_gettid());
  assert_int_equal(gettid(), getpid()); /* the main thread's tid is the pid */
  assert_int_equal(sys_gettid(), oracle_gettid());
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
}
static char clone_stack[CLONE_STACK_SIZE] __attribute__((aligned(16)));

/* --- kill, tgkill, tkill ---------------------------------------------------- */

static void test_kill(void **state) {
  (void)state;
  errno = SUITE_ERRNO_CANARY;
  /* Signal 0 checks that the target exists and may be signalled. */
  assert_int_equal(kill(getpid(), 0), 0);
  assert_int_equal(tgkill(getpid(), gettid(), 0), 0);
  assert_int_equal(tkill(gettid(), 0), 0);
  /* killpg: the caller's own group, as 0 and as its number. */
  assert_int_equal(killpg(0, 0), 0);
  assert_int_equal(killpg(getpgrp(), 0), 0);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);

  BOTH_FAIL(ESRCH, kill(NO_SUCH_PID, 0), oracle_kill(NO_SUCH_PID, 0, &glibc_errno));
  BOTH_FAIL(EINVAL, kill(getpid(), 1000), oracle_kill(getpid(), 1000, &glibc_errno));
  BOTH_FAIL(ESRCH, killpg(NO_SUCH_PID, 0), oracle_killpg(NO_SUCH_PID, 0, &glibc_errno));
  /* kill(2) would take -pgrp; killpg names no group so */
  BOTH_FAIL(EINVAL, killpg(-getpgrp(), 0), oracle_killpg(-getpgrp(), 0, &glibc_errno));
  BOTH_FAIL(ESRCH, tgkill(getpid(), NO_SUCH_PID, 0),
            oracle_tgkill(getpid(), NO_SUCH_PID, 0, &glibc_errno));
  /* tgid must be positive */
  BOTH_FAIL(EINVAL, tgkill(0, gettid(), 0), oracle_tgkill(0, gettid(), 0, &glibc_errno));
  BOTH_FAIL(EINVAL, tkill(-1, 0), oracle_tkill(-1, 0, &glibc_errno));
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(sys_kill(NO_SUCH_PID, 0), -ESRCH);
  assert_int_equal(sys_tgkill(0, 1, 0), -EINVAL);
  assert_int_equal(sys_tkill(-1, 0), -EINVAL);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);

  /* Delivered: each call ends a child with its own signal. */
  int hold;
  pid_t pid = spawn_waiter(&hold);
  assert_int_equal(kill(pid, SIGTERM), 0);
  reap_killed(pid, SIGTERM, hold);
  pid = spawn_waiter(&hold);
  assert_int_equal(tgkill(pid, pid, SIGUSR1), 0);
  reap_killed(pid, SIGUSR1, hold);
  pid = spawn_waiter(&hold);
  assert_int_equal(tkill(pid, SIGKILL), 0);
  reap_killed(pid, SIGKILL, hold);
}

/* --- set_tid_address --------------------------------------------------------- */

static void tid_address(void *arg) {
  (void)arg;
  static int word;
  CHILD_CHECK(set_tid_address(&word) == gettid());
  CHILD_CHECK(sys_set_tid_address(&word) == gettid());
  /* PR_GET_TID_ADDRESS needs CONFIG_CHECKPOINT_RESTORE; EINVAL without it. */
  int *seen = NULL;
  if (prctl(PR_GET_TID_ADDRESS, &seen, 0, 0, 0) == 0)
    CHILD_CHECK(seen == &word);
  _exit(0);
}

static void test_set_tid_address(void **state) {
  (void)state;
  assert_int_equal(oracle_child_status(tid_address, NULL), 0);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_kcmp),
      cmocka_unit_test(test_ioprio),
      cmocka_unit_test(test_setfsid),
      cmocka_unit_test(test_clone3),
      cmocka_unit_test(test_getpid),
      cmocka_unit_test(test_getpid_in_child),
      cmocka_unit_test(test__exit_status),
      cmocka_unit_test(test__exit_registers),
      cmocka_unit_test(test_getppid_gettid),
      cmocka_unit_test(test_kill),
      cmocka_unit_test(test_set_tid_address),
  };
  return cmocka_run_group_tests(tests, NULL, suite_teardown);
}
