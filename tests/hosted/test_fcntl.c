/* open(2) and openat(2) (sysgate/fcntl.h): each against glibc on the same input and
 * against what the kernel really did (fstat modes, /proc/self/fdinfo flags, traced
 * registers).
 *
 * Not obvious: open's mode is a variadic argument that exists only with O_CREAT
 * or O_TMPFILE. The trace tests pass a mode every time and check the register
 * the kernel got: 0 unless the flags carry one. O_DIRECTORY is one of
 * O_TMPFILE's two bits, so it alone must not count as O_TMPFILE.
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

/* --- open ------------------------------------------------------------------ */

static void test_open_existing(void **state) {
  (void)state;
  const char *path = oracle_make_file("open", fd_text, FD_TEXT_LEN);
  errno = SUITE_ERRNO_CANARY;
  int fd = open(path, O_RDONLY);
  assert_true(fd >= 0);
  assert_true(oracle_fd_is_open(fd));
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  /* Opened for reading, and it is the file: its bytes come back. */
  assert_int_equal(oracle_fd_flags(fd) & O_ACCMODE, O_RDONLY);
  char buf[64];
  assert_int_equal(oracle_read(fd, buf, sizeof buf), FD_TEXT_LEN);
  assert_memory_equal(buf, fd_text, FD_TEXT_LEN);
  assert_int_equal(close(fd), 0);
}

static void test_open_create_mode(void **state) {
  (void)state;
  unsigned int old = oracle_set_umask(0);
  const char *path = oracle_path("create-0640");
  errno = SUITE_ERRNO_CANARY;
  int fd = open(path, O_CREAT | O_WRONLY | O_EXCL, 0640);
  assert_true(fd >= 0);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  assert_int_equal(oracle_fd_flags(fd) & O_ACCMODE, O_WRONLY);
  assert_int_equal(close(fd), 0);
  assert_int_equal(oracle_file_mode(path), 0640);

  /* The kernel applies the umask to the mode we pass: 0666 & ~022. */
  oracle_set_umask(022);
  path = oracle_path("create-0666");
  fd = open(path, O_CREAT | O_RDWR, 0666);
  assert_true(fd >= 0);
  assert_int_equal(close(fd), 0);
  assert_int_equal(oracle_file_mode(path), 0644);
  oracle_set_umask(old);
}

struct open_call {
  int dirfd;
  const char *path;
  int flags;
  unsigned int mode;
};

static void call_open(void *arg) {
  const struct open_call *c = arg;
  open(c->path, c->flags, c->mode);
}

static void call_openat(void *arg) {
  const struct open_call *c = arg;
  openat(c->dirfd, c->path, c->flags, c->mode);
}

/* The (flags, mode) registers the kernel sees for open(path, flags, mode). */
static void check_open_registers(const char *path, int flags, unsigned int mode,
                                 unsigned int want_mode) {
  struct open_call c = {AT_FDCWD, path, flags, mode};
  struct oracle_syscall seen = suite_trace(call_open, &c, SYS_open);
  assert_int_equal(seen.args[0], SUITE_REG(path));
  assert_int_equal(seen.args[1], SUITE_REG(flags | SUITE_OPEN_EXTRA));
  assert_int_equal(seen.args[2], want_mode);
  assert_true(seen.ret >= 0); /* it opened, so the flags were also sane */
}

static void test_open_mode_only_with_creat_or_tmpfile(void **state) {
  (void)state;
  const char *path = oracle_make_file("traced", fd_text, FD_TEXT_LEN);
  check_open_registers(path, O_RDONLY, 0777, 0);
  check_open_registers(oracle_path("traced-new"), O_CREAT | O_WRONLY, 0640, 0640);
  check_open_registers(oracle_tmpdir(), O_RDONLY | O_DIRECTORY, 0777, 0);
  /* O_TMPFILE may be refused (EOPNOTSUPP) by the filesystem; the registers
   * are what the kernel saw at entry either way. */
  struct open_call c = {AT_FDCWD, oracle_tmpdir(), O_TMPFILE | O_RDWR, 0600};
  struct oracle_syscall seen = suite_trace(call_open, &c, SYS_open);
  assert_int_equal(seen.args[1], SUITE_REG(O_TMPFILE | O_RDWR | SUITE_OPEN_EXTRA));
  assert_int_equal(seen.args[2], 0600);
}

static void test_open_largefile(void **state) {
  (void)state;
  int fd = open_or_fail(oracle_make_file("largefile", fd_text, FD_TEXT_LEN), O_RDONLY);
  /* i386: sysgate passes it; x86_64: the kernel forces it. Set either way. */
  assert_int_equal(oracle_fd_flags(fd) & O_LARGEFILE, O_LARGEFILE);
  assert_int_equal(close(fd), 0);
}

