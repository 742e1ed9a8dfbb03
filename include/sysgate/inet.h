/* sysgate/inet.h: the IPv4/IPv6 side of sockets. The IPPROTO_* numbers past
 * sysgate/socket.h's, the IP_* and IPV6_* option names (ip(7), ipv6(7)), struct ip_mreq and
 * ipv6_mreq, the IN6_IS_ADDR_* tests, and the address conversions inet_aton(3), inet_addr(3),
 * inet_ntoa(3), inet_pton(3), inet_ntop(3), inet_network(3), inet_makeaddr(3), inet_lnaof(3),
 * inet_netof(3) (src/libc/inet_*.c).
 *
 * Not obvious: inet_aton and inet_addr read the old BSD forms, where each
 * part is a C number (0x1f hex, 017 octal) and fewer than four parts fill the
 * address from the right ("10.1" is 10.0.0.1); inet_pton reads only four
 * decimal bytes, with no leading zeros (glibc's resolv/inet_pton.c, and
 * inet_pton(3): "does not recognize" the other forms).
 */
#ifndef SYSGATE_INET_H
#define SYSGATE_INET_H

#include "socket.h"

/* <linux/libc-compat.h>'s switches for what this header defines (as in sysgate/socket.h):
 * a later <linux/in.h>, <linux/in6.h> or <linux/ipv6.h> leaves these out; after one of them
 * the guards below leave out ours. */
#define __UAPI_DEF_IP_MREQ 0
#define __UAPI_DEF_IN_PKTINFO 0
#define __UAPI_DEF_IN_CLASS 0
#define __UAPI_DEF_IPV6_MREQ 0
#define __UAPI_DEF_IN6_PKTINFO 0

/* --- protocol numbers (include/uapi/linux/in.h, in6.h) -------------------- */
#define IPPROTO_HOPOPTS 0
#define IPPROTO_IGMP 2
#define IPPROTO_IPIP 4
#define IPPROTO_EGP 8
#define IPPROTO_PUP 12
#define IPPROTO_IDP 22
#define IPPROTO_TP 29
#define IPPROTO_DCCP 33
#define IPPROTO_ROUTING 43
#define IPPROTO_FRAGMENT 44
#define IPPROTO_RSVP 46
#define IPPROTO_GRE 47
#define IPPROTO_ESP 50
#define IPPROTO_AH 51
#define IPPROTO_NONE 59
#define IPPROTO_DSTOPTS 60
#define IPPROTO_MTP 92
#define IPPROTO_ENCAP 98
#define IPPROTO_PIM 103
#define IPPROTO_COMP 108
#define IPPROTO_SCTP 132
#define IPPROTO_MH 135
#define IPPROTO_UDPLITE 136
#define IPPROTO_MPLS 137

/* --- more fixed addresses (include/uapi/linux/in.h), host byte order ------ */
#define INADDR_UNSPEC_GROUP ((in_addr_t)0xe0000000)
#define INADDR_ALLHOSTS_GROUP ((in_addr_t)0xe0000001)
#define INADDR_ALLRTRS_GROUP ((in_addr_t)0xe0000002)
#define INADDR_MAX_LOCAL_GROUP ((in_addr_t)0xe00000ff)
#define IN_LOOPBACKNET 127
#define IPPORT_RESERVED 1024     /* ports below it need CAP_NET_BIND_SERVICE */
#define IPPORT_USERRESERVED 5000 /* the old BSD limit of ports chosen for users */

/* The classful tests of RFC 791/1112 on a host-order address (inet(3),
 * "Classful network addressing"): the class is the count of leading 1 bits. */
#define SYSGATE_IN_TOP(a, bits) (((in_addr_t)(a)) >> (32 - (bits)))
#define IN_CLASSA(a) (SYSGATE_IN_TOP(a, 1) == 0)
#define IN_CLASSA_NET 0xff000000
#define IN_CLASSA_NSHIFT 24
#define IN_CLASSA_HOST 0x00ffffff
#define IN_CLASSA_MAX 128
#define IN_CLASSB(a) (SYSGATE_IN_TOP(a, 2) == 2)
#define IN_CLASSB_NET 0xffff0000
#define IN_CLASSB_NSHIFT 16
#define IN_CLASSB_HOST 0x0000ffff
#define IN_CLASSB_MAX 65536
#define IN_CLASSC(a) (SYSGATE_IN_TOP(a, 3) == 6)
#define IN_CLASSC_NET 0xffffff00
#define IN_CLASSC_NSHIFT 8
#define IN_CLASSC_HOST 0x000000ff
#define IN_CLASSD(a) (SYSGATE_IN_TOP(a, 4) == 14)
#define IN_MULTICAST(a) IN_CLASSD(a)
#define IN_EXPERIMENTAL(a) (SYSGATE_IN_TOP(a, 3) == 7)
#define IN_BADCLASS(a) (SYSGATE_IN_TOP(a, 4) == 15)

