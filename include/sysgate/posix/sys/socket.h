/* <sys/socket.h>: socket, socketpair, bind, listen, accept, accept4, connect,
 * send*, recv*, shutdown, getsockopt, setsockopt, getsockname, getpeername;
 * struct sockaddr, sockaddr_storage, msghdr, cmsghdr with CMSG_*, linger,
 * ucred, socklen_t and the AF/PF/SOCK/SOL/SO/MSG/SCM/SHUT values
 * (sysgate/socket.h).
 *
 * Not obvious: sysgate/socket.h holds the IPv4/IPv6 and Unix address structs
 * as well, so this header also declares what glibc keeps in <netinet/in.h>
 * and <sys/un.h>; a program including those too gets each struct once.
 */
#ifndef SYSGATE_POSIX_SYS_SOCKET_H
#define SYSGATE_POSIX_SYS_SOCKET_H

#include <sysgate/socket.h>

#endif
