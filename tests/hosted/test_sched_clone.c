/* clone(2) (sysgate/sched.h): with and without CLONE_VM, as a thread, with the
 * tid pointers, as a fork, its errors against glibc's, and the registers the kernel saw.
 *
 * Not obvious: clone is assembly whose whole point is what it does not touch. The
 * tests keep volatile locals around the call and check them after the child has run
 * on a stack of its own in the parent's memory (CLONE_VM), and a CLONE_THREAD child
 * must end with exit, not exit_group, or this test process would end with it.
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

/* --- clone ---------------------------------------------------------------- */

struct clone_probe {
  void *arg;
  uintptr_t sp; /* the address of a local of fn: on the child's stack */
  pid_t pid, tid, ctid_seen;
  pid_t *ctid;
  volatile int done;
};

static int clone_fn(void *arg) {
  struct clone_probe *p = arg;
  volatile char local = 0;
  p->arg = arg;
  p->sp = (uintptr_t)&local;
  p->pid = getpid();
  p->tid = gettid();
  p->ctid_seen = p->ctid ? *p->ctid : -1;
  p->done = 1;
  return 23;
}

static int in_clone_stack(uintptr_t sp) {
  return sp >= (uintptr_t)clone_stack && sp < (uintptr_t)CLONE_STACK_TOP;
}

static void test_clone_vm(void **state) {
  (void)state;
  struct clone_probe probe = {0};
  volatile int before = 0x13572468;
  volatile long long wide = -0x0123456789abcdefll;
  errno = SUITE_ERRNO_CANARY;
  pid_t pid = clone(clone_fn, CLONE_STACK_TOP, CLONE_VM | SIGCHLD, &probe);
  reap_exited(pid, 23); /* fn's return value is the exit status */
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  /* CLONE_VM: the child's writes are in this memory. */
  assert_int_equal(probe.done, 1);
  assert_ptr_equal(probe.arg, &probe);
  assert_true(in_clone_stack(probe.sp));
  assert_int_equal(probe.pid, pid);
  /* The parent's frame is intact. */
  assert_int_equal(before, 0x13572468);
  assert_true(wide == -0x0123456789abcdefll);
}

/* The three optional arguments: the parent's and the child's tid words, the
 * second cleared by the kernel when the child exits. */
static void test_clone_tids(void **state) {
  (void)state;
  struct clone_probe probe = {0};
  pid_t ptid = -1, ctid = -1;
  probe.ctid = &ctid;
  int flags = CLONE_VM | CLONE_PARENT_SETTID | CLONE_CHILD_SETTID | CLONE_CHILD_CLEARTID | SIGCHLD;
  pid_t pid = clone(clone_fn, CLONE_STACK_TOP, flags, &probe, &ptid, NULL, &ctid);
  assert_true(pid > 0);
  assert_int_equal(ptid, pid);
  reap_exited(pid, 23);
  assert_int_equal(probe.ctid_seen, pid); /* CLONE_CHILD_SETTID, before fn ran */
  assert_int_equal(ctid, 0);              /* CLONE_CHILD_CLEARTID, at its exit */
}

/* Without CLONE_VM the child writes its own copy: the parent's probe stays empty. */
static void test_clone_no_vm(void **state) {
  (void)state;
  struct clone_probe probe = {0};
  pid_t pid = clone(clone_fn, CLONE_STACK_TOP, SIGCHLD, &probe);
  reap_exited(pid, 23);
  assert_int_equal(probe.done, 0);
}

/* A thread: the child ends with exit, so only it ends, and the kernel clears
 * ctid when it is gone; this process polls for that (there is no waiting for
 * a thread). */
static void test_clone_thread(void **state) {
  (void)state;
  struct clone_probe probe = {0};
  pid_t ctid = -1;
  /* One word for both: the kernel stores the tid in it before the thread runs
   * (CLONE_PARENT_SETTID) and clears it when the thread is gone. */
  int flags = CLONE_VM | CLONE_FS | CLONE_FILES | CLONE_SIGHAND | CLONE_THREAD | CLONE_SYSVSEM |
              CLONE_PARENT_SETTID | CLONE_CHILD_CLEARTID;
  pid_t tid = clone(clone_fn, CLONE_STACK_TOP, flags, &probe, &ctid, NULL, &ctid);
  assert_true(tid > 0);
  for (long spins = 0; __atomic_load_n(&probe.done, __ATOMIC_ACQUIRE) == 0; spins++) {
    assert_true(spins < 100000000);
    sched_yield();
  }
  for (long spins = 0; __atomic_load_n(&ctid, __ATOMIC_ACQUIRE) != 0; spins++) {
    assert_true(spins < 100000000);
    sched_yield();
  }
  assert_int_equal(probe.tid, tid);
  assert_int_equal(probe.pid, getpid()); /* one thread group */
  assert_true(in_clone_stack(probe.sp));
}

