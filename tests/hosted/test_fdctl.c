/* creat(2), fallocate(2), readahead(2), splice(2), tee(2), vmsplice(2), name_to_handle_at(2),
 * open_by_handle_at(2) and openat2(2) (sysgate/fdctl.h; fcntl is test_fdctl_fcntl.c's):
 * what each does, read back through glibc, the registers the kernel saw, and the errors
 * against glibc's (or its syscall(2)) on the same arguments.
 *
 * Not obvious: creat is not the kernel's creat here but open with
 * O_CREAT|O_WRONLY|O_TRUNC, so that on i386 the descriptor has O_LARGEFILE
 * (test_creat_registers); open_by_handle_at needs CAP_DAC_READ_SEARCH, without which
 * both sides get EPERM and the reopened file is not read (the log says so).
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
#include "suite_raw.h"

/* readahead(2): 0 on a file, whatever the range; EINVAL where there is no page cache
 * to fill (a pipe), EBADF for a closed descriptor; an offset past 4 GiB reaches the
 * kernel whole (two registers on i386). */
static void test_readahead(void **state) {
  (void)state;
  int fd = suite_file("readahead", "0123456789", 10, O_RDONLY);
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(readahead(fd, 0, 4096), 0);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  assert_int_equal(sys_readahead(fd, 0, 4096), 0);
  SAME_RESULT(readahead(fd, 5, 1), glibc_readahead(fd, 5, 1, &glibc_errno));
  SAME_RESULT(readahead(fd, 1LL << 40, 10), glibc_readahead(fd, 1LL << 40, 10, &glibc_errno));
  SAME_RESULT(readahead(fd, -1, 10), glibc_readahead(fd, -1, 10, &glibc_errno));
  int p[2];
  assert_int_equal(pipe(p), 0);
  SAME_RESULT(readahead(p[0], 0, 10), glibc_readahead(p[0], 0, 10, &glibc_errno));
  assert_int_equal(sys_readahead(p[0], 0, 10), -EINVAL);
  close(p[0]);
  close(p[1]);
  close(fd);
  SAME_RESULT(readahead(fd, 0, 10), glibc_readahead(fd, 0, 10, &glibc_errno));
  assert_int_equal(sys_readahead(fd, 0, 10), -EBADF);
}

static void test_vmsplice(void **state) {
  (void)state;
  int p[2];
  assert_int_equal(pipe(p), 0);
  char a[] = "vm", b[] = "splice";
  struct iovec iov[2] = {{a, 2}, {b, 6}};
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(vmsplice(p[1], iov, 2, 0), 8);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  char got[9] = {0};
  assert_int_equal(read(p[0], got, 8), 8);
  assert_string_equal(got, "vmsplice");
  SAME_RESULT(vmsplice(p[1], iov, 2, 0x100),
              glibc_syscall(&glibc_errno, SYS_vmsplice, p[1], (long)iov, 2, 0x100, 0, 0));
  SAME_RESULT(vmsplice(-1, iov, 2, 0),
              glibc_syscall(&glibc_errno, SYS_vmsplice, -1, (long)iov, 2, 0, 0, 0));
  SAME_RESULT(vmsplice(p[1], (struct iovec *)8, 2, 0),
              glibc_syscall(&glibc_errno, SYS_vmsplice, p[1], 8, 2, 0, 0, 0));
  int f = suite_empty_file("vmsplice", NULL); /* not a pipe */
  SAME_RESULT(vmsplice(f, iov, 2, 0),
              glibc_syscall(&glibc_errno, SYS_vmsplice, f, (long)iov, 2, 0, 0, 0));
  close(f);
  close(p[0]);
  close(p[1]);
}

