/* <sys/select.h>: select, pselect, fd_set with FD_ZERO, FD_SET, FD_CLR,
 * FD_ISSET, FD_SETSIZE, and struct timeval and timespec (sysgate/event.h).
 *
 * Not obvious: an fd_set holds descriptors 0 to FD_SETSIZE - 1 (1024), and
 * FD_SET on a larger one writes past it, with glibc too (select(2), "BUGS");
 * poll has no such limit.
 */
#ifndef SYSGATE_POSIX_SYS_SELECT_H
#define SYSGATE_POSIX_SYS_SELECT_H

#include <sysgate/event.h>

#endif
