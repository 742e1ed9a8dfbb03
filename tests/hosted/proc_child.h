/* Checks that run in a child process, and the children the process suites
 * (test_process*.c, test_sched_clone.c, test_wait.c, test_pidfd.c, test_resource.c,
 * test_sched.c, test_utsname.c, test_prctl.c, test_personality.c) start and reap.
 * Include after <cmocka.h>, "oracle.h" and <sysgate.h>.
 *
 * Not obvious: a cmocka assertion in a child would longjmp into the child's
 * copy of the test runner, which would go on to run the rest of the suite a
 * second time. A child reports through its exit status instead: 0, or the
 * number of the first check that failed, counted in the order they ran.
 */
#ifndef SYSGATE_TEST_PROC_CHILD_H
#define SYSGATE_TEST_PROC_CHILD_H

#include "suite.h" /* SKIP_BECAUSE */

__attribute__((unused)) static int child_step; /* unused where no child checks */

#define CHILD_CHECK(cond)                                                                          \
  do {                                                                                             \
    child_step++;                                                                                  \
    if (!(cond))                                                                                   \
      _exit(child_step);                                                                           \
  } while (0)

/* A pid above any pid_max (PID_MAX_LIMIT is 4194304): no such process. */
#define NO_SUCH_PID 0x3fffffff

/* A child blocked reading a pipe whose write end this process holds: it runs
 * until it is signalled. The caller closes *hold once the child is reaped. */
static inline pid_t spawn_waiter(int *hold) {
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

static inline void reap_killed(pid_t pid, int sig, int hold) {
  int status = 0;
  assert_int_equal(waitpid(pid, &status, 0), pid);
  assert_true(WIFSIGNALED(status));
  assert_int_equal(WTERMSIG(status), sig);
  assert_int_equal(close(hold), 0);
}

/* waitpid reaps pid, which exited normally with code. */
static inline void reap_exited(long pid, int code) {
  int status = -1;
  assert_true(pid > 0);
  assert_int_equal(waitpid((pid_t)pid, &status, 0), pid);
  assert_true(WIFEXITED(status));
  assert_false(WIFSIGNALED(status) || WIFSTOPPED(status));
  assert_int_equal(WEXITSTATUS(status), code);
}

#define CLONE_STACK_SIZE (64 * 1024)
__attribute__((unused)) static char clone_stack[CLONE_STACK_SIZE] __attribute__((aligned(16)));
#define CLONE_STACK_TOP (clone_stack + CLONE_STACK_SIZE)

static inline int never_called(void *arg) {
  (void)arg;
  return 99;
}

/* The exit status of a child that found it may not do what it was to check. */
#define CHILD_CANNOT 250

/* Runs fn in a child, which must exit 0; CHILD_CANNOT skips, saying why, where
 * the test allows it (cannot is not NULL). */
static inline void child_passes(void (*fn)(void *), const char *cannot) {
  int status = oracle_child_status(fn, NULL);
  if (status == CHILD_CANNOT && cannot)
    SKIP_BECAUSE(cannot);
  assert_int_equal(status, 0);
}

struct child_result {
  int status;
  char out[4096]; /* what it wrote on the descriptor given (2 or 1) */
};

/* Runs fn(arg) in a child whose descriptor `fd` is a pipe; fn may exit, abort or
 * exec, and returning means _exit(0). Core dumps are off in the child. */
static inline void in_child(void (*fn)(void *), void *arg, int fd, struct child_result *r) {
  int p[2];
  assert_int_equal(pipe(p), 0);
  pid_t pid = fork();
  assert_true(pid >= 0);
  if (pid == 0) {
    struct rlimit no_core = {0, 0};
    setrlimit(RLIMIT_CORE, &no_core);
    close(p[0]);
    dup2(p[1], fd);
    fn(arg);
    _exit(0);
  }
  close(p[1]);
  size_t used = 0;
  ssize_t n;
  while ((n = read(p[0], r->out + used, sizeof r->out - 1 - used)) > 0)
    used += (size_t)n;
  r->out[used] = '\0';
  close(p[0]);
  assert_int_equal(waitpid(pid, &r->status, 0), pid);
}

/* Two children wrote the same and ended the same way. */
static inline void assert_same_child(const struct child_result *ours,
                                     const struct child_result *theirs) {
  assert_string_equal(ours->out, theirs->out);
  assert_int_equal(ours->status, theirs->status);
}

#endif
