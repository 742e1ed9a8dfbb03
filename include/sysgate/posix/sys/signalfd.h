/* <sys/signalfd.h>: signalfd, struct signalfd_siginfo and SFD_CLOEXEC,
 * SFD_NONBLOCK, with the sigset functions of <signal.h> (sysgate/signal.h).
 *
 * Not obvious: the signals must be blocked with sigprocmask first, or they
 * are delivered the usual way and the descriptor never sees them.
 */
#ifndef SYSGATE_POSIX_SYS_SIGNALFD_H
#define SYSGATE_POSIX_SYS_SIGNALFD_H

#include <sysgate/signal.h>

#endif
