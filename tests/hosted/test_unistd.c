/* read(2), write(2) and close(2) (sysgate/unistd.h): each against glibc on the same
 * input and against what the kernel really did (bytes in the file as glibc reads them,
 * traced registers).
 *
 * Not obvious: a successful call must leave errno alone, so each success is checked
 * against a canary errno, and each failure against glibc's errno on the same input.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "oracle.h"
#include <sysgate.h>

#include "suite.h"
#include "suite_fd.h"

/* --- read ------------------------------------------------------------------ */

static void test_read_file_then_eof(void **state) {
  (void)state;
  int fd = open_or_fail(oracle_make_file("read", fd_text, FD_TEXT_LEN), O_RDONLY);
  char buf[64];
  memset(buf, 0, sizeof buf);
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(read(fd, buf, sizeof buf), FD_TEXT_LEN);
  assert_memory_equal(buf, fd_text, FD_TEXT_LEN);
  assert_int_equal(buf[FD_TEXT_LEN], 0); /* nothing past the file's end was written */
  /* At end of file: 0, not an error, for us and for glibc on the same fd. */
  assert_int_equal(read(fd, buf, sizeof buf), 0);
  assert_int_equal(oracle_read(fd, buf, sizeof buf), 0);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  assert_int_equal(close(fd), 0);
}

static void test_read_pipe_in_parts(void **state) {
  (void)state;
  int fds[2];
  assert_int_equal(oracle_pipe(fds), 0);
  assert_int_equal(oracle_write(fds[1], "abcde", 5), 5);
  char buf[16];
  errno = SUITE_ERRNO_CANARY;
  /* A pipe hands out what is asked for, then only what is left. */
  assert_int_equal(read(fds[0], buf, 3), 3);
  assert_memory_equal(buf, "abc", 3);
  assert_int_equal(read(fds[0], buf, sizeof buf), 2);
  assert_memory_equal(buf, "de", 2);
  assert_int_equal(oracle_close(fds[1]), 0);
  assert_int_equal(read(fds[0], buf, sizeof buf), 0); /* no writer left: end of file */
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  assert_int_equal(oracle_close(fds[0]), 0);
}

static void test_read_errors(void **state) {
  (void)state;
  char buf[16];
  long r, g;
  int e, ge;

  errno = 0;
  r = read(-1, buf, sizeof buf);
  e = errno;
  g = oracle_read_err(-1, buf, sizeof buf, &ge);
  ASSERT_BOTH_FAIL(r, e, g, ge, EBADF);

  const char *path = oracle_make_file("read-err", fd_text, FD_TEXT_LEN);
  int fd = open_or_fail(path, O_RDONLY);
  assert_int_equal(oracle_close(fd), 0);
  errno = 0;
  r = read(fd, buf, sizeof buf); /* closed a moment ago */
  e = errno;
  g = oracle_read_err(fd, buf, sizeof buf, &ge);
  ASSERT_BOTH_FAIL(r, e, g, ge, EBADF);

  fd = open_or_fail(path, O_WRONLY);
  errno = 0;
  r = read(fd, buf, sizeof buf); /* open, but not for reading */
  e = errno;
  g = oracle_read_err(fd, buf, sizeof buf, &ge);
  ASSERT_BOTH_FAIL(r, e, g, ge, EBADF);
  assert_int_equal(close(fd), 0);

  /* The file has data, so the kernel really copies to the bad address. */
  fd = open_or_fail(path, O_RDONLY);
  errno = 0;
  r = read(fd, (void *)1, 5);
  e = errno;
  g = oracle_read_err(fd, (void *)1, 5, &ge);
  ASSERT_BOTH_FAIL(r, e, g, ge, EFAULT);
  assert_int_equal(read(fd, buf, 4), 4); /* and the failed reads consumed nothing */
  assert_memory_equal(buf, fd_text, 4);
  assert_int_equal(close(fd), 0);

  fd = open_or_fail(oracle_tmpdir(), O_RDONLY | O_DIRECTORY);
  errno = 0;
  r = read(fd, buf, sizeof buf);
  e = errno;
  g = oracle_read_err(fd, buf, sizeof buf, &ge);
  ASSERT_BOTH_FAIL(r, e, g, ge, EISDIR);
  assert_int_equal(close(fd), 0);
}

static void test_sys_read(void **state) {
  (void)state;
  char buf[8];
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(sys_read(-1, buf, sizeof buf), -EBADF);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  int fd = open_or_fail(oracle_make_file("sys-read", fd_text, FD_TEXT_LEN), O_RDONLY);
  assert_int_equal(sys_read(fd, (void *)1, 5), -EFAULT);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  assert_int_equal(sys_read(fd, buf, 7), 7);
  assert_memory_equal(buf, fd_text, 7);
  assert_int_equal(close(fd), 0);
}

/* --- write ----------------------------------------------------------------- */

static void test_write_file(void **state) {
  (void)state;
  unsigned char out[300], back[400];
  for (unsigned i = 0; i < sizeof out; i++)
    out[i] = (unsigned char)(i * 7 + 3);
  const char *path = oracle_path("write");
  int fd = open(path, O_CREAT | O_WRONLY | O_TRUNC, 0644);
  assert_true(fd >= 0);
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(write(fd, out, 100), 100);
  assert_int_equal(write(fd, out + 100, sizeof out - 100), sizeof out - 100);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  struct oracle_stat st;
  assert_int_equal(oracle_fstat(fd, &st), 0);
  assert_int_equal(st.size, sizeof out);
  assert_int_equal(close(fd), 0);
  assert_int_equal(oracle_read_file(path, back, sizeof back), sizeof out);
  assert_memory_equal(back, out, sizeof out);
}

