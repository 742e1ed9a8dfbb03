/* The offset calls of sysgate/fd.h: lseek(2), pread(2), pwrite(2), ftruncate(2),
 * truncate(2) and copy_file_range(2), against glibc on the same input, against the
 * file as glibc reads and fstat64s it, and against the registers the kernel saw.
 *
 * Not obvious: every offset test goes past 4 GiB in a sparse file (no disk space
 * used), where an i386 offset needs both halves; and lseek to 4 GiB - 1 returns
 * a value that is -1 as a 32-bit long, which only sysgate_ret_off keeps from
 * being read as an error. On x86_64 the same tests pass trivially, which is the
 * point of running them there.
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

/* Offsets whose two 32-bit halves are both non-zero and distinct:
 * FAR is 0x1_4000_1234. */
/* --- lseek ----------------------------------------------------------------- */

static void test_lseek(void **state) {
  (void)state;
  int fd = suite_file("lseek", fd_digits, FD_DIGITS_LEN, O_RDONLY);
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(lseek(fd, 5, SEEK_SET), 5);
  char c;
  assert_int_equal(read(fd, &c, 1), 1);
  assert_int_equal(c, fd_digits[5]);
  assert_int_equal(lseek(fd, -3, SEEK_CUR), 3);
  assert_int_equal(suite_offset(fd), 3);
  assert_int_equal(lseek(fd, -1, SEEK_END), FD_DIGITS_LEN - 1);
  assert_int_equal(lseek(fd, 100, SEEK_END), FD_DIGITS_LEN + 100); /* past the end is allowed */
  assert_int_equal(suite_offset(fd), FD_DIGITS_LEN + 100);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);

  int p[2];
  assert_int_equal(oracle_pipe(p), 0);
  EXPECT_BOTH_FAIL(EBADF, lseek, -1, 0, SEEK_SET);
  EXPECT_BOTH_FAIL(ESPIPE, lseek, p[0], 0, SEEK_SET);
  EXPECT_BOTH_FAIL(EINVAL, lseek, fd, 0, 99);
  EXPECT_BOTH_FAIL(EINVAL, lseek, fd, -1, SEEK_SET);
  EXPECT_BOTH_FAIL(ENXIO, lseek, fd, FD_DIGITS_LEN + 1, SEEK_DATA); /* past the end */
  assert_int_equal(suite_offset(fd), FD_DIGITS_LEN + 100);          /* the failures moved nothing */
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(sys_lseek(-1, 0, SEEK_SET), -EBADF);
  assert_int_equal(sys_lseek(p[0], 0, SEEK_SET), -ESPIPE);
  assert_int_equal(sys_lseek(fd, -1, SEEK_SET), -EINVAL);
  assert_int_equal(sys_lseek(fd, 7, SEEK_SET), 7);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  assert_int_equal(close(p[0]), 0);
  assert_int_equal(close(p[1]), 0);
  assert_int_equal(close(fd), 0);
}

static void test_lseek_past_4gib(void **state) {
  (void)state;
  int fd = suite_empty_file("sparse", NULL);
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(lseek(fd, 5 * GIB, SEEK_SET), 5 * GIB);
  assert_int_equal(write(fd, "x", 1), 1);
  assert_int_equal(suite_size(fd), 5 * GIB + 1);
  assert_int_equal(lseek(fd, 0, SEEK_CUR), 5 * GIB + 1);
  assert_int_equal(suite_offset(fd), 5 * GIB + 1);
  assert_int_equal(lseek(fd, -1, SEEK_END), 5 * GIB);
  /* The data and the hole before it, where glibc finds them. */
  int err;
  int64_t data = glibc_lseek(fd, 0, SEEK_DATA, &err);
  assert_true(data > 4 * GIB);
  assert_int_equal(lseek(fd, 0, SEEK_DATA), data);
  assert_int_equal(lseek(fd, 0, SEEK_HOLE), glibc_lseek(fd, 0, SEEK_HOLE, &err));
  /* Offsets whose low 32 bits are "negative", down to the -4095..-1 window. */
  off_t edge[] = {2 * GIB, 4 * GIB - 4095, 4 * GIB - 1, 4 * GIB, 8 * GIB - 1};
  for (unsigned i = 0; i < sizeof edge / sizeof edge[0]; i++) {
    assert_int_equal(lseek(fd, edge[i], SEEK_SET), edge[i]);
    assert_int_equal(suite_offset(fd), edge[i]);
    assert_int_equal(sys_lseek(fd, edge[i], SEEK_SET), edge[i]);
  }
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  assert_int_equal(close(fd), 0);
}

static void call_lseek(void *arg) {
  const struct io_call *c = arg;
  lseek(c->fd, c->off, SEEK_END);
}

