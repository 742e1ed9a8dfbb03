/* <sys/epoll.h>: epoll_create, epoll_create1, epoll_ctl, epoll_wait,
 * epoll_pwait, struct epoll_event, epoll_data_t and the EPOLL* values
 * (sysgate/event.h).
 *
 * Not obvious: struct epoll_event is 12 bytes on both arches: packed on
 * x86_64 so that it matches i386's (the kernel's EPOLL_PACKED).
 */
#ifndef SYSGATE_POSIX_SYS_EPOLL_H
#define SYSGATE_POSIX_SYS_EPOLL_H

#include <sysgate/event.h>

#endif