static void test_write_pipe(void **state) {
  (void)state;
  int fds[2];
  assert_int_equal(oracle_pipe(fds), 0);
  char out[100], back[100];
  for (unsigned i = 0; i < sizeof out; i++)
    out[i] = (char)('A' + i % 26);
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(write(fds[1], out, sizeof out), sizeof out);
  assert_int_equal(oracle_read(fds[0], back, sizeof back), sizeof back);
  assert_memory_equal(back, out, sizeof out);

  /* Zero bytes: 0, as glibc says, and the pipe stays empty. */
  int pending = -1, err;
  assert_int_equal(write(fds[1], out, 0), 0);
  assert_int_equal(oracle_write(fds[1], out, 0), 0);
  assert_int_equal(oracle_ioctl(fds[0], FIONREAD, &pending, &err), 0);
  assert_int_equal(pending, 0);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  assert_int_equal(oracle_close(fds[0]), 0);
  assert_int_equal(oracle_close(fds[1]), 0);
}

static void test_write_errors(void **state) {
  (void)state;
  long r, g;
  int e, ge;

  errno = 0;
  r = write(-1, "x", 1);
  e = errno;
  g = oracle_write_err(-1, "x", 1, &ge);
  ASSERT_BOTH_FAIL(r, e, g, ge, EBADF);

  int fds[2];
  assert_int_equal(oracle_pipe(fds), 0);
  errno = 0;
  r = write(fds[1], NULL, 5); /* the pipe copies from NULL: the kernel faults */
  e = errno;
  g = oracle_write_err(fds[1], NULL, 5, &ge);
  ASSERT_BOTH_FAIL(r, e, g, ge, EFAULT);
  errno = 0;
  r = write(fds[0], "x", 1); /* the read end */
  e = errno;
  g = oracle_write_err(fds[0], "x", 1, &ge);
  ASSERT_BOTH_FAIL(r, e, g, ge, EBADF);
  assert_int_equal(oracle_close(fds[0]), 0);
  assert_int_equal(oracle_close(fds[1]), 0);
  errno = 0;
  r = write(fds[1], "x", 1); /* closed a moment ago */
  e = errno;
  g = oracle_write_err(fds[1], "x", 1, &ge);
  ASSERT_BOTH_FAIL(r, e, g, ge, EBADF);

  int fd = open_or_fail(oracle_make_file("write-ro", fd_text, FD_TEXT_LEN), O_RDONLY);
  errno = 0;
  r = write(fd, "x", 1);
  e = errno;
  g = oracle_write_err(fd, "x", 1, &ge);
  ASSERT_BOTH_FAIL(r, e, g, ge, EBADF);
  assert_int_equal(close(fd), 0);
}

static void test_sys_write(void **state) {
  (void)state;
  int fds[2];
  assert_int_equal(oracle_pipe(fds), 0);
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(sys_write(-1, "x", 1), -EBADF);
  assert_int_equal(sys_write(fds[1], NULL, 5), -EFAULT);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  assert_int_equal(sys_write(fds[1], "xyz", 3), 3);
  char back[3];
  assert_int_equal(oracle_read(fds[0], back, 3), 3);
  assert_memory_equal(back, "xyz", 3);
  assert_int_equal(oracle_close(fds[0]), 0);
  assert_int_equal(oracle_close(fds[1]), 0);
}

/* --- close ----------------------------------------------------------------- */

static void test_close(void **state) {
  (void)state;
  const char *path = oracle_make_file("close", fd_text, FD_TEXT_LEN);
  int fd = open_or_fail(path, O_RDONLY);
  assert_true(oracle_fd_is_open(fd));
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(close(fd), 0);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  assert_false(oracle_fd_is_open(fd));

  int e, ge;
  errno = 0;
  long r = close(fd); /* twice */
  e = errno;
  long g = oracle_close_err(fd, &ge);
  ASSERT_BOTH_FAIL(r, e, g, ge, EBADF);
  errno = 0;
  r = close(-1);
  e = errno;
  g = oracle_close_err(-1, &ge);
  ASSERT_BOTH_FAIL(r, e, g, ge, EBADF);
}

static void test_sys_close(void **state) {
  (void)state;
  int fd = open_or_fail(oracle_make_file("sys-close", fd_text, FD_TEXT_LEN), O_RDONLY);
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(sys_close(fd), 0);
  assert_false(oracle_fd_is_open(fd));
  assert_int_equal(sys_close(fd), -EBADF);
  assert_int_equal(sys_close(-1), -EBADF);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_read_file_then_eof),
      cmocka_unit_test(test_read_pipe_in_parts),
      cmocka_unit_test(test_read_errors),
      cmocka_unit_test(test_sys_read),
      cmocka_unit_test(test_write_file),
      cmocka_unit_test(test_write_pipe),
      cmocka_unit_test(test_write_errors),
      cmocka_unit_test(test_sys_write),
      cmocka_unit_test(test_close),
      cmocka_unit_test(test_sys_close),
  };
  return cmocka_run_group_tests(tests, NULL, suite_teardown);
}