static void test_open_tmpfile(void **state) {
  (void)state;
  unsigned int old = oracle_set_umask(0);
  errno = SUITE_ERRNO_CANARY;
  int fd = open(oracle_tmpdir(), O_TMPFILE | O_RDWR, 0600);
  int e = errno;
  oracle_set_umask(old);
  if (fd == -1 && e == EOPNOTSUPP)
    SKIP_BECAUSE("the filesystem of the test directory has no O_TMPFILE");
  assert_true(fd >= 0);
  assert_int_equal(e, SUITE_ERRNO_CANARY);
  struct oracle_stat st;
  assert_int_equal(oracle_fstat(fd, &st), 0);
  assert_true(st.is_reg);
  assert_int_equal(st.perm, 0600);
  assert_int_equal(st.nlink, 0); /* unnamed: no directory entry */
  assert_int_equal(write(fd, "abc", 3), 3);
  assert_int_equal(oracle_fstat(fd, &st), 0);
  assert_int_equal(st.size, 3);
  assert_int_equal(close(fd), 0);
}

static void test_open_errors(void **state) {
  (void)state;
  const char *file = oracle_make_file("open-err", fd_text, FD_TEXT_LEN);
  struct {
    const char *path;
    int flags, want;
  } cases[] = {
      {oracle_path("missing"), O_RDONLY, ENOENT},
      {oracle_path("open-err/below"), O_RDONLY, ENOTDIR}, /* a file is no directory */
      {file, O_CREAT | O_EXCL | O_WRONLY, EEXIST},
      {oracle_tmpdir(), O_WRONLY, EISDIR},
      {file, O_RDONLY | O_DIRECTORY, ENOTDIR},
      {(const char *)1, O_RDONLY, EFAULT}, /* the kernel reads the path: faults */
  };
  for (unsigned i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    errno = 0;
    long r = open(cases[i].path, cases[i].flags, 0600);
    int e = errno, ge;
    long g = oracle_open(cases[i].path, cases[i].flags, 0600, &ge);
    ASSERT_BOTH_FAIL(r, e, g, ge, cases[i].want);
  }
}

static void test_sys_open(void **state) {
  (void)state;
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(sys_open(oracle_path("missing"), O_RDONLY, 0), -ENOENT);
  assert_int_equal(sys_open((const char *)1, O_RDONLY, 0), -EFAULT);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  long fd = sys_open(oracle_make_file("sys-open", fd_text, FD_TEXT_LEN), O_RDONLY, 0);
  assert_true(fd >= 0);
  assert_true(oracle_fd_is_open((int)fd));
  assert_int_equal(oracle_fd_flags((int)fd) & O_LARGEFILE, O_LARGEFILE);
  assert_int_equal(close((int)fd), 0);
}

/* --- openat ---------------------------------------------------------------- */

static void test_openat_fdcwd(void **state) {
  (void)state;
  oracle_make_file("at-cwd", fd_text, FD_TEXT_LEN);
  assert_int_equal(oracle_push_cwd(oracle_tmpdir()), 0);
  errno = SUITE_ERRNO_CANARY;
  /* Relative, so only the current directory can resolve it. */
  int fd = openat(AT_FDCWD, "at-cwd", O_RDONLY);
  int e = errno;
  errno = 0;
  long r = openat(AT_FDCWD, "at-missing", O_RDONLY);
  int re = errno, ge;
  long g = oracle_openat(AT_FDCWD, "at-missing", O_RDONLY, 0, &ge);
  assert_int_equal(oracle_pop_cwd(), 0);
  assert_true(fd >= 0);
  assert_int_equal(e, SUITE_ERRNO_CANARY);
  char buf[64];
  assert_int_equal(read(fd, buf, sizeof buf), FD_TEXT_LEN);
  assert_memory_equal(buf, fd_text, FD_TEXT_LEN);
  assert_int_equal(close(fd), 0);
  ASSERT_BOTH_FAIL(r, re, g, ge, ENOENT);
}

