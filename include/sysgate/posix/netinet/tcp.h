/* <netinet/tcp.h>: the IPPROTO_TCP socket options TCP_NODELAY, TCP_CORK,
 * TCP_KEEPIDLE ... (tcp(7), sysgate/inet.h) and SOL_TCP.
 *
 * Not obvious: glibc's header also has struct tcphdr and struct tcp_info;
 * sysgate's has neither yet (a program reading TCP_INFO or building raw TCP
 * headers does not build).
 */
#ifndef SYSGATE_POSIX_NETINET_TCP_H
#define SYSGATE_POSIX_NETINET_TCP_H

#include <sysgate/inet.h>

#endif
