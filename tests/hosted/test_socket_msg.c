/* sendmsg(2) and recvmsg(2) (sysgate/socket.h) with control messages: a descriptor
 * passed with SCM_RIGHTS over AF_UNIX, the CMSG_* macros walking a buffer as glibc's
 * do, and the errors against glibc's.
 *
 * Not obvious: a descriptor received with SCM_RIGHTS is a new number for the same
 * open file, so it is checked by what it reads, not by its number.
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

/* --- sendmsg, recvmsg, SCM_RIGHTS ------------------------------------------ */

static void test_scm_rights(void **state) {
  (void)state;
  static const char text[] = "passed by descriptor";
  int file = open(oracle_make_file("scm", text, sizeof text - 1), O_RDONLY);
  assert_true(file >= 0);
  int sv[2];
  assert_int_equal(socketpair(AF_UNIX, SOCK_STREAM, 0, sv), 0);

  union { /* a control buffer aligned for struct cmsghdr */
    struct cmsghdr h;
    char buf[CMSG_SPACE(sizeof(int))];
  } out, in;
  memset(&out, 0, sizeof out);
  struct iovec iov = {(void *)"fd", 2};
  struct msghdr msg = {NULL, 0, &iov, 1, out.buf, sizeof out.buf, 0};
  struct cmsghdr *c = CMSG_FIRSTHDR(&msg);
  assert_ptr_equal(c, &out.h);
  c->cmsg_level = SOL_SOCKET;
  c->cmsg_type = SCM_RIGHTS;
  c->cmsg_len = CMSG_LEN(sizeof(int));
  memcpy(CMSG_DATA(c), &file, sizeof file);
  assert_null(CMSG_NXTHDR(&msg, c)); /* the only one */
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(sendmsg(sv[0], &msg, 0), 2);

  char data[4];
  struct iovec riov = {data, sizeof data};
  struct msghdr rmsg = {NULL, 0, &riov, 1, in.buf, sizeof in.buf, 0};
  assert_int_equal(recvmsg(sv[1], &rmsg, MSG_CMSG_CLOEXEC), 2);
  assert_memory_equal(data, "fd", 2);
  assert_int_equal(rmsg.msg_flags & MSG_CTRUNC, 0);
  c = CMSG_FIRSTHDR(&rmsg);
  assert_non_null(c);
  assert_int_equal(c->cmsg_level, SOL_SOCKET);
  assert_int_equal(c->cmsg_type, SCM_RIGHTS);
  assert_int_equal(c->cmsg_len, CMSG_LEN(sizeof(int)));
  int got;
  memcpy(&got, CMSG_DATA(c), sizeof got);
  assert_true(got >= 0 && got != file);
  assert_int_equal(oracle_fd_cloexec(got), 1);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  /* The received descriptor is the same open file: its bytes come back. */
  assert_int_equal(close(file), 0);
  char back[sizeof text];
  assert_int_equal(read(got, back, sizeof back), sizeof text - 1);
  assert_memory_equal(back, text, sizeof text - 1);
  assert_int_equal(close(got), 0);

  /* And through glibc: glibc's recvmsg takes what our sendmsg sent. */
  memcpy(CMSG_DATA(&out.h), &sv[0], sizeof sv[0]);
  assert_int_equal(sendmsg(sv[0], &msg, 0), 2);
  int ge;
  rmsg.msg_controllen = sizeof in.buf;
  assert_int_equal(oracle_recvmsg(sv[1], &rmsg, 0, &ge), 2);
  assert_int_equal(CMSG_FIRSTHDR(&rmsg)->cmsg_type, SCM_RIGHTS);
  memcpy(&got, CMSG_DATA(CMSG_FIRSTHDR(&rmsg)), sizeof got);
  assert_true(oracle_fd_is_open(got));
  assert_int_equal(close(got), 0);
  assert_int_equal(close(sv[0]), 0);
  assert_int_equal(close(sv[1]), 0);
}

