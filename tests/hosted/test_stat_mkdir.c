/* mkdir(2), mkdirat, umask(2), mknod(2) and mknodat (sysgate/stat.h): what each
 * made, as glibc's stat sees it, and failures against glibc on the same input.
 *
 * Not obvious: the umask is the process's, shared with glibc: glibc's umask must
 * read back the one sysgate set, and the test restores the caller's mask at the end.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "oracle.h"
#include "oracle_fs.h"
#include "oracle_misc.h"
#include "oracle_time.h"
#include <sysgate.h>

#include "suite.h"
#include "suite_extra.h"
#include "suite_fs.h"

/* --- mkdir, mkdirat, umask ------------------------------------------------- */

static void test_mkdir_and_umask(void **state) {
  (void)state;
  mode_t old = umask(022);
  assert_int_equal(glibc_umask(022, &(int){0}), 022); /* glibc sees what we set */
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(umask(077), 022);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  const char *dir = oracle_path("mkdir-077");
  FS_OK(mkdir, dir, 0777);
  struct stat st;
  memset(&st, 0, sizeof st);
  assert_int_equal(stat(dir, &st), 0);
  assert_true(S_ISDIR(st.st_mode));
  assert_int_equal(oracle_file_mode(dir), 0700); /* 0777 & ~077 */

  assert_int_equal(umask(0), 077);
  int dfd = open(oracle_tmpdir(), O_RDONLY | O_DIRECTORY);
  assert_true(dfd >= 0);
  FS_OK(mkdirat, dfd, "mkdirat-0751", 0751);
  assert_int_equal(oracle_file_mode(oracle_path("mkdirat-0751")), 0751);
  assert_int_equal(close(dfd), 0);
  assert_int_equal(umask(old), 0);
  assert_int_equal(sys_umask(old), old);
}

static void test_mkdir_errors(void **state) {
  (void)state;
  struct fs_path file = fs_keep(oracle_make_file("mkdir-err", fs_text, FS_TEXT_LEN));
  struct fs_path below = fs_keep(oracle_path("mkdir-err/below"));
  struct fs_path deep = fs_keep(oracle_path("mkdir-none/below"));
  FS_FAILS(EEXIST, mkdir, file.s, 0700);
  FS_FAILS(EEXIST, mkdir, oracle_tmpdir(), 0700);
  FS_FAILS(ENOTDIR, mkdir, below.s, 0700);
  FS_FAILS(ENOENT, mkdir, deep.s, 0700);
  FS_FAILS(EFAULT, mkdir, (const char *)1, 0700);
  FS_FAILS(EBADF, mkdirat, -1, "rel", 0700);
  int ffd = open(file.s, O_RDONLY);
  assert_true(ffd >= 0);
  FS_FAILS(ENOTDIR, mkdirat, ffd, "rel", 0700);
  assert_int_equal(close(ffd), 0);
  FS_SYS_FAILS(ENOENT, mkdirat, AT_FDCWD, deep.s, 0700);
}

/* --- mknod, mknodat -------------------------------------------------------- */

static void test_mknod(void **state) {
  (void)state;
  mode_t old = umask(0);
  const char *fifo = oracle_path("mknod-fifo");
  FS_OK(mknod, fifo, S_IFIFO | 0640, 0);
  struct stat st;
  memset(&st, 0, sizeof st);
  assert_int_equal(stat(fifo, &st), 0);
  assert_true(S_ISFIFO(st.st_mode));
  assert_int_equal(oracle_file_mode(fifo), 0640);

  int dfd = open(oracle_tmpdir(), O_RDONLY | O_DIRECTORY);
  assert_true(dfd >= 0);
  FS_OK(mknodat, dfd, "mknodat-reg", S_IFREG | 0604, 0);
  assert_int_equal(stat(oracle_path("mknodat-reg"), &st), 0);
  assert_true(S_ISREG(st.st_mode));
  assert_int_equal(st.st_size, 0);
  assert_int_equal(close(dfd), 0);
  umask(old);
}

static void test_mknod_device(void **state) {
  (void)state;
  const char *path = oracle_path("mknod-chr");
  errno = SUITE_ERRNO_CANARY;
  int r = mknod(path, S_IFCHR | 0600, makedev(1, 5));
  if (r == -1 && errno == EPERM)
    SKIP_BECAUSE("making a device node needs CAP_MKNOD");
  assert_int_equal(r, 0);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  struct oracle_fields theirs = glibc_fields(path, 1);
  assert_int_equal(theirs.v[ORACLE_STAT_RDEV], glibc_makedev(1, 5)); /* st_rdev, glibc's reading */
  assert_int_equal(glibc_s_is((unsigned)theirs.v[ORACLE_STAT_MODE]), 1 << 5);
  /* The largest device the kernel's 32-bit form holds: major 4095, minor 2^20 - 1. */
  path = oracle_path("mknod-big");
  FS_OK(mknod, path, S_IFBLK | 0600, makedev(0xfff, 0xfffff));
  theirs = glibc_fields(path, 1);
  assert_int_equal(theirs.v[ORACLE_STAT_RDEV], glibc_makedev(0xfff, 0xfffff));
  assert_int_equal(glibc_s_is((unsigned)theirs.v[ORACLE_STAT_MODE]), 1 << 3);
}

static void test_mknod_errors(void **state) {
  (void)state;
  struct fs_path file = fs_keep(oracle_make_file("mknod-err", fs_text, FS_TEXT_LEN));
  struct fs_path fresh = fs_keep(oracle_path("mknod-fresh"));
  FS_FAILS(EEXIST, mknod, file.s, S_IFIFO | 0600, 0ull);
  FS_FAILS(EPERM, mknod, fresh.s, S_IFDIR | 0700, 0ull); /* mkdir's business */
  FS_FAILS(EINVAL, mknod, fresh.s, S_IFMT | 0700, 0ull); /* no file type at all */
  /* Major 4096 needs bits above 32: the kernel cannot take it, glibc refuses. */
  FS_FAILS(EINVAL, mknod, fresh.s, S_IFCHR | 0600, glibc_makedev(0x1000, 0));
  FS_FAILS(EINVAL, mknodat, AT_FDCWD, fresh.s, S_IFCHR | 0600, 1ull << 32);
  FS_FAILS(EBADF, mknodat, -1, "rel", S_IFIFO | 0600, 0ull);
  FS_SYS_FAILS(EEXIST, mknod, file.s, S_IFIFO | 0600, 0);
  int err;
  struct oracle_fields f;
  assert_int_equal(glibc_stat(fresh.s, &f, &err), -1); /* nothing was made */
  assert_int_equal(err, ENOENT);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_mkdir_and_umask), cmocka_unit_test(test_mkdir_errors),
      cmocka_unit_test(test_mknod),           cmocka_unit_test(test_mknod_device),
      cmocka_unit_test(test_mknod_errors),
  };
  return cmocka_run_group_tests(tests, NULL, suite_teardown);
}
