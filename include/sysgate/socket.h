/* sysgate/socket.h: socket(2), socketpair(2), bind(2), listen(2), accept(2), accept4(2),
 * connect(2), send(2)/sendto/sendmsg/sendmmsg, recv(2)/recvfrom/recvmsg/recvmmsg, shutdown(2),
 * getsockopt(2), setsockopt(2), getsockname(2), getpeername(2), sockatmark(3); sockaddr(3type),
 * msghdr and cmsghdr with CMSG_* (cmsg(3)), the AF/SOCK/SOL/SO/IPPROTO/MSG/SHUT values, and
 * htons/htonl/ntohs/ntohl (byteorder(3)).
 *
 * Not obvious: send and recv are not system calls on x86 (neither table has
 * them); they are sendto and recvfrom with no address, as in the kernel's own
 * net/socket.c, where sys_send calls __sys_sendto with a NULL address.
 * The i386 calls reach the kernel through direct numbers, falling back to
 * socketcall(2) on ENOSYS (arch/i386/socket.h).
 */
#ifndef SYSGATE_SOCKET_H
#define SYSGATE_SOCKET_H

#include "iovec.h"
#include "syscall.h"
#include "types.h"

/* --- families, types, levels (include/linux/socket.h, linux/net.h) -------- */
#define AF_UNSPEC 0
#define AF_UNIX 1
#define AF_LOCAL AF_UNIX
#define AF_INET 2
#define AF_INET6 10
#define AF_KEY 15
#define AF_NETLINK 16
#define AF_ROUTE AF_NETLINK
#define AF_PACKET 17
#define AF_CAN 29
#define AF_BLUETOOTH 31
#define AF_ALG 38
#define AF_VSOCK 40
#define AF_XDP 44
#define PF_UNSPEC AF_UNSPEC
#define PF_UNIX AF_UNIX
#define PF_LOCAL AF_LOCAL
#define PF_INET AF_INET
#define PF_INET6 AF_INET6
#define PF_NETLINK AF_NETLINK
#define PF_PACKET AF_PACKET
#define PF_KEY AF_KEY
#define PF_ROUTE AF_ROUTE
#define PF_CAN AF_CAN
#define PF_BLUETOOTH AF_BLUETOOTH
#define PF_ALG AF_ALG
#define PF_VSOCK AF_VSOCK
#define PF_XDP AF_XDP

#define SOCK_STREAM 1
#define SOCK_DGRAM 2
#define SOCK_RAW 3
#define SOCK_RDM 4
#define SOCK_SEQPACKET 5
#define SOCK_NONBLOCK 04000   /* O_NONBLOCK */
#define SOCK_CLOEXEC 02000000 /* O_CLOEXEC */

#define SOL_IP 0
#define SOL_SOCKET 1
#define SOL_IPV6 41
#define SOL_RAW 255
#define SOL_PACKET 263
#define SOL_NETLINK 270
#define SOMAXCONN 4096 /* the kernel's net.core.somaxconn default since 5.4 */

/* --- SOL_SOCKET options (include/uapi/asm-generic/socket.h; x86 uses it) -- */
#define SO_DEBUG 1
#define SO_REUSEADDR 2
#define SO_TYPE 3
#define SO_ERROR 4
#define SO_DONTROUTE 5
#define SO_BROADCAST 6
#define SO_SNDBUF 7
#define SO_RCVBUF 8
#define SO_KEEPALIVE 9
#define SO_OOBINLINE 10
#define SO_NO_CHECK 11
#define SO_PRIORITY 12
#define SO_LINGER 13
#define SO_BSDCOMPAT 14
#define SO_REUSEPORT 15
#define SO_PASSCRED 16
#define SO_PEERCRED 17
#define SO_RCVLOWAT 18
#define SO_SNDLOWAT 19
#define SO_RCVTIMEO_OLD 20
#define SO_SNDTIMEO_OLD 21
#define SO_BINDTODEVICE 25
#define SO_ATTACH_FILTER 26
#define SO_DETACH_FILTER 27
#define SO_PEERNAME 28
#define SO_ACCEPTCONN 30
#define SO_PEERSEC 31
#define SO_SNDBUFFORCE 32
#define SO_RCVBUFFORCE 33
#define SO_PASSSEC 34
#define SO_MARK 36
#define SO_RXQ_OVFL 40
#define SO_PEEK_OFF 42
#define SO_BUSY_POLL 46
#define SO_INCOMING_CPU 49
#define SO_ZEROCOPY 60
#define SO_PROTOCOL 38
#define SO_DOMAIN 39
#define SO_RCVTIMEO_NEW 66
#define SO_SNDTIMEO_NEW 67
/* SO_RCVTIMEO and SO_SNDTIMEO are per arch (arch socket.h). */

#define SCM_RIGHTS 1
#define SCM_CREDENTIALS 2

