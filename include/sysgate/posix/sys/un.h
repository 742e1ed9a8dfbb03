/* <sys/un.h>: struct sockaddr_un for AF_UNIX sockets (unix(7)) and SUN_LEN
 * (sysgate/socket.h).
 *
 * Not obvious: SUN_LEN is the size up to the path's NUL, without it; bind and
 * connect accept that length, or sizeof(struct sockaddr_un) (unix(7),
 * "Address format"). __builtin_strlen spares this header a <string.h>.
 */
#ifndef SYSGATE_POSIX_SYS_UN_H
#define SYSGATE_POSIX_SYS_UN_H

#include <sysgate/socket.h>

#define SUN_LEN(ptr)                                                                               \
  (__builtin_offsetof(struct sockaddr_un, sun_path) + __builtin_strlen((ptr)->sun_path))

#endif
