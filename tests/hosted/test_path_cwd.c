/* getcwd(3), chdir(2), fchdir and chroot(2) (sysgate/path.h): each against glibc
 * on the same input, and the directory the process is then in, as glibc sees it.
 *
 * Not obvious: chroot and the unreachable-cwd getcwd run in forked children, which
 * report by exit status, so that this process keeps its root and its cwd.
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

/* --- getcwd, chdir, fchdir ------------------------------------------------- */

static void test_chdir_getcwd(void **state) {
  (void)state;
  int err;
  char ours[256], theirs[256];
  struct fs_path dir = fs_keep(oracle_path("cwd"));
  assert_int_equal(glibc_mkdir(dir.s, 0700, &err), 0);
  assert_int_equal(oracle_push_cwd("/"), 0);

  FS_OK(chdir, dir.s);
  errno = SUITE_ERRNO_CANARY;
  char *r = getcwd(ours, sizeof ours);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  assert_ptr_equal(r, ours); /* glibc's return: the buffer, not the kernel's length */
  assert_ptr_equal(glibc_getcwd(theirs, sizeof theirs, &err), theirs);
  assert_string_equal(ours, theirs);
  assert_string_equal(ours, dir.s);
  size_t len = strlen(ours);
  assert_int_equal(sys_getcwd(ours, sizeof ours), len + 1); /* the kernel counts the NUL */

  int dfd = fs_open_dir(oracle_tmpdir());
  FS_OK(fchdir, dfd);
  assert_ptr_equal(glibc_getcwd(theirs, sizeof theirs, &err), theirs);
  assert_string_equal(theirs, oracle_tmpdir());
  assert_int_equal(close(dfd), 0);
  assert_int_equal(oracle_pop_cwd(), 0);
}

static void test_getcwd_errors(void **state) {
  (void)state;
  int err;
  char buf[256], theirs[256];
  assert_ptr_equal(getcwd(buf, sizeof buf), buf);
  size_t len = strlen(buf);

  /* Room for the path but not its NUL: ERANGE, for glibc and for us. */
  errno = 0;
  assert_null(getcwd(buf, len));
  assert_int_equal(errno, ERANGE);
  assert_null(glibc_getcwd(theirs, len, &err));
  assert_int_equal(err, ERANGE);
  errno = 0;
  assert_null(getcwd(buf, 0));
  assert_int_equal(errno, EINVAL);
  assert_null(glibc_getcwd(theirs, 0, &err));
  assert_int_equal(err, EINVAL);
  /* glibc would allocate; sysgate has no allocator and says EINVAL. */
  errno = 0;
  assert_null(getcwd(NULL, 0));
  assert_int_equal(errno, EINVAL);
  errno = 0;
  char *volatile bad = (char *)1; /* hidden from gcc, which would flag buf[0] at address 1 */
  assert_null(getcwd(bad, sizeof buf));
  assert_int_equal(errno, EFAULT);

  FS_SYS_FAILS(ERANGE, getcwd, buf, len);
  FS_SYS_FAILS(ERANGE, getcwd, buf, 0); /* the kernel's answer; getcwd's is EINVAL */
  assert_int_equal(sys_getcwd(buf, len + 1), len + 1);
}

static void test_chdir_errors(void **state) {
  (void)state;
  struct fs_path file = fs_keep(oracle_make_file("cd-file", fs_text, FS_TEXT_LEN));
  struct fs_path missing = fs_keep(oracle_path("cd-missing"));
  FS_FAILS(ENOTDIR, chdir, file.s);
  FS_FAILS(ENOENT, chdir, missing.s);
  FS_FAILS(EFAULT, chdir, (const char *)1);
  FS_FAILS(EBADF, fchdir, -1);
  int fd = open(file.s, O_RDONLY);
  assert_true(fd >= 0);
  FS_FAILS(ENOTDIR, fchdir, fd);
  assert_int_equal(close(fd), 0);
}