/* --- IPPROTO_*, INADDR_* (include/uapi/linux/in.h) ------------------------- */
/* <linux/libc-compat.h>'s switches (the kernel's headers through sysgate-cc, which
 * do not see __GLIBC__): what this header defines, a later <linux/in.h> or
 * <linux/in6.h> leaves out, as after glibc's <netinet/in.h>. So this header must
 * define all of each group it turns off: every IPPROTO_* of <linux/in.h> below. */
#define __UAPI_DEF_IN_ADDR 0
#define __UAPI_DEF_IN_IPPROTO 0
#define __UAPI_DEF_SOCKADDR_IN 0
#define __UAPI_DEF_IN6_ADDR 0
#define __UAPI_DEF_IN6_ADDR_ALT 0
#define __UAPI_DEF_SOCKADDR_IN6 0

#define IPPROTO_IP 0
#define IPPROTO_ICMP 1
#define IPPROTO_IGMP 2
#define IPPROTO_IPIP 4
#define IPPROTO_TCP 6
#define IPPROTO_EGP 8
#define IPPROTO_PUP 12
#define IPPROTO_UDP 17
#define IPPROTO_IDP 22
#define IPPROTO_TP 29
#define IPPROTO_DCCP 33
#define IPPROTO_IPV6 41
#define IPPROTO_RSVP 46
#define IPPROTO_GRE 47
#define IPPROTO_ESP 50
#define IPPROTO_AH 51
#define IPPROTO_ICMPV6 58
#define IPPROTO_MTP 92
#define IPPROTO_BEETPH 94
#define IPPROTO_ENCAP 98
#define IPPROTO_PIM 103
#define IPPROTO_COMP 108
#define IPPROTO_L2TP 115
#define IPPROTO_SCTP 132
#define IPPROTO_UDPLITE 136
#define IPPROTO_MPLS 137
#define IPPROTO_ETHERNET 143
#define IPPROTO_RAW 255
#define IPPROTO_MPTCP 262
#define IPPROTO_MAX 263

/* --- flags of send and recv (include/linux/socket.h) ----------------------- */
#define MSG_OOB 0x01
#define MSG_PEEK 0x02
#define MSG_DONTROUTE 0x04
#define MSG_CTRUNC 0x08
#define MSG_PROXY 0x10
#define MSG_TRUNC 0x20
#define MSG_DONTWAIT 0x40
#define MSG_EOR 0x80
#define MSG_WAITALL 0x100
#define MSG_SYN 0x400
#define MSG_CONFIRM 0x800
#define MSG_RST 0x1000
#define MSG_ERRQUEUE 0x2000
#define MSG_NOSIGNAL 0x4000
#define MSG_MORE 0x8000
#define MSG_WAITFORONE 0x10000
#define MSG_ZEROCOPY 0x4000000
#define MSG_FASTOPEN 0x20000000
#define MSG_CMSG_CLOEXEC 0x40000000

#define SHUT_RD 0
#define SHUT_WR 1
#define SHUT_RDWR 2

/* --- addresses ----------------------------------------------------------- */
typedef unsigned short sa_family_t;
typedef uint16_t in_port_t;
typedef uint32_t in_addr_t;

#define INADDR_ANY ((in_addr_t)0x00000000)
#define INADDR_BROADCAST ((in_addr_t)0xffffffff)
#define INADDR_NONE ((in_addr_t)0xffffffff)
#define INADDR_LOOPBACK ((in_addr_t)0x7f000001) /* 127.0.0.1, host byte order */
#define INET_ADDRSTRLEN 16
#define INET6_ADDRSTRLEN 46

struct sockaddr {
  sa_family_t sa_family;
  char sa_data[14];
};

#ifndef _LINUX_IN_H /* else <linux/in.h>, first, has them */
struct in_addr {
  in_addr_t s_addr; /* network byte order */
};

struct sockaddr_in {
  sa_family_t sin_family;
  in_port_t sin_port; /* network byte order */
  struct in_addr sin_addr;
  unsigned char sin_zero[8];
};
#endif

#ifndef _LINUX_IN6_H /* else <linux/in6.h>, first, has them (its s6_addr is a macro) */
struct in6_addr {
  union {
    uint8_t s6_addr[16];
    uint16_t s6_addr16[8];
    uint32_t s6_addr32[4];
  };
};

struct sockaddr_in6 {
  sa_family_t sin6_family;
  in_port_t sin6_port;
  uint32_t sin6_flowinfo;
  struct in6_addr sin6_addr;
  uint32_t sin6_scope_id;
};
#endif
#define IN6ADDR_ANY_INIT                                                                           \
  {                                                                                                \
    .s6_addr = { 0 }                                                                               \
  }
#define IN6ADDR_LOOPBACK_INIT                                                                      \
  {                                                                                                \
    .s6_addr = { [15] = 1 }                                                                        \
  } /* ::1 */

struct sockaddr_un {
  sa_family_t sun_family;
  char sun_path[108];
};

