/* dup(2), dup2(2), dup3(2), pipe(2), pipe2(2), close_range(2), fsync(2),
 * fdatasync(2), syncfs(2) and sync(2) (sysgate/fd.h; the offset calls are
 * test_fd_offset.c's): each against glibc on the same input, and against what the
 * kernel really did (the same inode behind two descriptors, a shared offset,
 * FD_CLOEXEC as glibc's fcntl reads it, /proc/self/fdinfo flags).
 *
 * Not obvious: dup2 of a descriptor onto itself checks that it is open and changes
 * nothing, where dup3 refuses it with EINVAL.
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

/* --- dup, dup2, dup3 ------------------------------------------------------- */

static void test_dup(void **state) {
  (void)state;
  int fd = suite_file("dup", fd_text, FD_TEXT_LEN, O_RDONLY | O_CLOEXEC);
  errno = SUITE_ERRNO_CANARY;
  int d = dup(fd);
  assert_true(d >= 0 && d != fd);
  assert_int_equal(oracle_same_file(fd, d), 1);
  assert_int_equal(oracle_cloexec(d), 0); /* the copy never inherits FD_CLOEXEC */
  /* One open file description: reading through one moves the other's offset. */
  char buf[4];
  assert_int_equal(read(fd, buf, 4), 4);
  assert_int_equal(suite_offset(d), 4);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  assert_int_equal(close(d), 0);
  assert_int_equal(close(fd), 0);

  EXPECT_BOTH_FAIL(EBADF, dup, -1);
  EXPECT_BOTH_FAIL(EBADF, dup, fd); /* closed a moment ago */
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(sys_dup(-1), -EBADF);
  assert_int_equal(sys_dup(fd), -EBADF);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
}

static void test_dup2(void **state) {
  (void)state;
  int fd = suite_file("dup2", fd_text, FD_TEXT_LEN, O_RDONLY);
  int p[2];
  assert_int_equal(oracle_pipe(p), 0);
  errno = SUITE_ERRNO_CANARY;
  /* Onto an open descriptor: it is closed and becomes the file. */
  assert_int_equal(dup2(fd, p[0]), p[0]);
  assert_int_equal(oracle_same_file(p[0], fd), 1);
  assert_int_equal(oracle_same_file(p[0], p[1]), 0);
  assert_int_equal(dup2(fd, fd), fd); /* a valid no-op */
  assert_int_equal(dup2(fd, 200), 200);
  assert_int_equal(oracle_same_file(200, fd), 1);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  assert_int_equal(close(200), 0);

  EXPECT_BOTH_FAIL(EBADF, dup2, -1, 200);
  EXPECT_BOTH_FAIL(EBADF, dup2, fd, -1);
  EXPECT_BOTH_FAIL(EBADF, dup2, fd, 1 << 30); /* beyond RLIMIT_NOFILE */
  assert_false(oracle_fd_is_open(200));
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(sys_dup2(-1, 200), -EBADF);
  assert_int_equal(sys_dup2(fd, -1), -EBADF);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  assert_int_equal(close(fd), 0);
  assert_int_equal(close(p[0]), 0);
  assert_int_equal(close(p[1]), 0);
}

static void test_dup3(void **state) {
  (void)state;
  int fd = suite_file("dup3", fd_text, FD_TEXT_LEN, O_RDONLY);
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(dup3(fd, 201, O_CLOEXEC), 201);
  assert_int_equal(oracle_cloexec(201), 1);
  assert_int_equal(dup3(fd, 202, 0), 202);
  assert_int_equal(oracle_cloexec(202), 0);
  assert_int_equal(oracle_same_file(202, fd), 1);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  assert_int_equal(close(201), 0);
  assert_int_equal(close(202), 0);

  EXPECT_BOTH_FAIL(EINVAL, dup3, fd, fd, 0); /* unlike dup2 */
  EXPECT_BOTH_FAIL(EINVAL, dup3, fd, 203, O_NONBLOCK);
  EXPECT_BOTH_FAIL(EBADF, dup3, -1, 203, 0);
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(sys_dup3(fd, fd, 0), -EINVAL);
  assert_int_equal(sys_dup3(-1, 203, 0), -EBADF);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  assert_int_equal(close(fd), 0);
}

/* --- pipe, pipe2 ----------------------------------------------------------- */

static void test_pipe(void **state) {
  (void)state;
  int p[2] = {-1, -1};
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(pipe(p), 0);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  assert_true(p[0] >= 0 && p[1] >= 0 && p[0] != p[1]);
  assert_int_equal(oracle_fd_flags(p[0]) & O_ACCMODE, O_RDONLY);
  assert_int_equal(oracle_fd_flags(p[1]) & O_ACCMODE, O_WRONLY);
  assert_int_equal(oracle_cloexec(p[0]), 0);
  /* The write end feeds the read end, as glibc sees it. */
  assert_int_equal(oracle_write(p[1], "abc", 3), 3);
  char buf[3];
  assert_int_equal(oracle_read(p[0], buf, 3), 3);
  assert_memory_equal(buf, "abc", 3);
  assert_int_equal(close(p[0]), 0);
  assert_int_equal(close(p[1]), 0);

  EXPECT_BOTH_FAIL(EFAULT, pipe, NULL);
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(sys_pipe(NULL), -EFAULT);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
}

