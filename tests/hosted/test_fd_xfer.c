/* sendfile(2), copy_file_range(2), splice(2), tee(2): data moved between
 * descriptors in the kernel, checked by reading it back through glibc, with
 * both the offset pointers and the file offsets accounted for, past 4 GiB too;
 * failures against glibc's on the same input.
 *
 * Not obvious: each of these takes its offset as a pointer to a 64-bit loff_t,
 * so nothing is split on i386; what differs there is sendfile's number
 * (sendfile64: plain sendfile would read a 32-bit off_t), which
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

static const char text[] = "0123456789abcdefghij";
#define TEXT_LEN (sizeof text - 1)
#define FAR ((off_t)5 * GIB + 0x1234)

/* A sparse file with text at offset 0 and "far!" at FAR. */
static int two_ended_file(const char *name) {
  int fd = suite_empty_file(name, NULL);
  int err;
  assert_int_equal(write(fd, text, TEXT_LEN), TEXT_LEN);
  assert_int_equal(glibc_pwrite(fd, "far!", 4, FAR, &err), 4);
  assert_int_equal(lseek(fd, 0, SEEK_SET), 0);
  return fd;
}

static void expect_pipe_holds(int fd, const char *want, size_t len) {
  char buf[64];
  assert_true(len <= sizeof buf);
  assert_int_equal(oracle_read(fd, buf, len), len);
  assert_memory_equal(buf, want, len);
}

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

/* --- copy_file_range --------------------------------------------------------------- */

static void test_copy_file_range(void **state) {
  (void)state;
  int in = two_ended_file("cfr-in");
  const char *path;
  int out = suite_empty_file("cfr-out", &path);
  off_t off_in = 2, off_out = 0;
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(copy_file_range(in, &off_in, out, &off_out, 5, 0), 5);
  assert_int_equal(off_in, 7);
  assert_int_equal(off_out, 5);
  assert_int_equal(suite_offset(in), 0);
  assert_int_equal(suite_offset(out), 0);
  /* NULL pointers: the file offsets, which move. */
  assert_int_equal(lseek(out, 5, SEEK_SET), 5);
  assert_int_equal(copy_file_range(in, NULL, out, NULL, 3, 0), 3);
  assert_int_equal(suite_offset(in), 3);
  assert_int_equal(suite_offset(out), 8);
  char back[16];
  assert_int_equal(oracle_read_file(path, back, sizeof back), 8);
  assert_memory_equal(back, "23456012", 8);
  /* From past 4 GiB to past 4 GiB. */
  off_in = FAR;
  off_out = FAR + 1;
  assert_int_equal(copy_file_range(in, &off_in, out, &off_out, 4, 0), 4);
  assert_int_equal(off_in, FAR + 4);
  assert_int_equal(off_out, FAR + 5);
  int err;
  assert_int_equal(glibc_pread(out, back, 4, FAR + 1, &err), 4);
  assert_memory_equal(back, "far!", 4);
  assert_int_equal(suite_size(out), FAR + 5);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);

  int dir = open(oracle_tmpdir(), O_RDONLY | O_DIRECTORY);
  assert_true(dir >= 0);
  off_in = 0;
  off_out = 1; /* the same file, overlapping ranges */
  EXPECT_BOTH_FAIL(EINVAL, copy_file_range, in, &off_in, out, &off_out, 1, 1); /* flags */
  EXPECT_BOTH_FAIL(EINVAL, copy_file_range, in, &off_in, in, &off_out, 4, 0);
  EXPECT_BOTH_FAIL(EBADF, copy_file_range, -1, NULL, out, NULL, 1, 0);
  EXPECT_BOTH_FAIL(EISDIR, copy_file_range, in, NULL, dir, NULL, 1, 0);
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(sys_copy_file_range(in, &off_in, out, &off_out, 1, 1), -EINVAL);
  assert_int_equal(sys_copy_file_range(-1, NULL, out, NULL, 1, 0), -EBADF);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  assert_int_equal(close(dir), 0);
  assert_int_equal(close(out), 0);
  assert_int_equal(close(in), 0);
}

/* A flag bit splice and tee refuse: EINVAL at once, which proves the flags
 * arrive before the SPLICE_F_NONBLOCK tests, which would block without them. */
#define SPLICE_F_UNKNOWN 0x100

/* --- splice, tee ---------------------------------------------------------------- */

