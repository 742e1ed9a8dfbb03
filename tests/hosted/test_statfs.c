/* statfs(2) and fstatfs(2) (sysgate/statfs.h): every field against glibc's statfs64
 * of the same filesystem, and failures against glibc's on the same input.
 *
 * Not obvious: the test directory's filesystem is shared with whatever else
 * runs on the machine, so its free block and inode counts may move between our
 * statfs and glibc's; those three fields are compared exactly only on /proc,
 * whose figures never change.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "oracle.h"
#include "oracle_fs.h"
#include <sysgate.h>

#include "suite.h"
#include "suite_fs.h"

/* --- statfs, fstatfs ------------------------------------------------------- */

static struct oracle_fields statfs_fields(const struct statfs *s) {
  struct oracle_fields f;
  memset(&f, 0, sizeof f);
  ORACLE_FIELDS(ORACLE_STATFS_FIELDS, &f, s);
  return f;
}

/* Free blocks and inodes (f_bfree, f_bavail, f_ffree) are set aside on a live
 * filesystem: 3, 4 and 6 in ORACLE_STATFS_FIELDS. */
static void forget_free_counts(struct oracle_fields *f) {
  f->v[3] = f->v[4] = f->v[6] = 0;
}

static void test_statfs_matches_glibc(void **state) {
  (void)state;
  struct statfs s;
  memset(&s, 0, sizeof s); /* gcc -O2 cannot see that a failed call ends the test */
  struct oracle_fields ours, theirs;
  int err;
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(statfs("/proc", &s), 0);
  ours = statfs_fields(&s);
  assert_int_equal(glibc_statfs("/proc", &theirs, &err), 0);
  FS_ASSERT_FIELDS(ORACLE_STATFS_FIELDS, &ours, &theirs);

  const char *dir = oracle_tmpdir();
  assert_int_equal(statfs(dir, &s), 0);
  assert_true(s.f_bfree <= s.f_blocks && s.f_bavail <= s.f_blocks && s.f_ffree <= s.f_files);
  assert_true(s.f_bsize > 0 && s.f_namelen >= 255);
  ours = statfs_fields(&s);
  assert_int_equal(glibc_statfs(dir, &theirs, &err), 0);
  forget_free_counts(&ours);
  forget_free_counts(&theirs);
  FS_ASSERT_FIELDS(ORACLE_STATFS_FIELDS, &ours, &theirs);

  int fd = fs_open_dir(dir);
  assert_int_equal(fstatfs(fd, &s), 0);
  ours = statfs_fields(&s);
  assert_int_equal(glibc_fstatfs(fd, &theirs, &err), 0);
  forget_free_counts(&ours);
  forget_free_counts(&theirs);
  FS_ASSERT_FIELDS(ORACLE_STATFS_FIELDS, &ours, &theirs);
  assert_int_equal(close(fd), 0);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);

  /* Different filesystems, different answers: the call looked at the path. */
  struct statfs proc;
  memset(&proc, 0, sizeof proc);
  assert_int_equal(statfs("/proc", &proc), 0);
  assert_true(proc.f_type != s.f_type);
}

static void test_statfs_errors(void **state) {
  (void)state;
  struct fs_path file = fs_keep(oracle_make_file("statfs-file", fs_text, FS_TEXT_LEN));
  struct fs_path missing = fs_keep(oracle_path("statfs-missing"));
  struct fs_path below = fs_keep(oracle_path("statfs-file/below"));
  struct statfs s;
  memset(&s, 0, sizeof s);
  struct oracle_fields f;
  int ge;
  long r, g;
  const struct {
    const char *path;
    int want;
  } cases[] = {{missing.s, ENOENT}, {below.s, ENOTDIR}, {(const char *)1, EFAULT}};
  for (unsigned i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    errno = 0;
    r = statfs(cases[i].path, &s);
    int e = errno;
    g = glibc_statfs(cases[i].path, &f, &ge);
    ASSERT_BOTH_FAIL(r, e, g, ge, cases[i].want);
    FS_SYS_FAILS(cases[i].want, statfs, cases[i].path, &s);
  }
  errno = 0;
  r = fstatfs(-1, &s);
  int e = errno;
  g = glibc_fstatfs(-1, &f, &ge);
  ASSERT_BOTH_FAIL(r, e, g, ge, EBADF);
  FS_SYS_FAILS(EBADF, fstatfs, -1, &s);
  /* The kernel writes the caller's struct itself, on both arches. */
  FS_SYS_FAILS(EFAULT, statfs, file.s, (struct statfs *)1);
  errno = 0;
  assert_int_equal(statfs(file.s, (struct statfs *)1), -1);
  assert_int_equal(errno, EFAULT);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_statfs_matches_glibc),
      cmocka_unit_test(test_statfs_errors),
  };
  return cmocka_run_group_tests(tests, NULL, suite_teardown);
}