static void test_msg_errors(void **state) {
  (void)state;
  int sv[2], fds[2];
  assert_int_equal(socketpair(AF_UNIX, SOCK_DGRAM, 0, sv), 0);
  assert_int_equal(oracle_pipe(fds), 0);
  union {
    struct cmsghdr h;
    char buf[CMSG_SPACE(sizeof(int))];
  } ctl;
  memset(&ctl, 0, sizeof ctl);
  char data[4] = "abc";
  struct iovec iov = {data, 3};
  struct msghdr msg = {NULL, 0, &iov, 1, NULL, 0, 0};
  BOTH_FAIL(EBADF, sendmsg(-1, &msg, 0), oracle_sendmsg(-1, &msg, 0, &glibc_errno));
  BOTH_FAIL(ENOTSOCK, recvmsg(fds[0], &msg, 0), oracle_recvmsg(fds[0], &msg, 0, &glibc_errno));
  BOTH_FAIL(EFAULT, sendmsg(sv[0], NULL, 0), oracle_sendmsg(sv[0], NULL, 0, &glibc_errno));
  /* SCM_RIGHTS naming a descriptor that is not open. */
  msg.msg_control = ctl.buf;
  msg.msg_controllen = sizeof ctl.buf;
  ctl.h.cmsg_level = SOL_SOCKET;
  ctl.h.cmsg_type = SCM_RIGHTS;
  ctl.h.cmsg_len = CMSG_LEN(sizeof(int));
  int none = -1;
  memcpy(CMSG_DATA(&ctl.h), &none, sizeof none);
  BOTH_FAIL(EBADF, sendmsg(sv[0], &msg, 0), oracle_sendmsg(sv[0], &msg, 0, &glibc_errno));
  msg.msg_control = NULL;
  msg.msg_controllen = 0;
  BOTH_FAIL(EAGAIN, recvmsg(sv[1], &msg, MSG_DONTWAIT),
            oracle_recvmsg(sv[1], &msg, MSG_DONTWAIT, &glibc_errno));
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(sys_sendmsg(-1, &msg, 0), -EBADF);
  assert_int_equal(sys_recvmsg(sv[1], &msg, MSG_DONTWAIT), -EAGAIN);
  assert_int_equal(sys_sendmsg(sv[0], &msg, 0), 3);
  assert_int_equal(sys_recvmsg(sv[1], &msg, 0), 3);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  assert_int_equal(close(sv[0]), 0);
  assert_int_equal(close(sv[1]), 0);
  assert_int_equal(oracle_close(fds[0]), 0);
  assert_int_equal(oracle_close(fds[1]), 0);
}

/* CMSG_FIRSTHDR/CMSG_NXTHDR walk the same headers as glibc's, including where
 * a header is malformed or runs past the buffer. */
static void check_walk(struct msghdr *msg) {
  unsigned long want[8];
  int n = oracle_cmsg_offsets(msg, want, 8), i = 0;
  for (struct cmsghdr *c = CMSG_FIRSTHDR(msg); c; c = CMSG_NXTHDR(msg, c), i++) {
    assert_true(i < n);
    assert_int_equal((unsigned long)((char *)c - (char *)msg->msg_control), want[i]);
  }
  assert_int_equal(i, n);
}

static void test_cmsg_walk(void **state) {
  (void)state;
  union {
    struct cmsghdr h;
    char buf[4 * CMSG_SPACE(8)];
  } ctl;
  struct msghdr msg = {NULL, 0, NULL, 0, ctl.buf, 0, 0};
  static const size_t lens[] = {CMSG_LEN(3), CMSG_LEN(8), CMSG_LEN(0), CMSG_LEN(5)};
  struct cmsghdr *c = &ctl.h;
  memset(&ctl, 0, sizeof ctl);
  for (unsigned i = 0; i < 4; i++) { /* four headers, back to back */
    c->cmsg_len = lens[i];
    c = (struct cmsghdr *)((char *)c + CMSG_ALIGN(lens[i]));
  }
  size_t total = (size_t)((char *)c - ctl.buf);
  for (size_t len = 0; len <= total; len++) { /* every buffer length, cut anywhere */
    msg.msg_controllen = len;
    check_walk(&msg);
  }
  msg.msg_controllen = total;
  ((struct cmsghdr *)(ctl.buf + CMSG_SPACE(3)))->cmsg_len = 4; /* shorter than a header */
  check_walk(&msg);
  ((struct cmsghdr *)(ctl.buf + CMSG_SPACE(3)))->cmsg_len = 4096; /* past the end */
  check_walk(&msg);
  ((struct cmsghdr *)(ctl.buf + CMSG_SPACE(3)))->cmsg_len = (size_t)-1; /* would wrap */
  check_walk(&msg);
  msg.msg_controllen = sizeof(struct cmsghdr) - 1; /* no room for even one */
  assert_null(CMSG_FIRSTHDR(&msg));
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_scm_rights),
      cmocka_unit_test(test_msg_errors),
      cmocka_unit_test(test_cmsg_walk),
  };
  return cmocka_run_group_tests(tests, NULL, suite_teardown);
}
