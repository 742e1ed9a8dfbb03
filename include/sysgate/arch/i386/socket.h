/* i386 parts of the socket calls (sysgate/socket.h): direct system calls
 * (Linux 4.3 gave each its own number, 359-373 in syscall_32.tbl), with
 * socketcall(2) as the fallback when the kernel answers ENOSYS.
 *
 * socketcall(call, args) takes a call number from include/uapi/linux/net.h and
 * a pointer to the arguments as an array of longs; net/socket.c copies as many
 * as that call has. The fallback is written once, in SYSGATE_SOCKETCALL_SYS,
 * and keyed by each row's name: SYSGATE_SOCKETCALL_<name>. sysgate_socketcall
 * is the bare call, for tests and for anyone who wants it.
 *
 * Not obvious: i386 has no direct accept. sys_accept is accept4 with no flags, which the kernel
 * treats exactly as accept (net/socket.c: accept calls __sys_accept4 with flags 0). Its fallback is
 * socketcall's ACCEPT4, which every kernel old enough to lack the direct calls already has (Linux
 * 2.6.28). (the rest: docs/arch.md)
 */
#ifndef SYSGATE_ARCH_I386_SOCKET_H
#define SYSGATE_ARCH_I386_SOCKET_H

#define SO_RCVTIMEO SO_RCVTIMEO_NEW
#define SO_SNDTIMEO SO_SNDTIMEO_NEW

/* socketcall's call numbers (include/uapi/linux/net.h, SYS_SOCKET...), by name;
 * send and recv (9, 10) are never needed: sysgate sends through sendto and recvfrom. */
#define SYSGATE_SOCKETCALL_socket 1
#define SYSGATE_SOCKETCALL_bind 2
#define SYSGATE_SOCKETCALL_connect 3
#define SYSGATE_SOCKETCALL_listen 4
#define SYSGATE_SOCKETCALL_accept 5
#define SYSGATE_SOCKETCALL_getsockname 6
#define SYSGATE_SOCKETCALL_getpeername 7
#define SYSGATE_SOCKETCALL_socketpair 8
#define SYSGATE_SOCKETCALL_sendto 11
#define SYSGATE_SOCKETCALL_recvfrom 12
#define SYSGATE_SOCKETCALL_shutdown 13
#define SYSGATE_SOCKETCALL_setsockopt 14
#define SYSGATE_SOCKETCALL_getsockopt 15
#define SYSGATE_SOCKETCALL_sendmsg 16
#define SYSGATE_SOCKETCALL_recvmsg 17
#define SYSGATE_SOCKETCALL_accept4 18
#define SYSGATE_SOCKETCALL_sendmmsg 20

SG_INLINE long sysgate_socketcall(int call, const unsigned long *args) {
  return syscall2(SYS_socketcall, call, (long)args);
}

/* Defined by the accept4 row of sysgate/socket.h, after this file. */
SG_INLINE long sys_accept4(int fd, struct sockaddr *addr, socklen_t *len, int flags);

SG_INLINE long sys_accept(int fd, struct sockaddr *addr, socklen_t *len) {
  return sys_accept4(fd, addr, len, 0);
}

/* Inline helpers of this arch that need an external definition. */
#define SYSGATE_ARCH_SOCKET_HELPERS(E) E(sysgate_socketcall)

#endif