static void test_clone_errors(void **state) {
  (void)state;
  int e, ge, r, g;
  /* No function or no stack: refused before the kernel, by glibc and by us. */
  errno = 0;
  r = clone(NULL, CLONE_STACK_TOP, SIGCHLD, NULL);
  e = errno;
  g = oracle_clone(NULL, CLONE_STACK_TOP, SIGCHLD, NULL, &ge);
  ASSERT_BOTH_FAIL(r, e, g, ge, EINVAL);
  errno = 0;
  r = clone(never_called, NULL, SIGCHLD, NULL);
  e = errno;
  g = oracle_clone(never_called, NULL, SIGCHLD, NULL, &ge);
  ASSERT_BOTH_FAIL(r, e, g, ge, EINVAL);
  /* Shared handlers without shared memory: the kernel's EINVAL. */
  errno = 0;
  r = clone(never_called, CLONE_STACK_TOP, CLONE_SIGHAND | SIGCHLD, NULL);
  e = errno;
  g = oracle_clone(never_called, CLONE_STACK_TOP, CLONE_SIGHAND | SIGCHLD, NULL, &ge);
  ASSERT_BOTH_FAIL(r, e, g, ge, EINVAL);
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(sysgate_clone_fn(never_called, CLONE_STACK_TOP, CLONE_SIGHAND | SIGCHLD, NULL,
                                    NULL, NULL, NULL),
                   -EINVAL);
  assert_int_equal(sys_clone(CLONE_SIGHAND | SIGCHLD, NULL, NULL, NULL, 0), -EINVAL);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
}

/* sys_clone as a fork: no new stack, no shared memory. */
static void test_sys_clone_fork(void **state) {
  (void)state;
  errno = SUITE_ERRNO_CANARY;
  long pid = sys_clone(SIGCHLD, NULL, NULL, NULL, 0);
  if (pid == 0)
    _exit(44);
  reap_exited(pid, 44);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
}

/* Distinct words in each optional argument; the flags fail (EINVAL) before the
 * kernel uses any of them, and the tracer sees where each one went. */
static pid_t trace_ptid, trace_ctid;
static char trace_tls[16];
#define TRACE_FLAGS                                                                                \
  (CLONE_SIGHAND | CLONE_PARENT_SETTID | CLONE_SETTLS | CLONE_CHILD_SETTID | SIGCHLD)

static void clone_trace(void *arg) {
  (void)arg;
  clone(never_called, CLONE_STACK_TOP, TRACE_FLAGS, NULL, &trace_ptid, trace_tls, &trace_ctid);
}

static void test_clone_registers(void **state) {
  (void)state;
  struct oracle_syscall seen = suite_trace(clone_trace, NULL, SYS_clone);
  assert_int_equal(seen.ret, -EINVAL);
  assert_int_equal(seen.args[0], TRACE_FLAGS);
  /* The stack top, aligned down to 16 bytes, less the two words fn and arg. */
  assert_int_equal(seen.args[1] % 16, 0);
  assert_in_range(seen.args[1], SUITE_REG(CLONE_STACK_TOP) - 32, SUITE_REG(CLONE_STACK_TOP));
  assert_int_equal(seen.args[2], SUITE_REG(&trace_ptid));
  /* kernel/fork.c: i386 is CONFIG_CLONE_BACKWARDS, tls before child_tid. */
  int tls_at = SUITE_I386 ? 3 : 4, ctid_at = SUITE_I386 ? 4 : 3;
  assert_int_equal(seen.args[tls_at], SUITE_REG(trace_tls));
  assert_int_equal(seen.args[ctid_at], SUITE_REG(&trace_ctid));
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_clone_vm),        cmocka_unit_test(test_clone_tids),
      cmocka_unit_test(test_clone_no_vm),     cmocka_unit_test(test_clone_thread),
      cmocka_unit_test(test_clone_errors),    cmocka_unit_test(test_sys_clone_fork),
      cmocka_unit_test(test_clone_registers),
  };
  return cmocka_run_group_tests(tests, NULL, suite_teardown);
}
