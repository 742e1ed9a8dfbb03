/* The glibc side of test_socket*.c (oracle_socket.c): glibc's socket calls,
 * byte-order functions and CMSG_NXTHDR walk, and the ABI list.
 *
 * Not obvious: addresses, msghdrs and option values travel as pointers to
 * sysgate's structs; glibc reads them as its own, which the ABI test proves
 * safe (same sizes, same offsets).
 */
#ifndef SYSGATE_TEST_ORACLE_SOCKET_H
#define SYSGATE_TEST_ORACLE_SOCKET_H

#include "abi.h"

#define SOCKET_ABI(C, T, M)                                                                        \
  C(AF_UNSPEC), C(AF_UNIX), C(AF_LOCAL), C(AF_INET), C(AF_INET6), C(AF_NETLINK), C(AF_PACKET),     \
      C(PF_UNSPEC), C(PF_UNIX), C(PF_LOCAL), C(PF_INET), C(PF_INET6), C(PF_NETLINK), C(PF_PACKET), \
      C(AF_KEY), C(AF_ROUTE), C(AF_CAN), C(AF_BLUETOOTH), C(AF_ALG), C(AF_VSOCK), C(AF_XDP),       \
      C(PF_KEY), C(PF_ROUTE), C(PF_CAN), C(PF_BLUETOOTH), C(PF_ALG), C(PF_VSOCK), C(PF_XDP),       \
      C(SOL_RAW), C(SOL_PACKET), C(SOL_NETLINK), C(SO_ATTACH_FILTER), C(SO_DETACH_FILTER),         \
      C(SO_PEERNAME), C(SO_RXQ_OVFL), C(SO_PEEK_OFF), C(SO_BUSY_POLL), C(SO_INCOMING_CPU),         \
      C(SO_ZEROCOPY), C(MSG_PROXY), C(MSG_SYN), C(MSG_RST), C(MSG_ZEROCOPY), C(SOCK_STREAM),       \
      C(SOCK_DGRAM), C(SOCK_RAW), C(SOCK_RDM), C(SOCK_SEQPACKET), C(SOCK_NONBLOCK),                \
      C(SOCK_CLOEXEC), C(SOL_IP), C(SOL_SOCKET), C(SOL_IPV6), C(SOMAXCONN), C(SO_DEBUG),           \
      C(SO_REUSEADDR), C(SO_TYPE), C(SO_ERROR), C(SO_DONTROUTE), C(SO_BROADCAST), C(SO_SNDBUF),    \
      C(SO_RCVBUF), C(SO_KEEPALIVE), C(SO_OOBINLINE), C(SO_NO_CHECK), C(SO_PRIORITY),              \
      C(SO_LINGER), C(SO_BSDCOMPAT), C(SO_REUSEPORT), C(SO_PASSCRED), C(SO_PEERCRED),              \
      C(SO_RCVLOWAT), C(SO_SNDLOWAT), C(SO_RCVTIMEO_OLD), C(SO_SNDTIMEO_OLD), C(SO_RCVTIMEO_NEW),  \
      C(SO_SNDTIMEO_NEW), C(SO_RCVTIMEO), C(SO_SNDTIMEO), C(SO_BINDTODEVICE), C(SO_ACCEPTCONN),    \
      C(SO_PEERSEC), C(SO_SNDBUFFORCE), C(SO_RCVBUFFORCE), C(SO_PASSSEC), C(SO_MARK),              \
      C(SO_PROTOCOL), C(SO_DOMAIN), C(SCM_RIGHTS), C(SCM_CREDENTIALS), C(IPPROTO_IP),              \
      C(IPPROTO_ICMP), C(IPPROTO_TCP), C(IPPROTO_UDP), C(IPPROTO_IPV6), C(IPPROTO_ICMPV6),         \
      C(IPPROTO_RAW), C(MSG_OOB), C(MSG_PEEK), C(MSG_DONTROUTE), C(MSG_CTRUNC), C(MSG_TRUNC),      \
      C(MSG_DONTWAIT), C(MSG_EOR), C(MSG_WAITALL), C(MSG_CONFIRM), C(MSG_ERRQUEUE),                \
      C(MSG_NOSIGNAL), C(MSG_MORE), C(MSG_WAITFORONE), C(MSG_FASTOPEN), C(MSG_CMSG_CLOEXEC),       \
      C(SHUT_RD), C(SHUT_WR), C(SHUT_RDWR), C(INADDR_ANY), C(INADDR_BROADCAST), C(INADDR_NONE),    \
      C(INADDR_LOOPBACK), C(INET_ADDRSTRLEN), C(INET6_ADDRSTRLEN), C(CMSG_ALIGN(5)),               \
      C(CMSG_LEN(4)), C(CMSG_SPACE(4)), C(CMSG_SPACE(12)), C(sizeof(socklen_t)),                   \
      C(sizeof(sa_family_t)), C(sizeof(in_port_t)), C(sizeof(in_addr_t)), T(struct sockaddr),      \
      M(struct sockaddr, sa_family), M(struct sockaddr, sa_data), T(struct in_addr),               \
      M(struct in_addr, s_addr), T(struct sockaddr_in), M(struct sockaddr_in, sin_family),         \
      M(struct sockaddr_in, sin_port), M(struct sockaddr_in, sin_addr),                            \
      M(struct sockaddr_in, sin_zero), T(struct in6_addr), M(struct in6_addr, s6_addr),            \
      T(struct sockaddr_in6), M(struct sockaddr_in6, sin6_family),                                 \
      M(struct sockaddr_in6, sin6_port), M(struct sockaddr_in6, sin6_flowinfo),                    \
      M(struct sockaddr_in6, sin6_addr), M(struct sockaddr_in6, sin6_scope_id),                    \
      T(struct sockaddr_un), M(struct sockaddr_un, sun_family), M(struct sockaddr_un, sun_path),   \
      T(struct sockaddr_storage), M(struct sockaddr_storage, ss_family), T(struct iovec),          \
      M(struct iovec, iov_base), M(struct iovec, iov_len), T(struct msghdr),                       \
      M(struct msghdr, msg_name), M(struct msghdr, msg_namelen), M(struct msghdr, msg_iov),        \
      M(struct msghdr, msg_iovlen), M(struct msghdr, msg_control),                                 \
      M(struct msghdr, msg_controllen), M(struct msghdr, msg_flags), T(struct mmsghdr),            \
      M(struct mmsghdr, msg_hdr), M(struct mmsghdr, msg_len), T(struct cmsghdr),                   \
      M(struct cmsghdr, cmsg_len), M(struct cmsghdr, cmsg_level), M(struct cmsghdr, cmsg_type),    \
      T(struct linger), M(struct linger, l_onoff), M(struct linger, l_linger), T(struct ucred),    \
      M(struct ucred, pid), M(struct ucred, uid), M(struct ucred, gid)
