/* glibc's side of test_socket*.c (oracle_socket.h). glibc's headers only.
 *
 * Not obvious: _TIME_BITS=64 matters here too: it makes glibc's SO_RCVTIMEO
 * and SO_SNDTIMEO the _NEW options on i386, which take a 64-bit timeval.
 */
#define _GNU_SOURCE
#define _FILE_OFFSET_BITS 64
#define _TIME_BITS 64
#include "oracle_socket.h"
#include "oracle_call.h"

#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>

const struct abi_row oracle_socket_abi[] = ABI_TABLE(SOCKET_ABI);
const unsigned oracle_socket_abi_len = sizeof oracle_socket_abi / sizeof oracle_socket_abi[0];

int oracle_socket(int domain, int type, int protocol, int *err) {
  ORACLE_RETURN(int, err, socket(domain, type, protocol));
}

int oracle_socketpair(int domain, int type, int protocol, int *sv, int *err) {
  ORACLE_RETURN(int, err, socketpair(domain, type, protocol, sv));
}

int oracle_bind(int fd, const void *addr, unsigned int len, int *err) {
  ORACLE_RETURN(int, err, bind(fd, addr, len));
}

int oracle_listen(int fd, int backlog, int *err) {
  ORACLE_RETURN(int, err, listen(fd, backlog));
}

int oracle_accept(int fd, void *addr, unsigned int *len, int *err) {
  ORACLE_RETURN(int, err, accept(fd, addr, len));
}

int oracle_accept4(int fd, void *addr, unsigned int *len, int flags, int *err) {
  ORACLE_RETURN(int, err, accept4(fd, addr, len, flags));
}

int oracle_connect(int fd, const void *addr, unsigned int len, int *err) {
  ORACLE_RETURN(int, err, connect(fd, addr, len));
}

long oracle_send(int fd, const void *buf, unsigned long len, int flags, int *err) {
  ORACLE_RETURN(long, err, send(fd, buf, len, flags));
}

long oracle_sendto(int fd, const void *buf, unsigned long len, int flags, const void *addr,
                   unsigned int alen, int *err) {
  ORACLE_RETURN(long, err, sendto(fd, buf, len, flags, addr, alen));
}

long oracle_sendmsg(int fd, const void *msg, int flags, int *err) {
  ORACLE_RETURN(long, err, sendmsg(fd, msg, flags));
}

long oracle_recv(int fd, void *buf, unsigned long len, int flags, int *err) {
  ORACLE_RETURN(long, err, recv(fd, buf, len, flags));
}

long oracle_recvfrom(int fd, void *buf, unsigned long len, int flags, void *addr,
                     unsigned int *alen, int *err) {
  ORACLE_RETURN(long, err, recvfrom(fd, buf, len, flags, addr, alen));
}

long oracle_recvmsg(int fd, void *msg, int flags, int *err) {
  ORACLE_RETURN(long, err, recvmsg(fd, msg, flags));
}

int oracle_sendmmsg(int fd, void *msgvec, unsigned int vlen, int flags, int *err) {
  ORACLE_RETURN(int, err, sendmmsg(fd, msgvec, vlen, flags));
}

int oracle_recvmmsg(int fd, void *msgvec, unsigned int vlen, int flags, void *timeout, int *err) {
  ORACLE_RETURN(int, err, recvmmsg(fd, msgvec, vlen, flags, timeout));
}

int oracle_sockatmark(int fd, int *err) {
  ORACLE_RETURN(int, err, sockatmark(fd));
}

int oracle_shutdown(int fd, int how, int *err) {
  ORACLE_RETURN(int, err, shutdown(fd, how));
}

int oracle_getsockopt(int fd, int level, int name, void *value, unsigned int *len, int *err) {
  ORACLE_RETURN(int, err, getsockopt(fd, level, name, value, len));
}

int oracle_setsockopt(int fd, int level, int name, const void *value, unsigned int len, int *err) {
  ORACLE_RETURN(int, err, setsockopt(fd, level, name, value, len));
}

int oracle_getsockname(int fd, void *addr, unsigned int *len, int *err) {
  ORACLE_RETURN(int, err, getsockname(fd, addr, len));
}

int oracle_getpeername(int fd, void *addr, unsigned int *len, int *err) {
  ORACLE_RETURN(int, err, getpeername(fd, addr, len));
}

void oracle_in6addr(int loopback, void *out) {
  memcpy(out, loopback ? &in6addr_loopback : &in6addr_any, sizeof(struct in6_addr));
}

unsigned short oracle_htons(unsigned short v) {
  return htons(v);
}
unsigned int oracle_htonl(unsigned int v) {
  return htonl(v);
}
unsigned short oracle_ntohs(unsigned short v) {
  return ntohs(v);
}
unsigned int oracle_ntohl(unsigned int v) {
  return ntohl(v);
}

int oracle_cmsg_offsets(const void *msg, unsigned long *offsets, int max) {
  struct msghdr *m = (struct msghdr *)msg;
  int n = 0;
  for (struct cmsghdr *c = CMSG_FIRSTHDR(m); c && n < max; c = CMSG_NXTHDR(m, c))
    offsets[n++] = (unsigned long)((char *)c - (char *)m->msg_control);
  return n;
}
