/* getxattr(2), setxattr(2), listxattr(2), removexattr(2) with their l- and f- forms
 * (sysgate/xattr.h): attributes set by one library read back by the other, on a file,
 * a descriptor and a symbolic link, and failures against glibc's on the same input.
 *
 * Not obvious: user.* attributes are refused on a symbolic link (EPERM), so the
 * link's own attributes are trusted.*, which need CAP_SYS_ADMIN or the test skips.
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

/* --- xattrs ---------------------------------------------------------------- */

#define NAME "user.sysgate"
static const char value[] = "attribute value";
#define VALUE_LEN (sizeof value - 1)

/* Sets a first attribute on path, or skips when the filesystem has none. */
static void set_or_skip(const char *path) {
  errno = SUITE_ERRNO_CANARY;
  int r = setxattr(path, NAME, value, VALUE_LEN, XATTR_CREATE);
  if (r == -1 && errno == EOPNOTSUPP)
    SKIP_BECAUSE("the test directory's filesystem has no user.* extended attributes");
  assert_int_equal(r, 0);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
}

static void test_xattr_by_path(void **state) {
  (void)state;
  struct fs_path path = fs_keep(oracle_make_file("xattr", fs_text, FS_TEXT_LEN));
  set_or_skip(path.s);
  char ours[64], theirs[64];
  int err;
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(glibc_getxattr(path.s, NAME, theirs, sizeof theirs, &err), VALUE_LEN);
  assert_memory_equal(theirs, value, VALUE_LEN);
  assert_int_equal(getxattr(path.s, NAME, ours, sizeof ours), VALUE_LEN);
  assert_memory_equal(ours, value, VALUE_LEN);
  assert_int_equal(getxattr(path.s, NAME, NULL, 0), VALUE_LEN); /* size 0: how big */

  FS_OK(setxattr, path.s, NAME, "new", 3, XATTR_REPLACE);
  assert_int_equal(glibc_getxattr(path.s, NAME, theirs, sizeof theirs, &err), 3);
  assert_memory_equal(theirs, "new", 3);
  FS_OK(setxattr, path.s, "user.second", "2", 1, 0);

  /* The list is NUL-terminated names, in the filesystem's order, as glibc gets it. */
  long n = listxattr(path.s, ours, sizeof ours);
  assert_int_equal(n, glibc_listxattr(path.s, theirs, sizeof theirs, &err));
  assert_memory_equal(ours, theirs, (size_t)n);
  assert_int_equal(n, sizeof NAME + sizeof "user.second");
  assert_int_equal(listxattr(path.s, NULL, 0), n);

  FS_OK(removexattr, path.s, NAME);
  FS_FAILS(ENODATA, getxattr, path.s, NAME, ours, sizeof ours);
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(listxattr(path.s, ours, sizeof ours), sizeof "user.second");
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
}

static void test_xattr_by_fd(void **state) {
  (void)state;
  struct fs_path path = fs_keep(oracle_make_file("xattr-fd", fs_text, FS_TEXT_LEN));
  set_or_skip(path.s);
  int fd = open(path.s, O_RDONLY);
  assert_true(fd >= 0);
  char ours[64], theirs[64];
  int err;
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(fgetxattr(fd, NAME, ours, sizeof ours), VALUE_LEN);
  assert_memory_equal(ours, value, VALUE_LEN);
  FS_OK(fsetxattr, fd, "user.by-fd", "fd", 2, XATTR_CREATE);
  assert_int_equal(glibc_getxattr(path.s, "user.by-fd", theirs, sizeof theirs, &err), 2);
  long n = flistxattr(fd, ours, sizeof ours);
  assert_int_equal(n, glibc_flistxattr(fd, theirs, sizeof theirs, &err));
  assert_memory_equal(ours, theirs, (size_t)n);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  FS_OK(fremovexattr, fd, "user.by-fd");
  assert_int_equal(glibc_getxattr(path.s, "user.by-fd", theirs, sizeof theirs, &err), -1);
  assert_int_equal(err, ENODATA);
  assert_int_equal(close(fd), 0);
}

/* A symlink cannot carry user.* attributes (xattr(7)); trusted.* needs root.
 * The l- calls act on the link, the plain ones on its target. */
