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

#include "calls/pidfd.h"

#endif