static void test_pipe2(void **state) {
  (void)state;
  int p[2] = {-1, -1};
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(pipe2(p, O_CLOEXEC | O_NONBLOCK), 0);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  for (int i = 0; i < 2; i++) {
    assert_int_equal(oracle_cloexec(p[i]), 1);
    assert_int_equal(oracle_fd_flags(p[i]) & O_NONBLOCK, O_NONBLOCK);
  }
  /* Non-blocking for real: an empty pipe answers EAGAIN at once. */
  char c;
  int e;
  assert_int_equal(oracle_read_err(p[0], &c, 1, &e), -1);
  assert_int_equal(e, EAGAIN);
  assert_int_equal(close(p[0]), 0);
  assert_int_equal(close(p[1]), 0);

  EXPECT_BOTH_FAIL(EINVAL, pipe2, p, O_WRONLY);
  EXPECT_BOTH_FAIL(EFAULT, pipe2, NULL, 0);
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(sys_pipe2(p, -1), -EINVAL);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
}

/* --- close_range ----------------------------------------------------------- */

static void test_close_range(void **state) {
  (void)state;
  int fd = suite_file("close-range", fd_text, FD_TEXT_LEN, O_RDONLY);
  for (int i = 300; i <= 303; i++)
    assert_int_equal(dup2(fd, i), i);
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(close_range(300, 302, 0), 0);
  for (int i = 300; i <= 302; i++)
    assert_false(oracle_fd_is_open(i));
  assert_true(oracle_fd_is_open(303)); /* last is inclusive, and nothing past it */

  /* CLOSE_RANGE_CLOEXEC marks instead of closing. */
  assert_int_equal(dup2(fd, 304), 304);
  assert_int_equal(close_range(303, 304, CLOSE_RANGE_CLOEXEC), 0);
  assert_int_equal(oracle_cloexec(303), 1);
  assert_int_equal(oracle_cloexec(304), 1);
  assert_int_equal(oracle_cloexec(fd), 0);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  assert_int_equal(close_range(303, 304, 0), 0);

  EXPECT_BOTH_FAIL(EINVAL, close_range, 304, 303, 0);
  EXPECT_BOTH_FAIL(EINVAL, close_range, 303, 304, 0x80); /* unknown flag */
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(sys_close_range(304, 303, 0), -EINVAL);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  assert_int_equal(close(fd), 0);
}

/* --- fsync, fdatasync, syncfs, sync ---------------------------------------- */

static void test_fsync_family(void **state) {
  (void)state;
  int fd = suite_empty_file("fsync", NULL);
  assert_int_equal(write(fd, fd_text, FD_TEXT_LEN), FD_TEXT_LEN);
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(fsync(fd), 0);
  assert_int_equal(fdatasync(fd), 0);
  assert_int_equal(syncfs(fd), 0);
  sync();
  assert_int_equal(errno, SUITE_ERRNO_CANARY);

  int p[2];
  assert_int_equal(oracle_pipe(p), 0);
  EXPECT_BOTH_FAIL(EBADF, fsync, -1);
  EXPECT_BOTH_FAIL(EINVAL, fsync, p[0]); /* a pipe has nothing to write back */
  EXPECT_BOTH_FAIL(EBADF, fdatasync, -1);
  EXPECT_BOTH_FAIL(EINVAL, fdatasync, p[1]);
  EXPECT_BOTH_FAIL(EBADF, syncfs, -1);
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(sys_fsync(p[0]), -EINVAL);
  assert_int_equal(sys_fdatasync(-1), -EBADF);
  assert_int_equal(sys_syncfs(-1), -EBADF);
  assert_int_equal(sys_sync(), 0);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  assert_int_equal(close(p[0]), 0);
  assert_int_equal(close(p[1]), 0);
  assert_int_equal(close(fd), 0);
}

static void call_sync(void *arg) {
  (void)arg;
  sync();
}

static void call_fsync(void *arg) {
  fsync(*(int *)arg);
}

/* Calls that change nothing visible: the kernel saw them, with their argument. */
static void test_sync_registers(void **state) {
  (void)state;
  struct oracle_syscall seen = suite_trace(call_sync, NULL, SYS_sync);
  assert_int_equal(seen.ret, 0);
  int fd = suite_empty_file("fsync-traced", NULL);
  seen = suite_trace(call_fsync, &fd, SYS_fsync);
  assert_int_equal(seen.args[0], fd);
  assert_int_equal(seen.ret, 0);
  assert_int_equal(close(fd), 0);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_dup),          cmocka_unit_test(test_dup2),
      cmocka_unit_test(test_dup3),         cmocka_unit_test(test_pipe),
      cmocka_unit_test(test_pipe2),        cmocka_unit_test(test_close_range),
      cmocka_unit_test(test_fsync_family), cmocka_unit_test(test_sync_registers),
  };
  return cmocka_run_group_tests(tests, NULL, suite_teardown);
}