static void test_file_handles(void **state) {
  (void)state;
  int fd = suite_empty_file("handle", NULL);
  assert_int_equal(write(fd, "by handle", 9), 9);
  close(fd);
  union {
    struct file_handle fh;
    char room[sizeof(struct file_handle) + MAX_HANDLE_SZ];
  } h = {.fh = {.handle_bytes = MAX_HANDLE_SZ}}, g = {.fh = {.handle_bytes = MAX_HANDLE_SZ}};
  int mount_id = -1, their_mount = -2;
  const char *path = oracle_path("handle");
  long r = SAME_RESULT(name_to_handle_at(AT_FDCWD, path, &h.fh, &mount_id, 0),
                       glibc_syscall(&glibc_errno, SYS_name_to_handle_at, AT_FDCWD, (long)path,
                                     (long)&g.fh, (long)&their_mount, 0, 0));
  if (r < 0) {
    print_message("no file handles on this file system (errno %d)\n", errno);
  } else {
    assert_int_equal(mount_id, their_mount);
    assert_int_equal(h.fh.handle_bytes, g.fh.handle_bytes);
    assert_memory_equal(h.fh.f_handle, g.fh.f_handle, h.fh.handle_bytes);
    int dir = open(oracle_tmpdir(), O_RDONLY | O_DIRECTORY);
    assert_true(dir >= 0);
    int again = open_by_handle_at(dir, &h.fh, O_RDONLY);
    if (again < 0) {
      assert_int_equal(errno, EPERM); /* CAP_DAC_READ_SEARCH */
      print_message("open_by_handle_at: EPERM (not privileged): not read back\n");
    } else {
      char buf[16] = {0};
      assert_int_equal(read(again, buf, sizeof buf), 9);
      assert_string_equal(buf, "by handle");
      close(again);
    }
    SAME_RESULT(
        open_by_handle_at(-1, &h.fh, O_RDONLY),
        glibc_syscall(&glibc_errno, SYS_open_by_handle_at, -1, (long)&h.fh, O_RDONLY, 0, 0, 0));
    close(dir);
  }
  /* too little room: EOVERFLOW and the size it needs, on both sides */
  h.fh.handle_bytes = 0;
  g.fh.handle_bytes = 0;
  SAME_RESULT(name_to_handle_at(AT_FDCWD, path, &h.fh, &mount_id, 0),
              glibc_syscall(&glibc_errno, SYS_name_to_handle_at, AT_FDCWD, (long)path, (long)&g.fh,
                            (long)&their_mount, 0, 0));
  assert_int_equal(h.fh.handle_bytes, g.fh.handle_bytes);
  SAME_RESULT(name_to_handle_at(AT_FDCWD, "/sysgate-none", &h.fh, &mount_id, 0),
              glibc_syscall(&glibc_errno, SYS_name_to_handle_at, AT_FDCWD, (long)"/sysgate-none",
                            (long)&g.fh, (long)&their_mount, 0, 0));
  SAME_RESULT(name_to_handle_at(AT_FDCWD, path, &h.fh, &mount_id, 0x7),
              glibc_syscall(&glibc_errno, SYS_name_to_handle_at, AT_FDCWD, (long)path, (long)&g.fh,
                            (long)&their_mount, 0x7, 0));
  unlink(path);
}

static void test_openat2(void **state) {
  (void)state;
  int fd = suite_empty_file("openat2", NULL);
  close(fd);
  const char *path = oracle_path("openat2");
  struct open_how how = {.flags = O_RDONLY};
  int ours = openat2(AT_FDCWD, path, &how, sizeof how);
  if (ours < 0 && errno == ENOSYS)
    SKIP_BECAUSE("openat2 needs Linux 5.6");
  assert_true(ours >= 0);
  close(ours);
  SAME_FD(
      openat2(AT_FDCWD, path, &how, sizeof how),
      glibc_syscall(&glibc_errno, SYS_openat2, AT_FDCWD, (long)path, (long)&how, sizeof how, 0, 0));
  /* resolution refused: a path through "..", under RESOLVE_BENEATH */
  int dir = open(oracle_tmpdir(), O_RDONLY | O_DIRECTORY);
  struct open_how beneath = {.flags = O_RDONLY, .resolve = RESOLVE_BENEATH};
  SAME_RESULT(openat2(dir, "../x", &beneath, sizeof beneath),
              glibc_syscall(&glibc_errno, SYS_openat2, dir, (long)"../x", (long)&beneath,
                            sizeof beneath, 0, 0));
  struct open_how bad = {.flags = O_RDONLY, .mode = 0644}; /* a mode without O_CREAT */
  SAME_RESULT(
      openat2(AT_FDCWD, path, &bad, sizeof bad),
      glibc_syscall(&glibc_errno, SYS_openat2, AT_FDCWD, (long)path, (long)&bad, sizeof bad, 0, 0));
  SAME_RESULT(openat2(AT_FDCWD, path, &how, 8),
              glibc_syscall(&glibc_errno, SYS_openat2, AT_FDCWD, (long)path, (long)&how, 8, 0, 0));
  close(dir);
  unlink(path);
}

/* Offsets whose two 32-bit halves are both non-zero and distinct:
 * FAR is 0x1_4000_1234. */
/* i386 has _llseek (high word first, result through a pointer); x86_64 lseek. */
/* --- fallocate --------------------------------------------------------------- */

