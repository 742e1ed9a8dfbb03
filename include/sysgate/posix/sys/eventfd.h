/* <sys/eventfd.h>: eventfd, eventfd_read, eventfd_write, eventfd_t and the
 * EFD_* flags (sysgate/event.h).
 *
 * Not obvious: eventfd_read and eventfd_write are one 8-byte read or write
 * each, 0 for success and -1 with errno otherwise (eventfd(2), "glibc
 * additional features").
 */
#ifndef SYSGATE_POSIX_SYS_EVENTFD_H
#define SYSGATE_POSIX_SYS_EVENTFD_H

#include <sysgate/event.h>

#endif
