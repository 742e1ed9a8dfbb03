/* fork(2), vfork(2), execve(2) and execveat(2) (sysgate/process.h): the child's
 * life and exit status as wait4 sees it, against glibc on the same input, the
 * registers the kernel saw, and EAGAIN when no process is to spare.
 *
 * Not obvious: vfork is assembly whose whole point is what it does not touch. The
 * tests keep volatile locals around the call and check them after the child has run
 * on the parent's stack.
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

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_fork_wait4),
      cmocka_unit_test(test_sys_fork),
      cmocka_unit_test(test_fork_vfork_numbers),
      cmocka_unit_test(test_vfork),
      cmocka_unit_test(test_vfork_execve),
      cmocka_unit_test(test_sys_vfork),
      cmocka_unit_test(test_fork_vfork_clone_eagain),
      cmocka_unit_test(test_execve),
      cmocka_unit_test(test_execve_errors),
  };
  return cmocka_run_group_tests(tests, NULL, suite_teardown);
}
