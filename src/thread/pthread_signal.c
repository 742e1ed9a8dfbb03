/* pthread_sigmask(3), pthread_kill(3): the calling thread's mask, a signal to one thread.
 *
 * Not obvious: both return the error number instead of setting errno; pthread_kill is
 * tgkill(2) with the process's id, so a recycled tid in another process is never hit, and a
 * thread already gone (tid word 0) is ESRCH.
 */
#include "thread_impl.h"
#include <sysgate/process.h>
#include <sysgate/signal.h>
#include <sysgate/unistd.h>

int pthread_sigmask(int how, const sigset_t *set, sigset_t *old) {
  long r = sys_sigprocmask(how, set, old);
  return r < 0 ? (int)-r : 0;
}

int pthread_kill(pthread_t thread, int sig) {
  struct sg_thread *t = (struct sg_thread *)thread;
  int tid = __atomic_load_n(&t->tid, __ATOMIC_ACQUIRE);
  if (tid == 0)
    return ESRCH;
  long r = sys_tgkill((pid_t)sys_getpid(), tid, sig);
  return r < 0 ? (int)-r : 0;
}
