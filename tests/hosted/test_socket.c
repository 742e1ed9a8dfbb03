/* The socket calls of sysgate/socket.h that make, name and configure sockets
 * (socket(2), socketpair(2), setsockopt(2), getsockopt(2), SO_PEERCRED, getsockname(2),
 * getpeername(2)), the family's types and constants, and the byte-order functions:
 * each against glibc on the same input, over loopback only and AF_UNIX. Data goes
 * through test_socket_tcp.c, test_socket_udp.c and test_socket_msg.c.
 *
 * Not obvious: the i386 socketcall fallback is tested twice: by calling it
 * directly, and by running the wrappers in a child whose seccomp filter
 * answers ENOSYS to every direct socket call, so that each wrapper can only
 * succeed through socketcall. x86_64 has no socketcall; those tests say so
 * and skip.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "oracle.h"
#include "oracle_misc.h"
#include "oracle_socket.h"
#include "oracle_time.h"
#include <sysgate.h>

#include "suite.h"
#include "suite_extra.h"

static void test_socket_abi(void **state) {
  (void)state;
  static const struct abi_row ours[] = ABI_TABLE(SOCKET_ABI);
  ABI_ASSERT_SAME(ours, oracle_socket_abi, oracle_socket_abi_len);
}

static void test_byte_order(void **state) {
  (void)state;
  static const uint32_t words[] = {0, 1, 0x12345678, 0x7f000001, 0xfffefdfc};
  for (unsigned i = 0; i < sizeof words / sizeof words[0]; i++) {
    uint32_t w = words[i];
    uint16_t h = (uint16_t)w;
    assert_int_equal(htonl(w), oracle_htonl(w));
    assert_int_equal(ntohl(w), oracle_ntohl(w));
    assert_int_equal(htons(h), oracle_htons(h));
    assert_int_equal(ntohs(h), oracle_ntohs(h));
    assert_int_equal(ntohl(htonl(w)), w);
  }
  uint32_t lo = htonl(INADDR_LOOPBACK);
  assert_memory_equal(&lo, "\x7f\0\0\x01", 4); /* 127.0.0.1 in network order */
  uint16_t port = htons(0x1f90);
  assert_memory_equal(&port, "\x1f\x90", 2);
  /* The IPv6 initializers: glibc's in6addr_loopback and in6addr_any. */
  struct in6_addr lo6 = IN6ADDR_LOOPBACK_INIT, any6 = IN6ADDR_ANY_INIT;
  unsigned char glo6[16], gany6[16];
  oracle_in6addr(1, glo6);
  oracle_in6addr(0, gany6);
  assert_memory_equal(&lo6, glo6, 16);
  assert_memory_equal(&any6, gany6, 16);
}

/* --- socket, socketpair ------------------------------------------------------ */

static void test_socket(void **state) {
  (void)state;
  errno = SUITE_ERRNO_CANARY;
  int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
  assert_true(fd >= 0);
  assert_int_equal(oracle_fd_cloexec(fd), 1);
  assert_int_equal(oracle_fd_flags(fd) & O_NONBLOCK, O_NONBLOCK);
  int v = 0;
  socklen_t len = sizeof v;
  assert_int_equal(getsockopt(fd, SOL_SOCKET, SO_TYPE, &v, &len), 0);
  assert_int_equal(v, SOCK_STREAM);
  assert_int_equal(getsockopt(fd, SOL_SOCKET, SO_DOMAIN, &v, &len), 0);
  assert_int_equal(v, AF_INET);
  assert_int_equal(getsockopt(fd, SOL_SOCKET, SO_PROTOCOL, &v, &len), 0);
  assert_int_equal(v, IPPROTO_TCP);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  assert_int_equal(close(fd), 0);

  struct {
    int domain, type, protocol, want;
  } cases[] = {
      {9999, SOCK_STREAM, 0, EAFNOSUPPORT},
      {AF_INET, 99, 0, EINVAL},
      {AF_INET, SOCK_DGRAM, IPPROTO_TCP, EPROTONOSUPPORT},
  };
  for (unsigned i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    BOTH_FAIL(cases[i].want, socket(cases[i].domain, cases[i].type, cases[i].protocol),
              oracle_socket(cases[i].domain, cases[i].type, cases[i].protocol, &glibc_errno));
  }
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(sys_socket(9999, SOCK_STREAM, 0), -EAFNOSUPPORT);
  long raw = sys_socket(AF_UNIX, SOCK_DGRAM, 0);
  assert_true(raw >= 0);
  assert_int_equal(close((int)raw), 0);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
}

