/* <netinet/in.h>: struct sockaddr_in, sockaddr_in6, in_addr, in6_addr, the
 * IPPROTO_*, INADDR_*, IP_* and IPV6_* values, in6addr_any and
 * in6addr_loopback, the IN6_IS_ADDR_* tests, and htons, htonl, ntohs, ntohl
 * (sysgate/socket.h, sysgate/inet.h).
 *
 * Not obvious: the byte-order functions are inline, a single bswap
 * instruction each (x86 is little-endian); glibc makes them macros over
 * __bswap_16 and __bswap_32 when optimizing, which is the same code.
 */
#ifndef SYSGATE_POSIX_NETINET_IN_H
#define SYSGATE_POSIX_NETINET_IN_H

#include <sysgate/inet.h>
#include <sysgate/socket.h>

#endif