extern const struct abi_row oracle_socket_abi[];
extern const unsigned oracle_socket_abi_len;

/* glibc's calls; err: glibc's errno after the call (zeroed before it). */
int oracle_socket(int domain, int type, int protocol, int *err);
int oracle_socketpair(int domain, int type, int protocol, int *sv, int *err);
int oracle_bind(int fd, const void *addr, unsigned int len, int *err);
int oracle_listen(int fd, int backlog, int *err);
int oracle_accept(int fd, void *addr, unsigned int *len, int *err);
int oracle_accept4(int fd, void *addr, unsigned int *len, int flags, int *err);
int oracle_connect(int fd, const void *addr, unsigned int len, int *err);
long oracle_send(int fd, const void *buf, unsigned long len, int flags, int *err);
long oracle_sendto(int fd, const void *buf, unsigned long len, int flags, const void *addr,
                   unsigned int alen, int *err);
long oracle_sendmsg(int fd, const void *msg, int flags, int *err);
long oracle_recv(int fd, void *buf, unsigned long len, int flags, int *err);
long oracle_recvfrom(int fd, void *buf, unsigned long len, int flags, void *addr,
                     unsigned int *alen, int *err);
long oracle_recvmsg(int fd, void *msg, int flags, int *err);
int oracle_sendmmsg(int fd, void *msgvec, unsigned int vlen, int flags, int *err);
int oracle_recvmmsg(int fd, void *msgvec, unsigned int vlen, int flags, void *timeout, int *err);
int oracle_shutdown(int fd, int how, int *err);
int oracle_sockatmark(int fd, int *err);
int oracle_getsockopt(int fd, int level, int name, void *value, unsigned int *len, int *err);
int oracle_setsockopt(int fd, int level, int name, const void *value, unsigned int len, int *err);
int oracle_getsockname(int fd, void *addr, unsigned int *len, int *err);
int oracle_getpeername(int fd, void *addr, unsigned int *len, int *err);

/* glibc's in6addr_loopback (loopback 1) or in6addr_any, 16 bytes to out. */
void oracle_in6addr(int loopback, void *out);

unsigned short oracle_htons(unsigned short v);
unsigned int oracle_htonl(unsigned int v);
unsigned short oracle_ntohs(unsigned short v);
unsigned int oracle_ntohl(unsigned int v);

/* Walks a msghdr's control buffer with glibc's CMSG_FIRSTHDR and CMSG_NXTHDR;
 * stores each header's offset in the buffer, returns how many there were. */
int oracle_cmsg_offsets(const void *msg, unsigned long *offsets, int max);

#endif