static void test_socketpair(void **state) {
  (void)state;
  int sv[2] = {-1, -1};
  char buf[8];
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv), 0);
  assert_true(sv[0] >= 0 && sv[1] >= 0 && sv[0] != sv[1]);
  assert_int_equal(oracle_fd_cloexec(sv[1]), 1);
  assert_int_equal(send(sv[0], "ping", 4, 0), 4);
  assert_int_equal(recv(sv[1], buf, sizeof buf, 0), 4);
  assert_memory_equal(buf, "ping", 4);
  assert_int_equal(send(sv[1], "pong", 4, 0), 4); /* both ways */
  assert_int_equal(recv(sv[0], buf, sizeof buf, 0), 4);
  assert_memory_equal(buf, "pong", 4);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  assert_int_equal(close(sv[0]), 0);
  assert_int_equal(close(sv[1]), 0);

  int gsv[2];
  BOTH_FAIL(EOPNOTSUPP, socketpair(AF_INET, SOCK_STREAM, 0, sv),
            oracle_socketpair(AF_INET, SOCK_STREAM, 0, gsv, &glibc_errno));
  BOTH_FAIL(EFAULT, socketpair(AF_UNIX, SOCK_STREAM, 0, NULL),
            oracle_socketpair(AF_UNIX, SOCK_STREAM, 0, NULL, &glibc_errno));
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(sys_socketpair(AF_INET, SOCK_STREAM, 0, sv), -EOPNOTSUPP);
  assert_int_equal(sys_socketpair(AF_UNIX, SOCK_DGRAM, 0, sv), 0);
  assert_int_equal(close(sv[0]), 0);
  assert_int_equal(close(sv[1]), 0);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
}

/* --- socket options, names -------------------------------------------------- */

