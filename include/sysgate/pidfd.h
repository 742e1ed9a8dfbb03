/* sysgate/pidfd.h: pidfd_open(2) and pidfd_send_signal(2) (glibc's <sys/pidfd.h>).
 *
 * Not obvious: a pidfd names one process for good, where a pid may be reused
 * once the process is reaped; a signal sent through it after the process has
 * exited fails with ESRCH instead of reaching a newcomer. Both calls are Linux
 * 5.1/5.3; older kernels say ENOSYS.
 */
#ifndef SYSGATE_PIDFD_H
#define SYSGATE_PIDFD_H

#include "signal.h"
#include "syscall.h"
#include "types.h"

#define PIDFD_NONBLOCK 04000 /* O_NONBLOCK */

/* X(arg count, return type, name, number, (type, name) per argument) */
#define SYSGATE_PIDFD_CALLS(X)                                                                     \
  X(2, int, pidfd_open, SYS_pidfd_open, pid_t, pid, unsigned int, flags)                           \
  X(4, int, pidfd_send_signal, SYS_pidfd_send_signal, int, pidfd, int, sig, siginfo_t *, info,     \
    unsigned int, flags)

SYSGATE_PIDFD_CALLS(SG_WRAP)

#endif