/* --- IPPROTO_IP options (include/uapi/linux/in.h) -------------------------- */
#define IP_TOS 1
#define IP_TTL 2
#define IP_HDRINCL 3
#define IP_OPTIONS 4
#define IP_RECVOPTS 6
#define IP_RETOPTS 7
#define IP_PKTINFO 8
#define IP_MTU_DISCOVER 10
#define IP_RECVERR 11
#define IP_RECVTTL 12
#define IP_RECVTOS 13
#define IP_MTU 14
#define IP_FREEBIND 15
#define IP_TRANSPARENT 19
#define IP_MULTICAST_IF 32
#define IP_MULTICAST_TTL 33
#define IP_MULTICAST_LOOP 34
#define IP_ADD_MEMBERSHIP 35
#define IP_DROP_MEMBERSHIP 36
#define IP_ADD_SOURCE_MEMBERSHIP 39
#define IP_DROP_SOURCE_MEMBERSHIP 40
#define IP_MULTICAST_ALL 49
#define IP_UNICAST_IF 50
#define IP_RECVORIGDSTADDR 20
#define IP_MINTTL 21
#define IP_NODEFRAG 22
#define IP_BIND_ADDRESS_NO_PORT 24

/* IP_MTU_DISCOVER's values. */
#define IP_PMTUDISC_DONT 0
#define IP_PMTUDISC_WANT 1
#define IP_PMTUDISC_DO 2
#define IP_PMTUDISC_PROBE 3

/* --- IPPROTO_IPV6 options (include/uapi/linux/in6.h, ipv6.h) --------------- */
#define IPV6_UNICAST_HOPS 16
#define IPV6_MULTICAST_IF 17
#define IPV6_MULTICAST_HOPS 18
#define IPV6_MULTICAST_LOOP 19
#define IPV6_JOIN_GROUP 20
#define IPV6_LEAVE_GROUP 21
#define IPV6_V6ONLY 26
#define IPV6_RECVPKTINFO 49
#define IPV6_PKTINFO 50
#define IPV6_TCLASS 67
#define IPV6_ADD_MEMBERSHIP IPV6_JOIN_GROUP
#define IPV6_DROP_MEMBERSHIP IPV6_LEAVE_GROUP
#define IPV6_MTU_DISCOVER 23
#define IPV6_MTU 24
#define IPV6_RECVERR 25
#define IPV6_RECVHOPLIMIT 51
#define IPV6_HOPLIMIT 52
#define IPV6_RECVTCLASS 66

#ifndef _LINUX_IN_H
struct ip_mreq {
  struct in_addr imr_multiaddr;
  struct in_addr imr_interface;
};

/* IP_MULTICAST_IF and IP_ADD_MEMBERSHIP may take the interface by index. */
struct ip_mreqn {
  struct in_addr imr_multiaddr;
  struct in_addr imr_address;
  int imr_ifindex;
};

/* IP_PKTINFO's control message. */
struct in_pktinfo {
  int ipi_ifindex;
  struct in_addr ipi_spec_dst;
  struct in_addr ipi_addr;
};
#endif

#ifndef _IPV6_H
/* IPV6_PKTINFO's control message. */
struct in6_pktinfo {
  struct in6_addr ipi6_addr;
  unsigned int ipi6_ifindex;
};
#endif

#ifndef _LINUX_IN6_H
struct ipv6_mreq {
  struct in6_addr ipv6mr_multiaddr;
  unsigned int ipv6mr_interface;
};
#endif

/* --- IPv6 address tests (RFC 4291 2.5); a points to a struct in6_addr ------ */
#define SYSGATE_IN6_W(a, i) (((const struct in6_addr *)(a))->s6_addr32[i])
#define IN6_IS_ADDR_UNSPECIFIED(a)                                                                 \
  (SYSGATE_IN6_W(a, 0) == 0 && SYSGATE_IN6_W(a, 1) == 0 && SYSGATE_IN6_W(a, 2) == 0 &&             \
   SYSGATE_IN6_W(a, 3) == 0)
#define IN6_IS_ADDR_LOOPBACK(a)                                                                    \
  (SYSGATE_IN6_W(a, 0) == 0 && SYSGATE_IN6_W(a, 1) == 0 && SYSGATE_IN6_W(a, 2) == 0 &&             \
   SYSGATE_IN6_W(a, 3) == htonl(1))
