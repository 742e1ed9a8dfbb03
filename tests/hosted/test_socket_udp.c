/* UDP over 127.0.0.1 and ::1 with sysgate/socket.h: sendto, recvfrom, and sendmmsg,
 * recvmmsg with several messages, against glibc on the same sockets.
 *
 * Not obvious: recvmmsg is given more slots than messages were sent, so the count it
 * returns (not the slots) says how many arrived.
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

/* --- UDP over 127.0.0.1 and ::1 --------------------------------------------- */

static void test_udp_round_trip(void **state) {
  (void)state;
  struct sockaddr_in raddr, saddr, from;
  int rfd = bound4(SOCK_DGRAM, &raddr);
  int sfd = bound4(SOCK_DGRAM, &saddr);
  char buf[16];
  socklen_t len = sizeof from;
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(sendto(sfd, "datagram", 8, 0, (struct sockaddr *)&raddr, sizeof raddr), 8);
  assert_int_equal(recvfrom(rfd, buf, sizeof buf, MSG_PEEK, NULL, NULL), 8); /* still queued */
  assert_int_equal(recvfrom(rfd, buf, sizeof buf, 0, (struct sockaddr *)&from, &len), 8);
  assert_memory_equal(buf, "datagram", 8);
  assert_int_equal(len, sizeof from);
  assert_memory_equal(&from, &saddr, sizeof from); /* it came from the sender */
  /* A short buffer: the rest of the datagram is dropped; MSG_TRUNC tells its size. */
  assert_int_equal(sendto(sfd, "datagram", 8, 0, (struct sockaddr *)&raddr, sizeof raddr), 8);
  assert_int_equal(recvfrom(rfd, buf, 4, MSG_TRUNC, NULL, NULL), 8);
  assert_memory_equal(buf, "data", 4);
  /* glibc receives what we send, and we what glibc sends. */
  int ge;
  assert_int_equal(sendto(sfd, "one", 3, 0, (struct sockaddr *)&raddr, sizeof raddr), 3);
  assert_int_equal(oracle_recvfrom(rfd, buf, sizeof buf, 0, NULL, NULL, &ge), 3);
  assert_int_equal(oracle_sendto(sfd, "two", 3, 0, &raddr, sizeof raddr, &ge), 3);
  assert_int_equal(recvfrom(rfd, buf, sizeof buf, 0, NULL, NULL), 3);
  assert_memory_equal(buf, "two", 3);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);

  BOTH_FAIL(EINVAL, sendto(sfd, "x", 1, 0, (struct sockaddr *)&raddr, 3),
            oracle_sendto(sfd, "x", 1, 0, &raddr, 3, &glibc_errno));
  BOTH_FAIL(EAGAIN, recvfrom(rfd, buf, sizeof buf, MSG_DONTWAIT, NULL, NULL),
            oracle_recvfrom(rfd, buf, sizeof buf, MSG_DONTWAIT, NULL, NULL, &glibc_errno));
  BOTH_FAIL(EBADF, sendto(-1, "x", 1, 0, (struct sockaddr *)&raddr, sizeof raddr),
            oracle_sendto(-1, "x", 1, 0, &raddr, sizeof raddr, &glibc_errno));
  /* a datagram socket does not listen */
  BOTH_FAIL(EOPNOTSUPP, listen(rfd, 1), oracle_listen(rfd, 1, &glibc_errno));
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(sys_sendto(sfd, "x", 1, 0, (const struct sockaddr *)&raddr, 3), -EINVAL);
  assert_int_equal(sys_recvfrom(rfd, buf, 1, MSG_DONTWAIT, NULL, NULL), -EAGAIN);
  assert_int_equal(sys_sendto(sfd, "y", 1, 0, (const struct sockaddr *)&raddr, sizeof raddr), 1);
  assert_int_equal(sys_recvfrom(rfd, buf, 1, 0, NULL, NULL), 1);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  assert_int_equal(close(rfd), 0);
  assert_int_equal(close(sfd), 0);
}

/* --- sendmmsg, recvmmsg ---------------------------------------------------- */

/* n one-iovec messages over bufs[i] of size len each. */
static void fill_mmsg(struct mmsghdr *m, struct iovec *iov, char (*bufs)[8], int n, size_t len) {
  memset(m, 0, sizeof *m * (size_t)n);
  for (int i = 0; i < n; i++) {
    iov[i].iov_base = bufs[i];
    iov[i].iov_len = len;
    m[i].msg_hdr.msg_iov = &iov[i];
    m[i].msg_hdr.msg_iovlen = 1;
  }
}