static void test_sockopts(void **state) {
  (void)state;
  int fd = new_socket(AF_INET, SOCK_STREAM);
  int v = 0, gv = 0, ge;
  socklen_t len = sizeof v, glen = sizeof gv;
  errno = SUITE_ERRNO_CANARY;
  int one = 1;
  assert_int_equal(setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one), 0);
  assert_int_equal(getsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &v, &len), 0);
  assert_int_equal(v, 1);
  int size = 65536;
  assert_int_equal(setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &size, sizeof size), 0);
  assert_int_equal(getsockopt(fd, SOL_SOCKET, SO_RCVBUF, &v, &len), 0);
  assert_int_equal(oracle_getsockopt(fd, SOL_SOCKET, SO_RCVBUF, &gv, &glen, &ge), 0);
  assert_int_equal(v, gv); /* the kernel doubles it for its bookkeeping; both see that */
  assert_int_equal(len, sizeof v);

  struct linger lg = {1, 7}, lgot = {0, 0};
  len = sizeof lgot;
  assert_int_equal(setsockopt(fd, SOL_SOCKET, SO_LINGER, &lg, sizeof lg), 0);
  assert_int_equal(getsockopt(fd, SOL_SOCKET, SO_LINGER, &lgot, &len), 0);
  assert_int_equal(len, sizeof lgot);
  assert_int_equal(lgot.l_onoff, 1);
  assert_int_equal(lgot.l_linger, 7);

  /* SO_RCVTIMEO reads a 64-bit timeval on both arches (_NEW on i386). */
  struct timeval tv = {2, 500000}, tgot = {0, 0}, gtgot = {0, 0};
  len = sizeof tgot;
  glen = sizeof gtgot;
  assert_int_equal(setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv), 0);
  assert_int_equal(getsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tgot, &len), 0);
  assert_int_equal(len, sizeof tgot);
  assert_int_equal(tgot.tv_sec, 2);
  assert_int_equal(tgot.tv_usec, 500000);
  assert_int_equal(oracle_getsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &gtgot, &glen, &ge), 0);
  assert_memory_equal(&gtgot, &tgot, sizeof tgot);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);

  int fds[2];
  assert_int_equal(oracle_pipe(fds), 0);
  struct {
    int fd, level, name;
    socklen_t len;
    int want;
  } sets[] = {
      {fd, SOL_SOCKET, 9999, sizeof one, ENOPROTOOPT},
      {fd, SOL_SOCKET, SO_REUSEADDR, 0, EINVAL}, /* no room for the int */
      {fds[0], SOL_SOCKET, SO_REUSEADDR, sizeof one, ENOTSOCK},
      {-1, SOL_SOCKET, SO_REUSEADDR, sizeof one, EBADF},
  };
  for (unsigned i = 0; i < sizeof sets / sizeof sets[0]; i++) {
    BOTH_FAIL(sets[i].want, setsockopt(sets[i].fd, sets[i].level, sets[i].name, &one, sets[i].len),
              oracle_setsockopt(sets[i].fd, sets[i].level, sets[i].name, &one, sets[i].len,
                                &glibc_errno));
  }
  len = glen = sizeof v;
  BOTH_FAIL(ENOPROTOOPT, getsockopt(fd, SOL_SOCKET, 9999, &v, &len),
            oracle_getsockopt(fd, SOL_SOCKET, 9999, &gv, &glen, &glibc_errno));
  BOTH_FAIL(ENOTSOCK, getsockopt(fds[0], SOL_SOCKET, SO_TYPE, &v, &len),
            oracle_getsockopt(fds[0], SOL_SOCKET, SO_TYPE, &gv, &glen, &glibc_errno));
  BOTH_FAIL(EFAULT, getsockopt(fd, SOL_SOCKET, SO_TYPE, &v, NULL),
            oracle_getsockopt(fd, SOL_SOCKET, SO_TYPE, &gv, NULL, &glibc_errno));
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(sys_setsockopt(fd, SOL_SOCKET, 9999, &one, sizeof one), -ENOPROTOOPT);
  assert_int_equal(sys_getsockopt(fds[0], SOL_SOCKET, SO_TYPE, &v, &len), -ENOTSOCK);
  assert_int_equal(sys_getsockopt(fd, SOL_SOCKET, SO_TYPE, &v, &len), 0);
  assert_int_equal(v, SOCK_STREAM);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  assert_int_equal(close(fd), 0);
  assert_int_equal(oracle_close(fds[0]), 0);
  assert_int_equal(oracle_close(fds[1]), 0);
}

static void test_peercred(void **state) {
  (void)state;
  int sv[2];
  assert_int_equal(socketpair(AF_UNIX, SOCK_STREAM, 0, sv), 0);
  struct ucred cred = {0, 1, 1};
  socklen_t len = sizeof cred;
  assert_int_equal(getsockopt(sv[0], SOL_SOCKET, SO_PEERCRED, &cred, &len), 0);
  assert_int_equal(len, sizeof cred);
  assert_int_equal(cred.pid, oracle_getpid()); /* the peer is this process */
  assert_int_equal(close(sv[0]), 0);
  assert_int_equal(close(sv[1]), 0);
}

