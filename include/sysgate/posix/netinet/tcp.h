/* <netinet/tcp.h>: the IPPROTO_TCP socket options TCP_NODELAY, TCP_CORK,
 * TCP_KEEPIDLE ... (tcp(7)), SOL_TCP, struct tcp_info for TCP_INFO, struct
 * tcphdr with TH_*, and the TCP_ESTABLISHED... states (sysgate/tcp.h).
 *
 * Not obvious: struct tcp_info is glibc's, shorter than the kernel's today;
 * getsockopt fills what the given length holds and reports how much.
 */
#ifndef SYSGATE_POSIX_NETINET_TCP_H
#define SYSGATE_POSIX_NETINET_TCP_H

#include <sysgate/tcp.h>

#endif