/* i386 has _llseek (high word first, result through a pointer); x86_64 lseek. */
#ifdef __i386__
#define SYS_LSEEK_HERE SYS__llseek
#else
#define SYS_LSEEK_HERE SYS_lseek
#endif

static void test_lseek_registers(void **state) {
  (void)state;
  struct io_call c = {.fd = suite_empty_file("lseek-traced", NULL), .off = FAR};
  struct oracle_syscall seen = suite_trace(call_lseek, &c, SYS_LSEEK_HERE);
  assert_int_equal(seen.args[0], c.fd);
  if (SUITE_I386) {
    assert_int_equal(seen.args[1], 1);           /* high word */
    assert_int_equal(seen.args[2], 0x40001234u); /* low word */
    assert_true(seen.args[3] != 0);              /* where the result goes */
    assert_int_equal(seen.args[4], SEEK_END);
    assert_int_equal(seen.ret, 0);
  } else {
    assert_int_equal(seen.args[1], FAR);
    assert_int_equal(seen.args[2], SEEK_END);
    assert_int_equal(seen.ret, FAR);
  }
  assert_int_equal(close(c.fd), 0);
}

/* --- pread, pwrite --------------------------------------------------------- */

static void test_pread_pwrite(void **state) {
  (void)state;
  const char *path;
  int fd = suite_empty_file("pread", &path);
  assert_int_equal(write(fd, fd_digits, FD_DIGITS_LEN), FD_DIGITS_LEN);
  assert_int_equal(lseek(fd, 3, SEEK_SET), 3);
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(pwrite(fd, "XYZ", 3, 10), 3);
  char buf[FD_DIGITS_LEN + 1];
  assert_int_equal(oracle_read_file(path, buf, sizeof buf), FD_DIGITS_LEN);
  assert_memory_equal(buf, "0123456789XYZdefghij", FD_DIGITS_LEN);
  memset(buf, 0, sizeof buf);
  assert_int_equal(pread(fd, buf, 5, 8), 5);
  assert_memory_equal(buf, "89XYZ", 5);
  assert_int_equal(pread(fd, buf, 5, FD_DIGITS_LEN - 2), 2); /* short at the end */
  assert_int_equal(pread(fd, buf, 5, FD_DIGITS_LEN), 0);
  assert_int_equal(suite_offset(fd), 3); /* neither moved the file offset */

  /* Past 4 GiB, each side reading what the other wrote. */
  int err;
  assert_int_equal(pwrite(fd, "sysgate", 7, FAR), 7);
  assert_int_equal(glibc_pread(fd, buf, 7, FAR, &err), 7);
  assert_memory_equal(buf, "sysgate", 7);
  assert_int_equal(glibc_pwrite(fd, "glibc", 5, FARTHER, &err), 5);
  assert_int_equal(pread(fd, buf, 5, FARTHER), 5);
  assert_memory_equal(buf, "glibc", 5);
  assert_int_equal(suite_size(fd), FARTHER + 5);
  assert_int_equal(suite_offset(fd), 3);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);

  int p[2];
  assert_int_equal(oracle_pipe(p), 0);
  int ro = open(path, O_RDONLY);
  assert_true(ro >= 0);
  EXPECT_BOTH_FAIL(EBADF, pread, -1, buf, 1, 0);
  EXPECT_BOTH_FAIL(ESPIPE, pread, p[0], buf, 1, 0);
  EXPECT_BOTH_FAIL(EINVAL, pread, fd, buf, 1, -1);
  EXPECT_BOTH_FAIL(EFAULT, pread, fd, NULL, 1, 0);
  EXPECT_BOTH_FAIL(EBADF, pwrite, ro, "x", 1, 0);
  EXPECT_BOTH_FAIL(ESPIPE, pwrite, p[1], "x", 1, 0);
  EXPECT_BOTH_FAIL(EINVAL, pwrite, fd, "x", 1, -GIB);
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(sys_pread(p[0], buf, 1, 0), -ESPIPE);
  assert_int_equal(sys_pread(fd, buf, 1, -1), -EINVAL);
  assert_int_equal(sys_pwrite(ro, "x", 1, 0), -EBADF);
  assert_int_equal(sys_pwrite(fd, "x", 1, -1), -EINVAL);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  assert_int_equal(close(ro), 0);
  assert_int_equal(close(p[0]), 0);
  assert_int_equal(close(p[1]), 0);
  assert_int_equal(close(fd), 0);
}

static void call_pread(void *arg) {
  const struct io_call *c = arg;
  pread(c->fd, c->buf, c->len, c->off);
}

static void call_pwrite(void *arg) {
  const struct io_call *c = arg;
  pwrite(c->fd, c->buf, c->len, c->off);
}

