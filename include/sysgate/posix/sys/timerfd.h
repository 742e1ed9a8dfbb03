/* <sys/timerfd.h>: timerfd_create, timerfd_settime, timerfd_gettime, struct
 * itimerspec, the TFD_* flags and the CLOCK_* ids (sysgate/time.h).
 *
 * Not obvious: a read returns the expirations since the last read as an
 * 8-byte integer, and blocks (or fails with EAGAIN) while there were none.
 */
#ifndef SYSGATE_POSIX_SYS_TIMERFD_H
#define SYSGATE_POSIX_SYS_TIMERFD_H

#include <sysgate/time.h>

#endif
