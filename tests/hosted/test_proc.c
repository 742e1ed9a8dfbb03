/* The life of a process: fork(2), vfork(2), clone(2), execve(2), execveat(2),
 * wait4(2), waitpid(2), waitid(2), kill(2), tgkill(2), tkill(2), getppid(2),
 * gettid(2), set_tid_address(2), pidfd_open(2), pidfd_send_signal(2); each
 * against glibc on the same input, and the registers the kernel saw.
 *
 * Not obvious: vfork and clone are assembly whose whole point is what they do
 * not touch. The tests keep volatile locals around both calls and check them
 * after the child has run on the parent's stack (vfork) or on a stack of its
 * own in the parent's memory (clone with CLONE_VM), and a CLONE_THREAD child
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

/* A child blocked reading a pipe whose write end this process holds: it runs
 * until it is signalled. The caller closes *hold once the child is reaped. */
static pid_t spawn_waiter(int *hold) {
  int fds[2];
  assert_int_equal(oracle_pipe(fds), 0);
  pid_t pid = fork();
  if (pid == 0) {
    char c;
    close(fds[1]);
    read(fds[0], &c, 1);
    _exit(0);
  }
  assert_true(pid > 0);
  assert_int_equal(close(fds[0]), 0);
  *hold = fds[1];
  return pid;
}

static void reap_killed(pid_t pid, int sig, int hold) {
  int status = 0;
  assert_int_equal(waitpid(pid, &status, 0), pid);
  assert_true(WIFSIGNALED(status));
  assert_int_equal(WTERMSIG(status), sig);
  assert_int_equal(close(hold), 0);
}

