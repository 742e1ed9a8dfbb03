/* <arpa/inet.h>: inet_aton, inet_addr, inet_ntoa, inet_pton, inet_ntop
 * (inet(3), inet_pton(3), inet_ntop(3)), with all of <netinet/in.h>.
 *
 * Not obvious: INET_ADDRSTRLEN (16) and INET6_ADDRSTRLEN (46) are the buffer
 * sizes inet_ntop needs, NUL included; "ffff:ffff:ffff:ffff:ffff:ffff:
 * 255.255.255.255" is the longest IPv6 text, 45 characters.
 */
#ifndef SYSGATE_POSIX_ARPA_INET_H
#define SYSGATE_POSIX_ARPA_INET_H

#include <netinet/in.h>

#endif
