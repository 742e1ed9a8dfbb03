/* <poll.h>: poll, ppoll, struct pollfd, nfds_t and the POLL* events
 * (sysgate/event.h).
 *
 * Not obvious: ppoll takes a struct timespec and a sigset_t, so this header
 * brings the time and signal types too, as glibc's does with _GNU_SOURCE.
 */
#ifndef SYSGATE_POSIX_POLL_H
#define SYSGATE_POSIX_POLL_H

#include <sysgate/event.h>

#endif