static void test_pread_pwrite_registers(void **state) {
  (void)state;
  char buf[8] = "traced!";
  struct io_call c = {
      .fd = suite_empty_file("pread-traced", NULL), .buf = buf, .len = 7, .off = FAR};
  struct oracle_syscall seen = suite_trace(call_pwrite, &c, SYS_pwrite64);
  assert_int_equal(seen.args[0], c.fd);
  assert_int_equal(seen.args[1], SUITE_REG(buf));
  assert_int_equal(seen.args[2], 7);
  assert_offset_args(&seen, 3, FAR);
  assert_int_equal(seen.ret, 7); /* and it wrote there: */
  assert_int_equal(suite_size(c.fd), FAR + 7);

  seen = suite_trace(call_pread, &c, SYS_pread64);
  assert_int_equal(seen.args[0], c.fd);
  assert_int_equal(seen.args[2], 7);
  assert_offset_args(&seen, 3, FAR);
  assert_int_equal(seen.ret, 7);
  assert_int_equal(close(c.fd), 0);
}

/* --- ftruncate, truncate ----------------------------------------------------- */

static void test_truncate(void **state) {
  (void)state;
  const char *path;
  int fd = suite_empty_file("truncate", &path);
  assert_int_equal(write(fd, fd_digits, FD_DIGITS_LEN), FD_DIGITS_LEN);
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(ftruncate(fd, 6 * GIB), 0);
  assert_int_equal(suite_size(fd), 6 * GIB);
  assert_int_equal(ftruncate(fd, 10), 0);
  assert_int_equal(suite_size(fd), 10);
  char buf[FD_DIGITS_LEN];
  assert_int_equal(oracle_read_file(path, buf, sizeof buf), 10);
  assert_memory_equal(buf, fd_digits, 10); /* what stays is untouched */
  assert_int_equal(truncate(path, FARTHER), 0);
  assert_int_equal(suite_size(fd), FARTHER);
  assert_int_equal(truncate(path, 4), 0);
  assert_int_equal(suite_size(fd), 4);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);

  int ro = open(path, O_RDONLY);
  assert_true(ro >= 0);
  EXPECT_BOTH_FAIL(EBADF, ftruncate, -1, 0);
  EXPECT_BOTH_FAIL(EINVAL, ftruncate, fd, -1);
  EXPECT_BOTH_FAIL(EINVAL, ftruncate, ro, 0); /* not open for writing */
  EXPECT_BOTH_FAIL(ENOENT, truncate, oracle_path("missing"), 0);
  EXPECT_BOTH_FAIL(EISDIR, truncate, oracle_tmpdir(), 0);
  EXPECT_BOTH_FAIL(EINVAL, truncate, path, -GIB);
  assert_int_equal(suite_size(fd), 4);
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(sys_ftruncate(fd, -1), -EINVAL);
  assert_int_equal(sys_truncate(oracle_path("missing"), 0), -ENOENT);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  assert_int_equal(close(ro), 0);
  assert_int_equal(close(fd), 0);
}

struct truncate_call {
  int fd;
  const char *path;
  off_t len;
};

static void call_ftruncate(void *arg) {
  const struct truncate_call *c = arg;
  ftruncate(c->fd, c->len);
}

static void call_truncate(void *arg) {
  const struct truncate_call *c = arg;
  truncate(c->path, c->len);
}

#ifdef __i386__
#define SYS_FTRUNCATE_HERE SYS_ftruncate64
#define SYS_TRUNCATE_HERE SYS_truncate64
#else
#define SYS_FTRUNCATE_HERE SYS_ftruncate
#define SYS_TRUNCATE_HERE SYS_truncate
#endif

static void test_truncate_registers(void **state) {
  (void)state;
  struct truncate_call c = {0, NULL, FARTHER};
  c.fd = suite_empty_file("truncate-traced", &c.path);
  struct oracle_syscall seen = suite_trace(call_ftruncate, &c, SYS_FTRUNCATE_HERE);
  assert_int_equal(seen.args[0], c.fd);
  assert_offset_args(&seen, 1, FARTHER);
  assert_int_equal(seen.ret, 0);
  assert_int_equal(suite_size(c.fd), FARTHER);
  c.len = FAR;
  seen = suite_trace(call_truncate, &c, SYS_TRUNCATE_HERE);
  assert_int_equal(seen.args[0], SUITE_REG(c.path));
  assert_offset_args(&seen, 1, FAR);
  assert_int_equal(seen.ret, 0);
  assert_int_equal(suite_size(c.fd), FAR);
  assert_int_equal(close(c.fd), 0);
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

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_lseek),
      cmocka_unit_test(test_lseek_past_4gib),
      cmocka_unit_test(test_lseek_registers),
      cmocka_unit_test(test_pread_pwrite),
      cmocka_unit_test(test_pread_pwrite_registers),
      cmocka_unit_test(test_truncate),
      cmocka_unit_test(test_truncate_registers),
      cmocka_unit_test(test_copy_file_range),
  };
  return cmocka_run_group_tests(tests, NULL, suite_teardown);
}