static void test_names(void **state) {
  (void)state;
  struct sockaddr_in srv;
  int lfd = tcp_listener(&srv);
  int fresh = new_socket(AF_INET, SOCK_STREAM);
  int fds[2];
  assert_int_equal(oracle_pipe(fds), 0);
  /* A short buffer: truncated, and len says how much there was. */
  char part[4];
  socklen_t len = sizeof part;
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(getsockname(lfd, (struct sockaddr *)part, &len), 0);
  assert_int_equal(len, sizeof srv);
  assert_memory_equal(part, &srv, sizeof part);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);

  struct sockaddr_in a, ga;
  socklen_t glen;
  struct {
    int fd, want;
  } cases[] = {{-1, EBADF}, {fds[0], ENOTSOCK}, {fresh, ENOTCONN}};
  for (unsigned i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    len = glen = sizeof a;
    BOTH_FAIL(cases[i].want, getpeername(cases[i].fd, (struct sockaddr *)&a, &len),
              oracle_getpeername(cases[i].fd, &ga, &glen, &glibc_errno));
    if (cases[i].want == ENOTCONN)
      continue; /* an unconnected socket still has a name */
    BOTH_FAIL(cases[i].want, getsockname(cases[i].fd, (struct sockaddr *)&a, &len),
              oracle_getsockname(cases[i].fd, &ga, &glen, &glibc_errno));
  }
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(sys_getpeername(fresh, (struct sockaddr *)&a, &len), -ENOTCONN);
  assert_int_equal(sys_getsockname(fds[0], (struct sockaddr *)&a, &len), -ENOTSOCK);
  len = sizeof a;
  assert_int_equal(sys_getsockname(lfd, (struct sockaddr *)&a, &len), 0);
  assert_memory_equal(&a, &srv, sizeof a);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  assert_int_equal(close(lfd), 0);
  assert_int_equal(close(fresh), 0);
  assert_int_equal(oracle_close(fds[0]), 0);
  assert_int_equal(oracle_close(fds[1]), 0);
}

/* --- i386: socketcall ------------------------------------------------------- */

#ifdef SYS_socketcall

static void test_socketcall_direct(void **state) {
  (void)state;
  int sv[2] = {-1, -1};
  unsigned long pair[4] = {AF_UNIX, SOCK_STREAM, 0, (unsigned long)sv};
  assert_int_equal(sysgate_socketcall(SYSGATE_SOCKETCALL_socketpair, pair), 0);
  assert_true(sv[0] >= 0 && sv[1] >= 0);
  unsigned long out[6] = {(unsigned long)sv[0], (unsigned long)"via", 3, 0, 0, 0};
  assert_int_equal(sysgate_socketcall(SYSGATE_SOCKETCALL_sendto, out), 3);
  char buf[4];
  assert_int_equal(recv(sv[1], buf, sizeof buf, 0), 3);
  assert_memory_equal(buf, "via", 3);
  unsigned long bad[3] = {9999, SOCK_STREAM, 0};
  assert_int_equal(sysgate_socketcall(SYSGATE_SOCKETCALL_socket, bad), -EAFNOSUPPORT);
  assert_int_equal(sysgate_socketcall(99, bad), -EINVAL); /* no such call */
  assert_int_equal(close(sv[0]), 0);
  assert_int_equal(close(sv[1]), 0);
}

/* In the child: every direct socket call (socket .. shutdown, 359-373, and sendmmsg, 345) gets
 * ENOSYS from a seccomp filter, so each wrapper below works only through its
 * socketcall fallback. The exit status names the first step that failed. */