/* 128 bytes, aligned as a long: room for any address (__kernel_sockaddr_storage). */
struct sockaddr_storage {
  sa_family_t ss_family;
  char sysgate_pad[128 - sizeof(sa_family_t) - sizeof(unsigned long)];
  unsigned long sysgate_align;
};

struct linger {
  int l_onoff;
  int l_linger;
};

/* SO_PEERCRED's answer and SCM_CREDENTIALS' payload. */
struct ucred {
  pid_t pid;
  uid_t uid;
  gid_t gid;
};

/* --- messages (include/linux/socket.h: struct user_msghdr, struct cmsghdr) */
struct msghdr {
  void *msg_name;
  socklen_t msg_namelen;
  struct iovec *msg_iov;
  size_t msg_iovlen;
  void *msg_control;
  size_t msg_controllen;
  int msg_flags;
};

/* One message of sendmmsg and recvmmsg, with the bytes it carried. */
struct mmsghdr {
  struct msghdr msg_hdr;
  unsigned int msg_len;
};

struct cmsghdr {
  size_t cmsg_len; /* header and data, without the tail padding */
  int cmsg_level;
  int cmsg_type;
  unsigned char sysgate_data[]; /* where CMSG_DATA points: just past the header */
};

/* Control messages are laid out in units of size_t (the kernel's CMSG_ALIGN). */
#define CMSG_ALIGN(len) (((len) + sizeof(size_t) - 1) & ~(sizeof(size_t) - 1))
#define CMSG_DATA(cmsg) ((cmsg)->sysgate_data)
#define CMSG_LEN(len) (CMSG_ALIGN(sizeof(struct cmsghdr)) + (len))
#define CMSG_SPACE(len) (CMSG_ALIGN(sizeof(struct cmsghdr)) + CMSG_ALIGN(len))
#define CMSG_FIRSTHDR(msg)                                                                         \
  ((msg)->msg_controllen >= sizeof(struct cmsghdr) ? (struct cmsghdr *)(msg)->msg_control          \
                                                   : (struct cmsghdr *)0)
#define CMSG_NXTHDR(msg, cmsg) sysgate_cmsg_nxthdr((msg), (cmsg))

/* The header after cmsg, or NULL: cmsg must be a whole header, and the
 * buffer must hold all of it, its padding and one more whole header. That is
 * the kernel's rule (include/linux/socket.h, __cmsg_nxthdr) and glibc's since
 * 2.36; the next header's own length is checked when the walk moves past it.
 * Written with what is left of the buffer, so no length can overflow a pointer. */
SG_INLINE struct cmsghdr *sysgate_cmsg_nxthdr(const struct msghdr *msg, struct cmsghdr *cmsg) {
  size_t len = cmsg->cmsg_len;
  size_t pad = (0 - len) & (sizeof(size_t) - 1);
  size_t left =
      msg->msg_controllen - (size_t)((unsigned char *)cmsg - (unsigned char *)msg->msg_control);
  if (len < sizeof(struct cmsghdr) || len > left || left - len < pad + sizeof(struct cmsghdr))
    return 0;
  return (struct cmsghdr *)((unsigned char *)cmsg + len + pad);
}

/* --- byte order: x86 is little-endian, the network big-endian -------------- */
#define SYSGATE_BYTE_ORDER_FUNCS(X) X(16, htons) X(16, ntohs) X(32, htonl) X(32, ntohl)
#define SYSGATE_BSWAP_FUNC(bits, name)                                                             \
  SG_INLINE uint##bits##_t name(uint##bits##_t v) SG_SYMBOL(name);                                 \
  SG_INLINE uint##bits##_t name(uint##bits##_t v) {                                                \
    return __builtin_bswap##bits(v);                                                               \
  }
SYSGATE_BYTE_ORDER_FUNCS(SYSGATE_BSWAP_FUNC)

/* Per arch: SO_RCVTIMEO/SO_SNDTIMEO; on i386 sys_accept and the socketcall(2)
 * fallback that the rows with option socketcall use. */
#include SYSGATE_ARCH_SOCKET_H

#include "calls/socket.h"

/* recvmmsg takes a timespec, which the kernel updates with the time left: on
 * i386 that is recvmmsg_time64 (its i386= in src/calls.tab), the call whose timespec
 * has sysgate's 64-bit tv_sec. It has no socketcall fallback: socketcall's
 * RECVMMSG reads the old 32-bit timespec (net/socket.c, __sys_recvmmsg). */

SG_INLINE long sys_send(int fd, const void *buf, size_t len, int flags) {
  return sys_sendto(fd, buf, len, flags, 0, 0);
}
SG_INLINE long sys_recv(int fd, void *buf, size_t len, int flags) {
  return sys_recvfrom(fd, buf, len, flags, 0, 0);
}

/* 1 if fd's next byte is the one after the urgent mark, else 0; -1 and errno
 * on error (src/libc/sockatmark.c). */
int sockatmark(int fd) SG_SYMBOL(sockatmark);

/* sys_accept is per arch (accept on x86_64, accept4 with no flags on i386). */

#endif