/* waitpid reaps pid, which exited normally with code. */
static void reap_exited(long pid, int code) {
  int status = -1;
  assert_true(pid > 0);
  assert_int_equal(waitpid((pid_t)pid, &status, 0), pid);
  assert_true(WIFEXITED(status));
  assert_false(WIFSIGNALED(status) || WIFSTOPPED(status));
  assert_int_equal(WEXITSTATUS(status), code);
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

/* --- fork and wait4 ------------------------------------------------------- */

static void test_fork_wait4(void **state) {
  (void)state;
  pid_t parent = getpid();
  errno = SUITE_ERRNO_CANARY;
  pid_t pid = fork();
  if (pid == 0) {
    CHILD_CHECK(getppid() == parent);
    CHILD_CHECK(getpid() != parent && getpid() == oracle_getpid());
    oracle_burn_cpu(30);
    _exit(42);
  }
  assert_true(pid > 0);
  int status = 0;
  struct rusage ru;
  memset(&ru, 0xff, sizeof ru);
  assert_int_equal(wait4(pid, &status, 0, &ru), pid);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  assert_true(WIFEXITED(status));
  assert_false(WIFSIGNALED(status));
  assert_int_equal(WEXITSTATUS(status), 42);
  /* The child's own usage: about 30 ms of CPU, some page faults; on i386 this
   * is the widened copy of the kernel's 32-bit timevals. */
  int64_t cpu_us = (ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1000000 + ru.ru_utime.tv_usec +
                   ru.ru_stime.tv_usec;
  assert_in_range(cpu_us, 20000, 10000000);
  assert_in_range(ru.ru_utime.tv_usec, 0, 999999);
  assert_in_range(ru.ru_stime.tv_usec, 0, 999999);
  assert_true(ru.ru_minflt > 0);
  assert_true(ru.ru_maxrss > 0);
}

static void test_sys_fork(void **state) {
  (void)state;
  errno = SUITE_ERRNO_CANARY;
  long pid = sys_fork();
  if (pid == 0)
    _exit(43);
  assert_true(pid > 0);
  int status = 0;
  assert_int_equal(sys_wait4((pid_t)pid, &status, 0, NULL), pid);
  assert_int_equal(WEXITSTATUS(status), 43);
  assert_int_equal(sys_wait4((pid_t)pid, &status, 0, NULL), -ECHILD); /* reaped already */
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
}

static void fork_trace(void *arg) {
  (void)arg;
  if (fork() == 0)
    _exit(0);
}

static void vfork_trace(void *arg) {
  (void)arg;
  if (vfork() == 0)
    _exit(0);
}

/* The calls themselves, not clone: a child's pid as each one's result. */
static void test_fork_vfork_numbers(void **state) {
  (void)state;
  assert_true(suite_trace(fork_trace, NULL, SYS_fork).ret > 0);
  assert_true(suite_trace(vfork_trace, NULL, SYS_vfork).ret > 0);
}

/* --- vfork ---------------------------------------------------------------- */

static volatile int vfork_child_ran;

/* A real call with a frame of its own: in a vfork child it writes its return
 * address where vfork's was, and its locals below, on the parent's stack. */
__attribute__((noinline)) static void scribble(void) {
  volatile char junk[512];
  for (unsigned i = 0; i < sizeof junk; i++)
    junk[i] = (char)0xcc;
}

static void test_vfork(void **state) {
  (void)state;
  volatile int before = 0x5a5a5a5a;
  volatile long long wide = 0x1122334455667788ll;
  volatile char text[8] = "sysgate";
  vfork_child_ran = 0;
  errno = SUITE_ERRNO_CANARY;
  pid_t pid = vfork();
  if (pid == 0) {
    vfork_child_ran = 1; /* the parent's memory: it sees this */
    scribble();
    _exit(37);
  }
  /* The parent resumes only once the child has exited (CLONE_VFORK). */
  assert_true(pid > 0);
  assert_int_equal(vfork_child_ran, 1);
  assert_int_equal(before, 0x5a5a5a5a);
  assert_true(wide == 0x1122334455667788ll);
  assert_memory_equal((const char *)text, "sysgate", 8);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  reap_exited(pid, 37);
}

/* vfork's usual partner: the child execs at once; a failed exec says why. */
static void test_vfork_execve(void **state) {
  (void)state;
  static char *const argv[] = {"sh", "-c", "exit 41", NULL};
  static char *const envp[] = {NULL};
  static const char *const paths[] = {"/bin/sh", "/nonexistent/sysgate"};
  static const int want[] = {41, ENOENT};
  for (int i = 0; i < 2; i++) {
    volatile int index = i;
    pid_t pid = vfork();
    if (pid == 0) {
      execve(paths[index], argv, envp);
      _exit(errno);
    }
    assert_int_equal(index, i);
    int status = 0;
    assert_int_equal(waitpid(pid, &status, 0), pid);
    assert_int_equal(WEXITSTATUS(status), want[i]);
  }
}

static void test_sys_vfork(void **state) {
  (void)state;
  volatile int before = 77;
  errno = SUITE_ERRNO_CANARY;
  long pid = sys_vfork();
  if (pid == 0) {
    scribble();
    _exit(38);
  }
  assert_true(pid > 0);
  assert_int_equal(before, 77);
  reap_exited(pid, 38);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
}

/* --- clone ---------------------------------------------------------------- */

#define CLONE_STACK_SIZE (64 * 1024)
static char clone_stack[CLONE_STACK_SIZE] __attribute__((aligned(16)));
#define CLONE_STACK_TOP (clone_stack + CLONE_STACK_SIZE)

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

static int never_called(void *arg) {
  (void)arg;
  return 99;
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

/* --- failures of fork, vfork and clone: no process to spare ---------------- */

/* RLIMIT_NPROC 0 for an unprivileged user: every new process is refused with
 * EAGAIN (kernel/fork.c, copy_process). Root is exempt, so root first becomes
 * nobody. */
static void no_processes_left(void *arg) {
  (void)arg;
  struct rlimit none = {0, 0};
  CHILD_CHECK(setrlimit(RLIMIT_NPROC, &none) == 0);
  if (geteuid() == 0)
    CHILD_CHECK(setresuid(65534, 65534, 65534) == 0);
  int ge;
  errno = 0;
  CHILD_CHECK(fork() == -1 && errno == EAGAIN);
  CHILD_CHECK(oracle_fork(&ge) == -1 && ge == EAGAIN);
  errno = 0;
  CHILD_CHECK(vfork() == -1 && errno == EAGAIN);
  CHILD_CHECK(oracle_vfork(&ge) == -1 && ge == EAGAIN);
  errno = 0;
  CHILD_CHECK(clone(never_called, CLONE_STACK_TOP, SIGCHLD, NULL) == -1 && errno == EAGAIN);
  CHILD_CHECK(oracle_clone(never_called, CLONE_STACK_TOP, SIGCHLD, NULL, &ge) == -1 &&
              ge == EAGAIN);
  errno = SUITE_ERRNO_CANARY;
  CHILD_CHECK(sys_fork() == -EAGAIN && sys_vfork() == -EAGAIN && errno == SUITE_ERRNO_CANARY);
  _exit(0);
}

static void test_fork_vfork_clone_eagain(void **state) {
  (void)state;
  assert_int_equal(oracle_child_status(no_processes_left, NULL), 0);
}

/* --- execve, execveat ----------------------------------------------------- */

static char *const sh_argv[] = {"sh", "-c", "exit $CODE", NULL};
static char *const sh_envp[] = {"CODE=45", NULL};

static void exec_sh(void *arg) {
  (void)arg;
  execve("/bin/sh", sh_argv, sh_envp);
  _exit(200);
}

static void execveat_empty_path(void *arg) {
  int flags = *(int *)arg;
  int fd = open("/bin/sh", O_RDONLY | O_CLOEXEC);
  if (fd < 0)
    _exit(201);
  execveat(fd, "", sh_argv, sh_envp, flags);
  _exit(errno == ENOENT ? 202 : 203);
}

static void test_execve(void **state) {
  (void)state;
  /* argv and envp both arrive: the shell exits with $CODE. */
  assert_int_equal(oracle_child_status(exec_sh, NULL), 45);
  int flags = AT_EMPTY_PATH;
  assert_int_equal(oracle_child_status(execveat_empty_path, &flags), 45);
  flags = 0; /* "" without AT_EMPTY_PATH names nothing */
  assert_int_equal(oracle_child_status(execveat_empty_path, &flags), 202);
}

static void test_execve_errors(void **state) {
  (void)state;
  int r, e, g, ge;
  errno = 0;
  r = execve("/nonexistent/sysgate", sh_argv, sh_envp);
  e = errno;
  g = oracle_execve("/nonexistent/sysgate", sh_argv, sh_envp, &ge);
  ASSERT_BOTH_FAIL(r, e, g, ge, ENOENT);
  /* A file without execute permission, even for root. */
  const char *plain = oracle_make_file("not-executable", "#!/bin/sh\n", 10);
  errno = 0;
  r = execve(plain, sh_argv, sh_envp);
  e = errno;
  g = oracle_execve(plain, sh_argv, sh_envp, &ge);
  ASSERT_BOTH_FAIL(r, e, g, ge, EACCES);
  errno = 0;
  r = execveat(-1, "relative", sh_argv, sh_envp, 0);
  e = errno;
  g = oracle_execveat(-1, "relative", sh_argv, sh_envp, 0, &ge);
  ASSERT_BOTH_FAIL(r, e, g, ge, EBADF);
  errno = 0;
  r = execveat(AT_FDCWD, "/bin/sh", sh_argv, sh_envp, 0x12345678);
  e = errno;
  g = oracle_execveat(AT_FDCWD, "/bin/sh", sh_argv, sh_envp, 0x12345678, &ge);
  ASSERT_BOTH_FAIL(r, e, g, ge, EINVAL);
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(sys_execve("/nonexistent/sysgate", sh_argv, sh_envp), -ENOENT);
  assert_int_equal(sys_execveat(AT_FDCWD, "", sh_argv, sh_envp, 0), -ENOENT);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
}

/* --- waitpid, waitid: states and errors ------------------------------------ */

static void test_waitpid_states(void **state) {
  (void)state;
  int hold;
  pid_t pid = spawn_waiter(&hold);
  int status = -1;
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(waitpid(pid, &status, WNOHANG), 0); /* still running */
  assert_int_equal(kill(pid, SIGSTOP), 0);
  assert_int_equal(waitpid(pid, &status, WUNTRACED), pid);
  assert_true(WIFSTOPPED(status));
  assert_int_equal(WSTOPSIG(status), SIGSTOP);
  assert_false(WIFEXITED(status) || WIFSIGNALED(status) || WIFCONTINUED(status));
  assert_int_equal(kill(pid, SIGCONT), 0);
  assert_int_equal(waitpid(pid, &status, WCONTINUED), pid);
  assert_true(WIFCONTINUED(status));
  assert_false(WIFEXITED(status) || WIFSIGNALED(status) || WIFSTOPPED(status));
  assert_int_equal(kill(pid, SIGKILL), 0);
  reap_killed(pid, SIGKILL, hold);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
}

static void test_wait_errors(void **state) {
  (void)state;
  int status, r, e, g, ge;
  errno = 0;
  r = waitpid(-1, &status, 0); /* no children left */
  e = errno;
  g = oracle_waitpid(-1, &status, 0, &ge);
  ASSERT_BOTH_FAIL(r, e, g, ge, ECHILD);
  errno = 0;
  r = waitpid(-1, &status, 0x1000); /* not an option */
  e = errno;
  g = oracle_waitpid(-1, &status, 0x1000, &ge);
  ASSERT_BOTH_FAIL(r, e, g, ge, EINVAL);
  errno = 0;
  r = wait4(oracle_getppid(), &status, 0, NULL); /* not our child */
  e = errno;
  assert_int_equal(r, -1);
  assert_int_equal(e, ECHILD);

  siginfo_t si;
  struct oracle_siginfo osi;
  errno = 0;
  r = waitid(P_ALL, 0, &si, WEXITED);
  e = errno;
  g = oracle_waitid(P_ALL, 0, &osi, WEXITED, &ge);
  ASSERT_BOTH_FAIL(r, e, g, ge, ECHILD);
  errno = 0;
  r = waitid(P_ALL, 0, &si, 0); /* no state asked for */
  e = errno;
  g = oracle_waitid(P_ALL, 0, &osi, 0, &ge);
  ASSERT_BOTH_FAIL(r, e, g, ge, EINVAL);
  errno = 0;
  r = waitid((idtype_t)42, 0, &si, WEXITED);
  e = errno;
  g = oracle_waitid(42, 0, &osi, WEXITED, &ge);
  ASSERT_BOTH_FAIL(r, e, g, ge, EINVAL);

  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(sys_waitpid(-1, &status, 0), -ECHILD);
  assert_int_equal(sys_waitid(P_ALL, 0, &si, 0), -EINVAL);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
}

/* waitid with WNOWAIT leaves the child waitable, so glibc's waitid then reaps
 * the very same record: every field, and all 128 bytes, must agree. The
 * kernel writes six fields only (signo, errno, code, pid, uid, status:
 * kernel/exit.c, waitid); both records start zeroed, as the rest stays. */
static void compare_waitid(pid_t pid, int code, int status) {
  siginfo_t si;
  memset(&si, 0, sizeof si);
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(waitid(P_PID, (id_t)pid, &si, WEXITED | WNOWAIT), 0);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  struct oracle_siginfo osi;
  int ge;
  assert_int_equal(oracle_waitid(P_PID, (unsigned int)pid, &osi, WEXITED, &ge), 0);
  assert_int_equal(si.si_signo, SIGCHLD);
  assert_int_equal(si.si_code, code);
  assert_int_equal(si.si_pid, pid);
  assert_int_equal(si.si_status, status);
  assert_int_equal(si.si_uid, getuid());
  assert_int_equal(si.si_signo, osi.signo);
  assert_int_equal(si.si_code, osi.code);
  assert_int_equal(si.si_errno, osi.err);
  assert_int_equal(si.si_pid, osi.pid);
  assert_int_equal(si.si_uid, osi.uid);
  assert_int_equal(si.si_status, osi.status);
  assert_memory_equal(&si, osi.raw, sizeof si);
}

static void test_waitid(void **state) {
  (void)state;
  assert_int_equal(sizeof(siginfo_t), 128);
  pid_t pid = fork();
  if (pid == 0)
    _exit(7);
  assert_true(pid > 0);
  compare_waitid(pid, CLD_EXITED, 7);

  int hold;
  pid = spawn_waiter(&hold);
  assert_int_equal(kill(pid, SIGKILL), 0);
  compare_waitid(pid, CLD_KILLED, SIGKILL);
  assert_int_equal(close(hold), 0);

  /* WNOHANG and nothing to report: 0, and a record with no pid. */
  pid = spawn_waiter(&hold);
  siginfo_t si;
  memset(&si, 0xa5, sizeof si);
  assert_int_equal(waitid(P_PID, (id_t)pid, &si, WEXITED | WNOHANG), 0);
  assert_int_equal(si.si_pid, 0);
  assert_int_equal(kill(pid, SIGKILL), 0);
  reap_killed(pid, SIGKILL, hold);
}

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
      cmocka_unit_test(test_getppid_gettid),
      cmocka_unit_test(test_fork_wait4),
      cmocka_unit_test(test_sys_fork),
      cmocka_unit_test(test_fork_vfork_numbers),
      cmocka_unit_test(test_vfork),
      cmocka_unit_test(test_vfork_execve),
      cmocka_unit_test(test_sys_vfork),
      cmocka_unit_test(test_clone_vm),
      cmocka_unit_test(test_clone_tids),
      cmocka_unit_test(test_clone_no_vm),
      cmocka_unit_test(test_clone_thread),
      cmocka_unit_test(test_clone_errors),
      cmocka_unit_test(test_sys_clone_fork),
      cmocka_unit_test(test_clone_registers),
      cmocka_unit_test(test_fork_vfork_clone_eagain),
      cmocka_unit_test(test_execve),
      cmocka_unit_test(test_execve_errors),
      cmocka_unit_test(test_waitpid_states),
      cmocka_unit_test(test_wait_errors),
      cmocka_unit_test(test_waitid),
      cmocka_unit_test(test_kill),
      cmocka_unit_test(test_pidfd),
      cmocka_unit_test(test_set_tid_address),
  };
  return cmocka_run_group_tests(tests, NULL, suite_teardown);
}