static void test_xattr_on_symlink(void **state) {
  (void)state;
  int err;
  struct fs_path file = fs_keep(oracle_make_file("xattr-target", fs_text, FS_TEXT_LEN));
  struct fs_path link = fs_keep(oracle_path("xattr-link"));
  assert_int_equal(glibc_symlink(file.s, link.s, &err), 0);
  set_or_skip(file.s);
  FS_FAILS(EPERM, lsetxattr, link.s, "user.on-link", "x", 1, 0);

  errno = SUITE_ERRNO_CANARY;
  int r = lsetxattr(link.s, "trusted.sysgate", "link", 4, 0);
  if (r == -1 && errno == EPERM)
    SKIP_BECAUSE("trusted.* attributes need CAP_SYS_ADMIN");
  assert_int_equal(r, 0);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  char buf[64];
  assert_int_equal(lgetxattr(link.s, "trusted.sysgate", buf, sizeof buf), 4);
  assert_memory_equal(buf, "link", 4);
  assert_int_equal(glibc_lgetxattr(link.s, "trusted.sysgate", buf, sizeof buf, &err), 4);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  FS_FAILS(ENODATA, getxattr, link.s, "trusted.sysgate", buf, sizeof buf);
  assert_int_equal(getxattr(link.s, NAME, buf, sizeof buf), VALUE_LEN); /* the target's */

  errno = SUITE_ERRNO_CANARY;
  long n = llistxattr(link.s, buf, sizeof buf);
  char theirs[64];
  assert_int_equal(n, glibc_llistxattr(link.s, theirs, sizeof theirs, &err));
  assert_memory_equal(buf, theirs, (size_t)n);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  FS_OK(lremovexattr, link.s, "trusted.sysgate");
  FS_FAILS(ENODATA, lgetxattr, link.s, "trusted.sysgate", buf, sizeof buf);
}

static void test_xattr_errors(void **state) {
  (void)state;
  struct fs_path path = fs_keep(oracle_make_file("xattr-err", fs_text, FS_TEXT_LEN));
  struct fs_path missing = fs_keep(oracle_path("xattr-missing"));
  set_or_skip(path.s);
  char buf[4], longname[300];
  memcpy(longname, "user.", 5);
  memset(longname + 5, 'n', sizeof longname - 6);
  longname[sizeof longname - 1] = '\0';
  FS_FAILS(EEXIST, setxattr, path.s, NAME, "v", 1, XATTR_CREATE);
  FS_FAILS(ENODATA, setxattr, path.s, "user.none", "v", 1, XATTR_REPLACE);
  FS_FAILS(EINVAL, setxattr, path.s, NAME, "v", 1, 0x40);
  FS_FAILS(EOPNOTSUPP, setxattr, path.s, "nonamespace", "v", 1, 0);
  FS_FAILS(ERANGE, setxattr, path.s, longname, "v", 1, 0);
  FS_FAILS(ENOENT, setxattr, missing.s, NAME, "v", 1, 0);
  FS_FAILS(ERANGE, getxattr, path.s, NAME, buf, sizeof buf); /* the value is longer */
  FS_FAILS(ENOENT, getxattr, missing.s, NAME, buf, sizeof buf);
  FS_FAILS(ENOENT, lgetxattr, missing.s, NAME, buf, sizeof buf);
  FS_FAILS(EBADF, fgetxattr, -1, NAME, buf, sizeof buf);
  FS_FAILS(EBADF, fsetxattr, -1, NAME, "v", 1, 0);
  FS_FAILS(ERANGE, listxattr, path.s, buf, sizeof buf);
  FS_FAILS(ENOENT, llistxattr, missing.s, buf, sizeof buf);
  FS_FAILS(EBADF, flistxattr, -1, buf, sizeof buf);
  FS_FAILS(ENODATA, removexattr, path.s, "user.none");
  FS_FAILS(ENOENT, lremovexattr, missing.s, NAME);
  FS_FAILS(EBADF, fremovexattr, -1, NAME);
  FS_SYS_FAILS(ENOENT, lsetxattr, missing.s, NAME, "v", 1, 0);
  FS_SYS_FAILS(ERANGE, getxattr, path.s, NAME, buf, sizeof buf);
  char back[64];
  int err;
  assert_int_equal(glibc_getxattr(path.s, NAME, back, sizeof back, &err), VALUE_LEN);
  assert_memory_equal(back, value, VALUE_LEN); /* no failure touched the value */
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_xattr_by_path),
      cmocka_unit_test(test_xattr_by_fd),
      cmocka_unit_test(test_xattr_on_symlink),
      cmocka_unit_test(test_xattr_errors),
  };
  return cmocka_run_group_tests(tests, NULL, suite_teardown);
}