#define IN6_IS_ADDR_V4MAPPED(a)                                                                    \
  (SYSGATE_IN6_W(a, 0) == 0 && SYSGATE_IN6_W(a, 1) == 0 && SYSGATE_IN6_W(a, 2) == htonl(0xffff))
#define IN6_IS_ADDR_V4COMPAT(a)                                                                    \
  (SYSGATE_IN6_W(a, 0) == 0 && SYSGATE_IN6_W(a, 1) == 0 && SYSGATE_IN6_W(a, 2) == 0 &&             \
   ntohl(SYSGATE_IN6_W(a, 3)) > 1)
#define IN6_IS_ADDR_MULTICAST(a) (((const struct in6_addr *)(a))->s6_addr[0] == 0xff)
#define IN6_IS_ADDR_LINKLOCAL(a) ((SYSGATE_IN6_W(a, 0) & htonl(0xffc00000)) == htonl(0xfe800000))
#define IN6_IS_ADDR_SITELOCAL(a) ((SYSGATE_IN6_W(a, 0) & htonl(0xffc00000)) == htonl(0xfec00000))
/* Multicast scopes (RFC 4291 2.7): the low nibble of the second byte. */
#define SYSGATE_IN6_MC_SCOPE(a, scope)                                                             \
  (IN6_IS_ADDR_MULTICAST(a) && (((const struct in6_addr *)(a))->s6_addr[1] & 0xf) == (scope))
#define IN6_IS_ADDR_MC_NODELOCAL(a) SYSGATE_IN6_MC_SCOPE(a, 0x1)
#define IN6_IS_ADDR_MC_LINKLOCAL(a) SYSGATE_IN6_MC_SCOPE(a, 0x2)
#define IN6_IS_ADDR_MC_SITELOCAL(a) SYSGATE_IN6_MC_SCOPE(a, 0x5)
#define IN6_IS_ADDR_MC_ORGLOCAL(a) SYSGATE_IN6_MC_SCOPE(a, 0x8)
#define IN6_IS_ADDR_MC_GLOBAL(a) SYSGATE_IN6_MC_SCOPE(a, 0xe)
#define IN6_ARE_ADDR_EQUAL(a, b)                                                                   \
  (SYSGATE_IN6_W(a, 0) == SYSGATE_IN6_W(b, 0) && SYSGATE_IN6_W(a, 1) == SYSGATE_IN6_W(b, 1) &&     \
   SYSGATE_IN6_W(a, 2) == SYSGATE_IN6_W(b, 2) && SYSGATE_IN6_W(a, 3) == SYSGATE_IN6_W(b, 3))

/* :: and ::1 (src/libc/in6addr.c), for sin6_addr = in6addr_any. */
extern const struct in6_addr in6addr_any SG_SYMBOL(in6addr_any);
extern const struct in6_addr in6addr_loopback SG_SYMBOL(in6addr_loopback);

/* --- address conversions (src/libc/inet_*.c) ------------------------------ */
/* 1 and the address in *addr (network order) if text is an IPv4 address in
 * any of the BSD forms; 0 if not (*addr untouched). addr may be NULL. */
int inet_aton(const char *text, struct in_addr *addr) SG_SYMBOL(inet_aton);
/* The same parse; INADDR_NONE for text that is not an address. */
in_addr_t inet_addr(const char *text) SG_SYMBOL(inet_addr);
/* A network number in host order from one to four dotted parts, packed to
 * the right ("10.1" is 0x0a01); INADDR_NONE for anything else. */
in_addr_t inet_network(const char *text) SG_SYMBOL(inet_network);
/* The classful address of host number host on network net, and back. */
struct in_addr inet_makeaddr(in_addr_t net, in_addr_t host) SG_SYMBOL(inet_makeaddr);
in_addr_t inet_lnaof(struct in_addr addr) SG_SYMBOL(inet_lnaof);
in_addr_t inet_netof(struct in_addr addr) SG_SYMBOL(inet_netof);
/* "a.b.c.d" in a buffer the next call overwrites. */
char *inet_ntoa(struct in_addr addr) SG_SYMBOL(inet_ntoa);
/* 1 and the address in dst, 0 for text that is not one, -1 and
 * EAFNOSUPPORT for a family other than AF_INET and AF_INET6. */
int inet_pton(int family, const char *text, void *dst) SG_SYMBOL(inet_pton);
/* dst, holding the text of the address at src; NULL with ENOSPC if size
 * bytes cannot hold it and its NUL, EAFNOSUPPORT for another family. */
const char *inet_ntop(int family, const void *src, char *dst, socklen_t size) SG_SYMBOL(inet_ntop);

#endif