/* --- chroot ---------------------------------------------------------------- */

enum { CHILD_OK = 0, CHILD_NO_PERMISSION = 10, CHILD_WRONG = 20 };

/* In a child: chroot into the test directory; "/chroot-marker" must then be
 * the marker file made there, and the old root's tmpdir path gone. */
static void child_chroot(void *arg) {
  const char *dir = arg;
  if (chroot(dir) != 0)
    _exit(errno == EPERM ? CHILD_NO_PERMISSION : CHILD_WRONG + 1);
  if (chdir("/") != 0)
    _exit(CHILD_WRONG + 2);
  struct stat st;
  memset(&st, 0, sizeof st); /* gcc -O2 cannot see that a failed call ends the test */
  if (stat("/chroot-marker", &st) != 0 || st.st_size != (off_t)FS_TEXT_LEN)
    _exit(CHILD_WRONG + 3);
  if (stat(dir, &st) != -1 || errno != ENOENT) /* the tmpdir is not inside itself */
    _exit(CHILD_WRONG + 4);
  _exit(CHILD_OK);
}

/* In a child: chroot below the working directory without chdir: the working
 * directory is now outside the root, and getcwd must say ENOENT as glibc does
 * rather than hand back the kernel's "(unreachable)/..." text. */
static void child_unreachable_cwd(void *arg) {
  const char *below = arg;
  char buf[256];
  int err;
  if (chroot(below) != 0)
    _exit(errno == EPERM ? CHILD_NO_PERMISSION : CHILD_WRONG + 1);
  long n = sys_getcwd(buf, sizeof buf);
  if (n <= 0 || buf[0] == '/')
    _exit(CHILD_WRONG + 2); /* the kernel must have given the odd form */
  errno = 0;
  if (getcwd(buf, sizeof buf) != NULL || errno != ENOENT)
    _exit(CHILD_WRONG + 3);
  if (glibc_getcwd(buf, sizeof buf, &err) != NULL || err != ENOENT)
    _exit(CHILD_WRONG + 4);
  _exit(CHILD_OK);
}

static void run_root_child(void (*fn)(void *), void *arg) {
  int status = oracle_child_status(fn, arg);
  if (status == CHILD_NO_PERMISSION)
    SKIP_BECAUSE("chroot needs CAP_SYS_CHROOT");
  assert_int_equal(status, CHILD_OK);
}

static void test_chroot(void **state) {
  (void)state;
  oracle_make_file("chroot-marker", fs_text, FS_TEXT_LEN);
  run_root_child(child_chroot, (void *)oracle_tmpdir());
}

static void test_getcwd_unreachable(void **state) {
  (void)state;
  int err;
  struct fs_path below = fs_keep(oracle_path("jail"));
  assert_int_equal(glibc_mkdir(below.s, 0700, &err), 0);
  assert_int_equal(oracle_push_cwd(oracle_tmpdir()), 0);
  run_root_child(child_unreachable_cwd, below.s);
  assert_int_equal(oracle_pop_cwd(), 0);
}

static void test_chroot_errors(void **state) {
  (void)state;
  struct fs_path file = fs_keep(oracle_make_file("chroot-file", fs_text, FS_TEXT_LEN));
  struct fs_path missing = fs_keep(oracle_path("chroot-missing"));
  FS_FAILS(ENOENT, chroot, missing.s);
  FS_FAILS(ENOTDIR, chroot, file.s);
  FS_FAILS(EFAULT, chroot, (const char *)1);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_chdir_getcwd),       cmocka_unit_test(test_getcwd_errors),
      cmocka_unit_test(test_chdir_errors),       cmocka_unit_test(test_chroot),
      cmocka_unit_test(test_getcwd_unreachable), cmocka_unit_test(test_chroot_errors),
  };
  return cmocka_run_group_tests(tests, NULL, suite_teardown);
}