static void test_fallocate(void **state) {
  (void)state;
  int fd = suite_empty_file("fallocate", NULL);
  static char block[8192];
  memset(block, 'A', sizeof block);
  assert_int_equal(write(fd, block, sizeof block), sizeof block);
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(fallocate(fd, 0, FAR, 4096), 0);
  assert_int_equal(suite_size(fd), FAR + 4096);
  assert_int_equal(fallocate(fd, FALLOC_FL_KEEP_SIZE, FARTHER, 4096), 0);
  assert_int_equal(suite_size(fd), FAR + 4096);
  int r = fallocate(fd, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE, 0, 4096);
  int e = errno;
  if (r != 0 && e == EOPNOTSUPP)
    SKIP_BECAUSE("the filesystem of the test directory cannot punch holes");
  assert_int_equal(r, 0);
  assert_int_equal(e, SUITE_ERRNO_CANARY);
  static char back[8192];
  int err;
  assert_int_equal(glibc_pread(fd, back, sizeof back, 0, &err), sizeof back);
  for (unsigned i = 0; i < sizeof back; i++)
    assert_int_equal(back[i], i < 4096 ? 0 : 'A');

  int p[2];
  assert_int_equal(oracle_pipe(p), 0);
  EXPECT_BOTH_FAIL(EBADF, fallocate, -1, 0, 0, 1);
  EXPECT_BOTH_FAIL(EINVAL, fallocate, fd, 0, 0, 0);
  EXPECT_BOTH_FAIL(EINVAL, fallocate, fd, 0, -1, 1);
  EXPECT_BOTH_FAIL(ESPIPE, fallocate, p[1], 0, 0, 1);
  EXPECT_BOTH_FAIL(EOPNOTSUPP, fallocate, fd, FALLOC_FL_PUNCH_HOLE, 0, 1); /* needs KEEP_SIZE */
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(sys_fallocate(fd, 0, 0, 0), -EINVAL);
  assert_int_equal(sys_fallocate(-1, 0, 0, 1), -EBADF);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  assert_int_equal(close(p[0]), 0);
  assert_int_equal(close(p[1]), 0);
  assert_int_equal(close(fd), 0);
}

static void call_fallocate(void *arg) {
  const struct io_call *c = arg;
  fallocate(c->fd, c->flags, c->off, c->span);
}

static void test_fallocate_registers(void **state) {
  (void)state;
  /* A read-only descriptor: the kernel sees every register, then refuses,
   * so the 4 GiB length never reaches the disk. */
  int fd = suite_file("fallocate-traced", fd_digits, FD_DIGITS_LEN, O_RDONLY);
  struct io_call c = {.fd = fd, .off = FAR, .span = 4 * GIB + 0x2000, .flags = FALLOC_FL_KEEP_SIZE};
  struct oracle_syscall seen = suite_trace(call_fallocate, &c, SYS_fallocate);
  assert_int_equal(seen.args[0], fd);
  assert_int_equal(seen.args[1], FALLOC_FL_KEEP_SIZE);
  assert_offset_args(&seen, 2, FAR);
  assert_offset_args(&seen, SUITE_I386 ? 4 : 3, c.span);
  assert_int_equal(seen.ret, -EBADF);
  assert_int_equal(close(fd), 0);
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

/* --- creat ----------------------------------------------------------------- */

static void test_creat(void **state) {
  (void)state;
  unsigned int old = oracle_set_umask(0);
  const char *path = oracle_path("creat");
  errno = SUITE_ERRNO_CANARY;
  int fd = creat(path, 0640);
  oracle_set_umask(old);
  assert_true(fd >= 0);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  assert_int_equal(oracle_file_mode(path), 0640);
  unsigned int flags = oracle_fd_flags(fd);
  assert_int_equal(flags & O_ACCMODE, O_WRONLY);
  assert_int_equal(flags & O_LARGEFILE, O_LARGEFILE); /* on i386 too */
  assert_int_equal(write(fd, fd_text, FD_TEXT_LEN), FD_TEXT_LEN);
  assert_int_equal(close(fd), 0);
  /* Again on an existing file: truncated to nothing. */
  fd = creat(path, 0600);
  assert_true(fd >= 0);
  assert_int_equal(suite_size(fd), 0);
  assert_int_equal(oracle_file_mode(path), 0640); /* the mode is only for a new file */
  assert_int_equal(close(fd), 0);

  EXPECT_BOTH_FAIL(ENOENT, creat, oracle_path("missing/creat"), 0600);
  EXPECT_BOTH_FAIL(EISDIR, creat, oracle_tmpdir(), 0600);
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(sys_creat(oracle_path("missing/creat"), 0600), -ENOENT);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
}

static void call_creat(void *arg) {
  creat(arg, 0604);
}

static void test_creat_registers(void **state) {
  (void)state;
  const char *path = oracle_path("creat-traced");
  struct oracle_syscall seen = suite_trace(call_creat, (void *)path, SYS_open);
  assert_int_equal(seen.args[0], SUITE_REG(path));
  assert_int_equal(seen.args[1], O_CREAT | O_WRONLY | O_TRUNC | SUITE_OPEN_EXTRA);
  assert_int_equal(seen.args[2], 0604);
  assert_true(seen.ret >= 0);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_readahead),    cmocka_unit_test(test_vmsplice),
      cmocka_unit_test(test_file_handles), cmocka_unit_test(test_openat2),
      cmocka_unit_test(test_fallocate),    cmocka_unit_test(test_fallocate_registers),
      cmocka_unit_test(test_splice),       cmocka_unit_test(test_tee),
      cmocka_unit_test(test_creat),        cmocka_unit_test(test_creat_registers),
  };
  return cmocka_run_group_tests(tests, NULL, suite_teardown);
}