static void test_openat_registers(void **state) {
  (void)state;
  /* AT_FDCWD is negative: sign-extended to the full register. */
  struct open_call c = {AT_FDCWD, oracle_make_file("at-traced", fd_text, FD_TEXT_LEN), O_RDONLY,
                        0777};
  struct oracle_syscall seen = suite_trace(call_openat, &c, SYS_openat);
  assert_int_equal(seen.args[0], SUITE_REG(AT_FDCWD));
  assert_int_equal(seen.args[1], SUITE_REG(c.path));
  assert_int_equal(seen.args[2], SUITE_REG(O_RDONLY | SUITE_OPEN_EXTRA));
  assert_int_equal(seen.args[3], 0);
  assert_true(seen.ret >= 0);

  c.path = oracle_path("at-traced-new");
  c.flags = O_CREAT | O_WRONLY;
  c.mode = 0640;
  seen = suite_trace(call_openat, &c, SYS_openat);
  assert_int_equal(seen.args[2], SUITE_REG(O_CREAT | O_WRONLY | SUITE_OPEN_EXTRA));
  assert_int_equal(seen.args[3], 0640);
  assert_true(seen.ret >= 0);
}

static void test_openat_dirfd(void **state) {
  (void)state;
  oracle_make_file("at-dir", fd_text, FD_TEXT_LEN);
  int dfd = open(oracle_tmpdir(), O_RDONLY | O_DIRECTORY);
  assert_true(dfd >= 0);
  struct oracle_stat st;
  assert_int_equal(oracle_fstat(dfd, &st), 0);
  assert_true(st.is_dir);

  errno = SUITE_ERRNO_CANARY;
  int fd = openat(dfd, "at-dir", O_RDONLY);
  assert_true(fd >= 0);
  char buf[64];
  assert_int_equal(read(fd, buf, sizeof buf), FD_TEXT_LEN);
  assert_memory_equal(buf, fd_text, FD_TEXT_LEN);
  assert_int_equal(close(fd), 0);

  unsigned int old = oracle_set_umask(0);
  fd = openat(dfd, "at-new", O_CREAT | O_WRONLY | O_EXCL, 0640);
  oracle_set_umask(old);
  assert_true(fd >= 0);
  assert_int_equal(close(fd), 0);
  assert_int_equal(oracle_file_mode(oracle_path("at-new")), 0640);

  /* An absolute path ignores dirfd, even an invalid one; glibc agrees. */
  int ge;
  fd = openat(-1, oracle_path("at-dir"), O_RDONLY);
  int g = oracle_openat(-1, oracle_path("at-dir"), O_RDONLY, 0, &ge);
  assert_true(fd >= 0);
  assert_true(g >= 0);
  assert_int_equal(close(fd), 0);
  assert_int_equal(oracle_close(g), 0);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  assert_int_equal(close(dfd), 0);
}

static void test_openat_errors(void **state) {
  (void)state;
  const char *file = oracle_make_file("at-err", fd_text, FD_TEXT_LEN);
  int ffd = open_or_fail(file, O_RDONLY);
  int dfd = open_or_fail(oracle_tmpdir(), O_RDONLY | O_DIRECTORY);
  struct {
    int dirfd;
    const char *path;
    int want;
  } cases[] = {
      {-1, "at-err", EBADF},    /* a relative path needs a real dirfd */
      {ffd, "at-err", ENOTDIR}, /* a file's fd is no directory */
      {dfd, "at-missing", ENOENT},
      {dfd, "at-err/below", ENOTDIR},
  };
  for (unsigned i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    errno = 0;
    long r = openat(cases[i].dirfd, cases[i].path, O_RDONLY);
    int e = errno, ge;
    long g = oracle_openat(cases[i].dirfd, cases[i].path, O_RDONLY, 0, &ge);
    ASSERT_BOTH_FAIL(r, e, g, ge, cases[i].want);
  }
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(sys_openat(-1, "at-err", O_RDONLY, 0), -EBADF);
  assert_int_equal(sys_openat(ffd, "at-err", O_RDONLY, 0), -ENOTDIR);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  long fd = sys_openat(dfd, "at-err", O_RDONLY, 0);
  assert_true(fd >= 0);
  assert_int_equal(close((int)fd), 0);
  assert_int_equal(close(ffd), 0);
  assert_int_equal(close(dfd), 0);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_open_existing),
      cmocka_unit_test(test_open_create_mode),
      cmocka_unit_test(test_open_mode_only_with_creat_or_tmpfile),
      cmocka_unit_test(test_open_largefile),
      cmocka_unit_test(test_open_tmpfile),
      cmocka_unit_test(test_open_errors),
      cmocka_unit_test(test_sys_open),
      cmocka_unit_test(test_openat_fdcwd),
      cmocka_unit_test(test_openat_registers),
      cmocka_unit_test(test_openat_dirfd),
      cmocka_unit_test(test_openat_errors),
  };
  return cmocka_run_group_tests(tests, NULL, suite_teardown);
}