static void test_mmsg(void **state) {
  (void)state;
  int sv[2];
  assert_int_equal(socketpair(AF_UNIX, SOCK_DGRAM, 0, sv), 0);
  char out[3][8] = {"one", "two!", "three"}, in[4][8];
  struct iovec oiov[3], iiov[4];
  struct mmsghdr om[3], im[4];
  fill_mmsg(om, oiov, out, 3, 0);
  for (int i = 0; i < 3; i++)
    oiov[i].iov_len = strlen(out[i]);
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(sendmmsg(sv[0], om, 3, 0), 3);
  assert_int_equal(om[0].msg_len, 3);
  assert_int_equal(om[2].msg_len, 5);
  /* glibc takes the first two datagrams, sysgate the third. */
  int err;
  fill_mmsg(im, iiov, in, 4, sizeof in[0]);
  assert_int_equal(oracle_recvmmsg(sv[1], im, 2, MSG_DONTWAIT, NULL, &err), 2);
  assert_int_equal(im[1].msg_len, 4);
  assert_memory_equal(in[1], "two!", 4);
  fill_mmsg(im, iiov, in, 4, sizeof in[0]);
  assert_int_equal(recvmmsg(sv[1], im, 4, MSG_DONTWAIT, NULL), 1);
  assert_int_equal(im[0].msg_len, 5);
  assert_memory_equal(in[0], "three", 5);
  /* And the other way: glibc sends, sysgate waits for the first with a timeout. */
  assert_int_equal(oracle_sendmmsg(sv[0], om, 2, 0, &err), 2);
  struct timespec wait = {5, 0};
  fill_mmsg(im, iiov, in, 4, sizeof in[0]);
  assert_int_equal(recvmmsg(sv[1], im, 4, MSG_WAITFORONE, &wait), 2);
  assert_memory_equal(in[0], "one", 3);
  assert_true(wait.tv_sec <= 5 && wait.tv_sec >= 0); /* the kernel wrote the time left */
  assert_int_equal(errno, SUITE_ERRNO_CANARY);

  struct timespec bad = {0, 2000000000};
  BOTH_FAIL(EAGAIN, recvmmsg(sv[1], im, 4, MSG_DONTWAIT, NULL),
            oracle_recvmmsg(sv[1], im, 4, MSG_DONTWAIT, NULL, &glibc_errno));
  BOTH_FAIL(EINVAL, recvmmsg(sv[1], im, 4, 0, &bad),
            oracle_recvmmsg(sv[1], im, 4, 0, &bad, &glibc_errno));
  BOTH_FAIL(EFAULT, recvmmsg(sv[1], im, 4, 0, (struct timespec *)1),
            oracle_recvmmsg(sv[1], im, 4, 0, (void *)1, &glibc_errno));
  BOTH_FAIL(EBADF, sendmmsg(-1, om, 1, 0), oracle_sendmmsg(-1, om, 1, 0, &glibc_errno));
  BOTH_FAIL(EFAULT, sendmmsg(sv[0], (struct mmsghdr *)1, 1, 0),
            oracle_sendmmsg(sv[0], (void *)1, 1, 0, &glibc_errno));
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(sys_sendmmsg(-1, om, 1, 0), -EBADF);
  assert_int_equal(sys_recvmmsg(sv[1], im, 4, MSG_DONTWAIT, NULL), -EAGAIN);
  assert_int_equal(sys_recvmmsg(sv[1], im, 4, 0, &bad), -EINVAL);
  assert_int_equal(sys_sendmmsg(sv[0], om, 1, 0), 1);
  assert_int_equal(sys_recvmmsg(sv[1], im, 4, MSG_DONTWAIT, NULL), 1);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  assert_int_equal(close(sv[0]), 0);
  assert_int_equal(close(sv[1]), 0);
}

static void test_udp6_round_trip(void **state) {
  (void)state;
  int rfd = socket(AF_INET6, SOCK_DGRAM, 0);
  if (rfd < 0)
    SKIP_BECAUSE("no IPv6 sockets here (socket(AF_INET6) failed)");
  struct sockaddr_in6 addr, from;
  memset(&addr, 0, sizeof addr);
  addr.sin6_family = AF_INET6;
  addr.sin6_addr = (struct in6_addr)IN6ADDR_LOOPBACK_INIT;
  if (bind(rfd, (struct sockaddr *)&addr, sizeof addr) != 0) {
    close(rfd);
    SKIP_BECAUSE("::1 is not configured (bind failed)");
  }
  socklen_t len = sizeof addr;
  assert_int_equal(getsockname(rfd, (struct sockaddr *)&addr, &len), 0);
  assert_int_equal(len, sizeof addr);
  assert_true(addr.sin6_port != 0);
  assert_int_equal(addr.sin6_addr.s6_addr[15], 1);
  int sfd = new_socket(AF_INET6, SOCK_DGRAM);
  char buf[8];
  assert_int_equal(sendto(sfd, "six", 3, 0, (struct sockaddr *)&addr, sizeof addr), 3);
  len = sizeof from;
  assert_int_equal(recvfrom(rfd, buf, sizeof buf, 0, (struct sockaddr *)&from, &len), 3);
  assert_memory_equal(buf, "six", 3);
  assert_int_equal(from.sin6_family, AF_INET6);
  assert_memory_equal(&from.sin6_addr, &addr.sin6_addr, sizeof addr.sin6_addr);
  assert_int_equal(close(sfd), 0);
  assert_int_equal(close(rfd), 0);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_udp_round_trip),
      cmocka_unit_test(test_udp6_round_trip),
      cmocka_unit_test(test_mmsg),
  };
  return cmocka_run_group_tests(tests, NULL, suite_teardown);
}
