/* sysgate/sigqueue.h: sigqueue(3), a signal with a value, over rt_sigqueueinfo(2); and
 * rt_tgsigqueueinfo(2), the same to one thread.
 *
 * Not obvious: the kernel takes the siginfo as the sender fills it, but refuses one
 * that claims to come from the kernel or from kill (si_code >= 0) when sent to another
 * process (EPERM, kernel/signal.c); sigqueue fills it as glibc does: SI_QUEUE, the
 * sender's pid and uid, the value.
 */
#ifndef SYSGATE_SIGQUEUE_H
#define SYSGATE_SIGQUEUE_H

#include "process.h"
#include "signal.h"
#include "syscall.h"
#include "unistd.h"

#include "calls/sigqueue.h"

SG_INLINE int sigqueue(pid_t pid, int sig, const union sigval value) SG_SYMBOL(sigqueue);
SG_INLINE int sigqueue(pid_t pid, int sig, const union sigval value) {
  siginfo_t info;
  __builtin_memset(&info, 0, sizeof info);
  info.si_signo = sig;
  info.si_code = SI_QUEUE;
  info.si_pid = (pid_t)sys_getpid();
  info.si_uid = (uid_t)sys_getuid();
  info.si_value = value;
  long r = sys_rt_sigqueueinfo(pid, sig, &info);
  SG_TRACE_ARGS(sigqueue, r, 3, SG_TARG(pid), SG_TARG(sig), SG_TARG(value.sival_ptr));
  return (int)sysgate_ret(r);
}

#endif
