/* sendfile(2) (sysgate/sendfile.h): data moved from a file to a pipe in the kernel,
 * read back through glibc, with the offset pointer and the file offset accounted for,
 * past 4 GiB too; failures against glibc's on the same input.
 *
 * Not obvious: the offset pointer must point at a 64-bit off_t on both arches, so
 * i386 calls sendfile64 (plain sendfile would read a 32-bit off_t), which
 * test_sendfile_registers checks.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "oracle.h"
#include "oracle_fd.h"
#include <sysgate.h>

#include "suite.h"
#include "suite_fd.h"

/* --- sendfile ------------------------------------------------------------------ */

static void test_sendfile(void **state) {
  (void)state;
  int in = two_ended_file("sendfile-in");
  int p[2];
  assert_int_equal(oracle_pipe(p), 0);
  errno = SUITE_ERRNO_CANARY;
  /* No offset pointer: the input's file offset is used and moves. */
  assert_int_equal(sendfile(p[1], in, NULL, 4), 4);
  expect_pipe_holds(p[0], "0123", 4);
  assert_int_equal(suite_offset(in), 4);
  /* With one: it moves instead, past 4 GiB, and the file offset stays. */
  off_t off = FAR;
  assert_int_equal(sendfile(p[1], in, &off, 100), 4); /* to the end of the file */
  assert_int_equal(off, FAR + 4);
  expect_pipe_holds(p[0], "far!", 4);
  assert_int_equal(suite_offset(in), 4);
  /* Into a regular file, too. */
  const char *path;
  int out = suite_empty_file("sendfile-out", &path);
  off = 10;
  assert_int_equal(sendfile(out, in, &off, 5), 5);
  char back[8];
  assert_int_equal(oracle_read_file(path, back, sizeof back), 5);
  assert_memory_equal(back, "abcde", 5);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);

  int ro = open(path, O_RDONLY);
  assert_true(ro >= 0);
  off_t neg = -1;
  EXPECT_BOTH_FAIL(EBADF, sendfile, p[1], -1, NULL, 1);
  EXPECT_BOTH_FAIL(EBADF, sendfile, ro, in, NULL, 1); /* output not open for writing */
  EXPECT_BOTH_FAIL(EINVAL, sendfile, p[1], in, &neg, 1);
  EXPECT_BOTH_FAIL(EFAULT, sendfile, p[1], in, (off_t *)1, 1);
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(sys_sendfile(p[1], -1, NULL, 1), -EBADF);
  assert_int_equal(sys_sendfile(p[1], in, &neg, 1), -EINVAL);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  assert_int_equal(close(ro), 0);
  assert_int_equal(close(out), 0);
  assert_int_equal(close(in), 0);
  assert_int_equal(close(p[0]), 0);
  assert_int_equal(close(p[1]), 0);
}

struct xfer_call {
  int in, out;
  off_t *off;
  size_t len;
};

static void call_sendfile(void *arg) {
  const struct xfer_call *c = arg;
  sendfile(c->out, c->in, c->off, c->len);
}

#ifdef __i386__
#define SYS_SENDFILE_HERE SYS_sendfile64
#else
#define SYS_SENDFILE_HERE SYS_sendfile
#endif

static void test_sendfile_registers(void **state) {
  (void)state;
  int in = two_ended_file("sendfile-traced");
  int p[2];
  assert_int_equal(oracle_pipe(p), 0);
  off_t off = FAR;
  struct xfer_call c = {in, p[1], &off, 4};
  struct oracle_syscall seen = suite_trace(call_sendfile, &c, SYS_SENDFILE_HERE);
  assert_int_equal(seen.args[0], p[1]);
  assert_int_equal(seen.args[1], in);
  assert_int_equal(seen.args[2], SUITE_REG(&off));
  assert_int_equal(seen.args[3], 4);
  assert_int_equal(seen.ret, 4); /* the kernel read the whole 64-bit offset */
  expect_pipe_holds(p[0], "far!", 4);
  assert_int_equal(close(in), 0);
  assert_int_equal(close(p[0]), 0);
  assert_int_equal(close(p[1]), 0);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_sendfile),
      cmocka_unit_test(test_sendfile_registers),
  };
  return cmocka_run_group_tests(tests, NULL, suite_teardown);
}
