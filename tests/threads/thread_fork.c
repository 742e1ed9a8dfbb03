/* fork(2) in a threaded program, from main and from a second thread: the child's thread block
 * holds the child's tid (pthread_kill(pthread_self(), 0) is tgkill of it), and the child can
 * make and join threads of its own; forks while three threads allocate leave the child a heap and
 * streams it can use (the C library's locks are taken around fork).
 *
 * Not obvious: without the refresh the child's block keeps the parent's tid, which is not in
 * the child's thread group, so tgkill answers ESRCH (kernel/signal.c, do_tkill).
 */
#include "../nostdlib/check.h"
#include <sysgate/pthread.h>
#include <sysgate/stdio.h>
#include <sysgate/stdlib.h>

static void *returns_arg(void *arg) {
  return arg;
}

/* The child's checks, as an exit status: 0 when all hold. */
static int child_checks(void) {
  pthread_t t;
  void *r = NULL;
  if (pthread_kill(pthread_self(), 0) != 0)
    return 1;
  if (gettid() != getpid())
    return 2;
  if (pthread_create(&t, NULL, returns_arg, (void *)7L) != 0 || pthread_join(t, &r) != 0 ||
      r != (void *)7L)
    return 3;
  return 0;
}

/* Forks, and returns the child's exit status (-1 when it did not exit). */
static int fork_and_wait(void) {
  pid_t pid = fork();
  if (pid == 0)
    _exit(child_checks());
  int status = 0;
  if (pid < 0 || waitpid(pid, &status, 0) != pid || !WIFEXITED(status))
    return -1;
  return WEXITSTATUS(status);
}

static void *forks(void *arg) {
  (void)arg;
  return (void *)(long)fork_and_wait();
}

static int stop;

static void *allocates(void *arg) {
  while (!__atomic_load_n(&stop, __ATOMIC_RELAXED)) {
    char *p = malloc(100);
    if (p)
      p[99] = 1;
    free(p);
  }
  return arg;
}

/* 100 forks while three threads allocate; each child allocates and prints to a stream. */
static int fork_while_allocating(void) {
  pthread_t t[3];
  int ok = 1;
  for (int i = 0; i < 3; i++)
    ok &= pthread_create(&t[i], NULL, allocates, NULL) == 0;
  for (int i = 0; i < 100 && ok; i++) {
    pid_t pid = fork();
    if (pid == 0) {
      char *p = malloc(5000);
      FILE *f = fopen("/dev/null", "w");
      _exit(p && f && fprintf(f, "%d\n", i) > 0 && fclose(f) == 0 ? 0 : 1);
    }
    int status = 0;
    ok &=
        pid > 0 && waitpid(pid, &status, 0) == pid && WIFEXITED(status) && WEXITSTATUS(status) == 0;
  }
  __atomic_store_n(&stop, 1, __ATOMIC_RELAXED);
  for (int i = 0; i < 3; i++)
    ok &= pthread_join(t[i], NULL) == 0;
  return ok;
}

int main(void) {
  check(fork_and_wait() == 0, "fork from main: the child's tid, a thread in the child");
  pthread_t t;
  void *r = (void *)-1L;
  check(pthread_create(&t, NULL, forks, NULL) == 0 && pthread_join(t, &r) == 0 && r == NULL,
        "fork from a thread: the child's tid, a thread in the child");
  check(pthread_kill(pthread_self(), 0) == 0, "the parent's own tid is untouched");
  check(fork_while_allocating(), "100 forks while 3 threads allocate: each child mallocs, fopens");
  return check_status();
}
