/* fork(2) in a threaded program, from main and from a second thread: the child's thread block
 * holds the child's tid (pthread_kill(pthread_self(), 0) is tgkill of it), and the child can
 * make and join threads of its own.
 *
 * Not obvious: without the refresh the child's block keeps the parent's tid, which is not in
 * the child's thread group, so tgkill answers ESRCH (kernel/signal.c, do_tkill).
 */
#include "../nostdlib/check.h"
#include <sysgate/pthread.h>

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

int main(void) {
  check(fork_and_wait() == 0, "fork from main: the child's tid, a thread in the child");
  pthread_t t;
  void *r = (void *)-1L;
  check(pthread_create(&t, NULL, forks, NULL) == 0 && pthread_join(t, &r) == 0 && r == NULL,
        "fork from a thread: the child's tid, a thread in the child");
  check(pthread_kill(pthread_self(), 0) == 0, "the parent's own tid is untouched");
  return check_status();
}
