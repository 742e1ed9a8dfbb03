/* sysgate/pidfd.h: pidfd_open(2), pidfd_send_signal(2), pidfd_getfd(2) (glibc's
 * <sys/pidfd.h>), and the calls that act on a process through its pidfd,
 * process_madvise(2) and process_mrelease(2) (glibc's <sys/mman.h>).
 *
 * Not obvious: a pidfd names one process for good, where a pid may be reused
 * once the process is reaped; a signal sent through it after the process has
 * exited fails with ESRCH instead of reaching a newcomer. Both calls are Linux
 * 5.1/5.3; older kernels say ENOSYS.
 */
#ifndef SYSGATE_PIDFD_H
#define SYSGATE_PIDFD_H

#include "iovec.h"
#include "signal.h"
#include "syscall.h"
#include "types.h"

#define PIDFD_NONBLOCK 04000 /* O_NONBLOCK */

/* X(arg count, return type, name, number, (type, name) per argument) */
#define SYSGATE_PIDFD_CALLS(X)                                                                     \
  X(2, int, pidfd_open, SYS_pidfd_open, pid_t, pid, unsigned int, flags)                           \
  X(4, int, pidfd_send_signal, SYS_pidfd_send_signal, int, pidfd, int, sig, siginfo_t *, info,     \
    unsigned int, flags)                                                                           \
  X(3, int, pidfd_getfd, SYS_pidfd_getfd, int, pidfd, int, targetfd, unsigned int, flags)          \
  X(5, ssize_t, process_madvise, SYS_process_madvise, int, pidfd, const struct iovec *, iov,       \
    size_t, vlen, int, advice, unsigned int, flags)                                                \
  X(2, int, process_mrelease, SYS_process_mrelease, int, pidfd, unsigned int, flags)

SYSGATE_PIDFD_CALLS(SG_WRAP)

#endif