static void socket_calls_without_direct_numbers(void *arg) {
  (void)arg;
  struct sock_filter prog[] = {
      BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr)),
      BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, SYS_sendmmsg, 2, 0), /* 345, before the block */
      BPF_JUMP(BPF_JMP | BPF_JGE | BPF_K, SYS_socket, 0, 2),
      BPF_JUMP(BPF_JMP | BPF_JGT | BPF_K, SYS_shutdown, 1, 0),
      BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | ENOSYS),
      BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
  };
  struct sock_fprog fprog = {sizeof prog / sizeof prog[0], prog};
  if (oracle_no_new_privs() != 0 || seccomp(SECCOMP_SET_MODE_FILTER, 0, &fprog) != 0)
    _exit(77);
  CHILD_STEPS;
  CHILD_STEP(syscall3(SYS_socket, AF_UNIX, SOCK_STREAM, 0) == -ENOSYS); /* the filter works */
  int lfd = socket(AF_UNIX, SOCK_STREAM, 0);
  CHILD_STEP(lfd >= 0);
  struct sockaddr_un name = {AF_UNIX, {0}};
  CHILD_STEP(bind(lfd, (struct sockaddr *)&name, sizeof(sa_family_t)) == 0); /* autobind */
  socklen_t len = sizeof name;
  CHILD_STEP(getsockname(lfd, (struct sockaddr *)&name, &len) == 0 && len > sizeof(sa_family_t));
  CHILD_STEP(listen(lfd, 1) == 0);
  int cfd = socket(AF_UNIX, SOCK_STREAM, 0);
  CHILD_STEP(connect(cfd, (struct sockaddr *)&name, len) == 0);
  int afd = accept(lfd, NULL, NULL);
  CHILD_STEP(afd >= 0);
  int afd2 = -1, c2 = socket(AF_UNIX, SOCK_STREAM, 0);
  CHILD_STEP(connect(c2, (struct sockaddr *)&name, len) == 0 &&
             (afd2 = accept4(lfd, NULL, NULL, 0)) >= 0);
  struct sockaddr_un peer;
  socklen_t plen = sizeof peer;
  CHILD_STEP(getpeername(cfd, (struct sockaddr *)&peer, &plen) == 0 && plen == len);
  CHILD_STEP(send(cfd, "a", 1, 0) == 1 && sendto(cfd, "b", 1, 0, NULL, 0) == 1);
  char buf[4];
  CHILD_STEP(recv(afd, buf, 1, 0) == 1 && recvfrom(afd, buf + 1, 1, 0, NULL, NULL) == 1);
  struct iovec iov = {buf, 2};
  struct msghdr msg = {NULL, 0, &iov, 1, NULL, 0, 0};
  CHILD_STEP(sendmsg(afd, &msg, 0) == 2 && recvmsg(cfd, &msg, 0) == 2 && memcmp(buf, "ab", 2) == 0);
  int one = 1, v = 0;
  socklen_t vlen = sizeof v;
  CHILD_STEP(setsockopt(cfd, SOL_SOCKET, SO_PASSCRED, &one, sizeof one) == 0);
  CHILD_STEP(getsockopt(cfd, SOL_SOCKET, SO_PASSCRED, &v, &vlen) == 0 && v == 1);
  CHILD_STEP(shutdown(cfd, SHUT_WR) == 0 && recv(afd, buf, 1, 0) == 0);
  int sv[2];
  CHILD_STEP(socketpair(AF_UNIX, SOCK_DGRAM, 0, sv) == 0);
  struct mmsghdr mm = {{NULL, 0, &iov, 1, NULL, 0, 0}, 0};
  CHILD_STEP(syscall4(SYS_sendmmsg, sv[0], (long)&mm, 1, 0) == -ENOSYS);
  CHILD_STEP(sendmmsg(sv[0], &mm, 1, 0) == 1 && mm.msg_len == 2 && recv(sv[1], buf, 4, 0) == 2);
  CHILD_STEP(sys_socket(9999, SOCK_STREAM, 0) == -EAFNOSUPPORT); /* errors come through too */
  _exit(0);
}

static void test_socketcall_fallback(void **state) {
  (void)state;
  int status = oracle_child_status(socket_calls_without_direct_numbers, NULL);
  if (status == 77)
    SKIP_BECAUSE("could not install a seccomp filter in the child");
  assert_int_equal(status, 0);
}

#else

static void test_socketcall_direct(void **state) {
  (void)state;
  SKIP_BECAUSE("this arch has no socketcall (x86_64): nothing to fall back to");
}

static void test_socketcall_fallback(void **state) {
  (void)state;
  SKIP_BECAUSE("this arch has no socketcall (x86_64): nothing to fall back to");
}

#endif

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_socket_abi),
      cmocka_unit_test(test_byte_order),
      cmocka_unit_test(test_socket),
      cmocka_unit_test(test_socketpair),
      cmocka_unit_test(test_sockopts),
      cmocka_unit_test(test_peercred),
      cmocka_unit_test(test_names),
      cmocka_unit_test(test_socketcall_direct),
      cmocka_unit_test(test_socketcall_fallback),
  };
  return cmocka_run_group_tests(tests, NULL, suite_teardown);
}