static void test_splice(void **state) {
  (void)state;
  int fd = two_ended_file("splice");
  int p[2];
  assert_int_equal(oracle_pipe(p), 0);
  errno = SUITE_ERRNO_CANARY;
  /* File to pipe, from past 4 GiB. */
  off_t off = FAR;
  assert_int_equal(splice(fd, &off, p[1], NULL, 4, 0), 4);
  assert_int_equal(off, FAR + 4);
  expect_pipe_holds(p[0], "far!", 4);
  /* Pipe to file, to past 4 GiB. */
  assert_int_equal(oracle_write(p[1], "spliced", 7), 7);
  off = FAR + 10;
  assert_int_equal(splice(p[0], NULL, fd, &off, 7, SPLICE_F_MOVE), 7);
  assert_int_equal(off, FAR + 17);
  char back[8];
  int err;
  assert_int_equal(glibc_pread(fd, back, 7, FAR + 10, &err), 7);
  assert_memory_equal(back, "spliced", 7);
  assert_int_equal(suite_offset(fd), 0);
  /* No offset pointer: the file offset, which moves. */
  assert_int_equal(splice(fd, NULL, p[1], NULL, 3, 0), 3);
  assert_int_equal(suite_offset(fd), 3);
  expect_pipe_holds(p[0], "012", 3);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);

  int other = suite_empty_file("splice-other", NULL);
  off = 0;
  EXPECT_BOTH_FAIL(EINVAL, splice, fd, NULL, p[1], NULL, 1, SPLICE_F_UNKNOWN);
  EXPECT_BOTH_FAIL(EINVAL, splice, fd, NULL, other, NULL, 1, 0); /* no pipe at either end */
  EXPECT_BOTH_FAIL(ESPIPE, splice, p[0], &off, fd, NULL, 1, 0);  /* an offset for a pipe */
  EXPECT_BOTH_FAIL(EBADF, splice, -1, NULL, p[1], NULL, 1, 0);
  EXPECT_BOTH_FAIL(EAGAIN, splice, p[0], NULL, other, NULL, 1, SPLICE_F_NONBLOCK); /* empty */
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(sys_splice(fd, NULL, other, NULL, 1, 0), -EINVAL);
  assert_int_equal(sys_splice(p[0], &off, fd, NULL, 1, 0), -ESPIPE);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  assert_int_equal(close(other), 0);
  assert_int_equal(close(fd), 0);
  assert_int_equal(close(p[0]), 0);
  assert_int_equal(close(p[1]), 0);
}

static void test_tee(void **state) {
  (void)state;
  int a[2], b[2];
  assert_int_equal(oracle_pipe(a), 0);
  assert_int_equal(oracle_pipe(b), 0);
  assert_int_equal(oracle_write(a[1], "hello", 5), 5);
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(tee(a[0], b[1], 3, 0), 3);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  EXPECT_BOTH_FAIL(EINVAL, tee, a[0], b[1], 1, SPLICE_F_UNKNOWN);
  /* Copied, not consumed: both pipes hold the bytes. */
  expect_pipe_holds(b[0], "hel", 3);
  expect_pipe_holds(a[0], "hello", 5);

  int fd = suite_empty_file("tee", NULL);
  EXPECT_BOTH_FAIL(EINVAL, tee, fd, b[1], 1, 0);
  EXPECT_BOTH_FAIL(EINVAL, tee, a[0], a[1], 1, 0); /* one pipe to itself */
  EXPECT_BOTH_FAIL(EBADF, tee, -1, b[1], 1, 0);
  EXPECT_BOTH_FAIL(EAGAIN, tee, a[0], b[1], 1, SPLICE_F_NONBLOCK); /* a is empty now */
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(sys_tee(fd, b[1], 1, 0), -EINVAL);
  assert_int_equal(sys_tee(-1, b[1], 1, 0), -EBADF);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  assert_int_equal(close(fd), 0);
  for (int i = 0; i < 2; i++) {
    assert_int_equal(close(a[i]), 0);
    assert_int_equal(close(b[i]), 0);
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_sendfile),
      cmocka_unit_test(test_sendfile_registers),
      cmocka_unit_test(test_copy_file_range),
      cmocka_unit_test(test_splice),
      cmocka_unit_test(test_tee),
  };
  return cmocka_run_group_tests(tests, NULL, suite_teardown);
}
