/* access(2), faccessat, faccessat2, rmdir(2), unlink(2), unlinkat, rename(2),
 * renameat, renameat2, link(2), linkat, symlink(2), symlinkat, readlink(2),
 * readlinkat, chown(2), fchown, lchown, fchownat (sysgate/path.h): each against
 * glibc on the same input and against what really happened to the tree, as
 * glibc's stat and readlink see it.
 *
 * Not obvious: the tests run as root, for whom access() grants reading and
 * writing anything; execute permission is the one check root does not pass (a
 * file with no x bit at all), so EACCES comes from X_OK.
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

/* Does path exist, as glibc's lstat sees it? */
static int exists(const char *path) {
  struct oracle_fields f;
  int err;
  return glibc_lstat(path, &f, &err) == 0;
}

/* glibc's lstat field i of path. */
static long long field(const char *path, int i) {
  struct oracle_fields f;
  int err;
  assert_int_equal(glibc_lstat(path, &f, &err), 0);
  return f.v[i];
}

static void assert_content(const char *path, const char *want) {
  char buf[64];
  long n = oracle_read_file(path, buf, sizeof buf);
  assert_int_equal(n, strlen(want));
  assert_memory_equal(buf, want, (size_t)n);
}

/* --- access, faccessat, faccessat2 ----------------------------------------- */

static void test_access(void **state) {
  (void)state;
  const char *file = oracle_make_file("access", fs_text, FS_TEXT_LEN);
  FS_OK(access, file, F_OK);
  FS_OK(access, file, R_OK | W_OK);
  FS_OK(access, oracle_tmpdir(), R_OK | W_OK | X_OK);
  int err;
  assert_int_equal(glibc_access(file, R_OK | W_OK, &err), 0);
}

static void test_access_errors(void **state) {
  (void)state;
  struct fs_path file = fs_keep(oracle_make_file("access-err", fs_text, FS_TEXT_LEN));
  struct fs_path missing = fs_keep(oracle_path("access-missing"));
  struct fs_path below = fs_keep(oracle_path("access-err/below"));
  FS_FAILS(EACCES, access, file.s, X_OK); /* 0644: not even root may execute it */
  FS_FAILS(ENOENT, access, missing.s, F_OK);
  FS_FAILS(ENOTDIR, access, below.s, F_OK);
  FS_FAILS(EINVAL, access, file.s, 010); /* no such mode bit */
  FS_FAILS(EFAULT, access, (const char *)1, F_OK);
}

static void test_faccessat(void **state) {
  (void)state;
  int err;
  oracle_make_file("facc", fs_text, FS_TEXT_LEN);
  struct fs_path dangling = fs_keep(oracle_path("facc-dangling"));
  assert_int_equal(glibc_symlink(oracle_path("facc-nowhere"), dangling.s, &err), 0);
  int dfd = fs_open_dir(oracle_tmpdir());
  FS_OK(faccessat, dfd, "facc", R_OK, 0);
  FS_OK(faccessat, dfd, "facc", R_OK | W_OK, AT_EACCESS);
  FS_OK(faccessat2, dfd, "facc", W_OK, AT_EACCESS);
  /* A dangling link exists only when it is not followed. */
  FS_OK(faccessat, AT_FDCWD, dangling.s, F_OK, AT_SYMLINK_NOFOLLOW);
  FS_OK(faccessat2, AT_FDCWD, dangling.s, F_OK, AT_SYMLINK_NOFOLLOW);
  assert_int_equal(glibc_faccessat(AT_FDCWD, dangling.s, F_OK, AT_SYMLINK_NOFOLLOW, &err), 0);
  FS_FAILS(ENOENT, faccessat, AT_FDCWD, dangling.s, F_OK, 0);
  FS_FAILS(EACCES, faccessat, dfd, "facc", X_OK, AT_EACCESS);
  FS_FAILS(EBADF, faccessat, -1, "facc", F_OK, 0);
  FS_FAILS(EINVAL, faccessat, dfd, "facc", F_OK, 0x40000000);
  /* faccessat2 has no glibc function: glibc's faccessat is the same call. */
  errno = 0;
  assert_int_equal(faccessat2(dfd, "facc", F_OK, 0x40000000), -1);
  assert_int_equal(errno, EINVAL);
  FS_SYS_FAILS(EBADF, faccessat, -1, "facc", F_OK, AT_EACCESS);
  FS_SYS_FAILS(EINVAL, faccessat2, dfd, "facc", F_OK, 0x40000000);
  assert_int_equal(close(dfd), 0);
}

struct access_call {
  const char *path;
  int flags;
};

static void call_faccessat(void *arg) {
  const struct access_call *c = arg;
  faccessat(AT_FDCWD, c->path, R_OK, c->flags);
}

/* flags 0 goes to the three-argument faccessat every kernel has; flags to faccessat2. */
static void test_faccessat_picks_the_call(void **state) {
  (void)state;
  struct access_call c = {oracle_make_file("facc-trace", fs_text, FS_TEXT_LEN), 0};
  struct oracle_syscall seen = suite_trace(call_faccessat, &c, SYS_faccessat);
  assert_int_equal(seen.args[0], SUITE_REG(AT_FDCWD));
  assert_int_equal(seen.args[1], SUITE_REG(c.path));
  assert_int_equal(seen.args[2], R_OK);
  assert_int_equal(seen.ret, 0);
  c.flags = AT_EACCESS;
  seen = suite_trace(call_faccessat, &c, SYS_faccessat2);
  assert_int_equal(seen.args[2], R_OK);
  assert_int_equal(seen.args[3], AT_EACCESS);
  assert_int_equal(seen.ret, 0);
}

/* --- rmdir, unlink, unlinkat ----------------------------------------------- */

static void test_rmdir_unlink(void **state) {
  (void)state;
  int err;
  struct fs_path dir = fs_keep(oracle_path("rm-dir"));
  struct fs_path file = fs_keep(oracle_make_file("rm-file", fs_text, FS_TEXT_LEN));
  assert_int_equal(glibc_mkdir(dir.s, 0700, &err), 0);
  FS_OK(rmdir, dir.s);
  assert_false(exists(dir.s));
  FS_OK(unlink, file.s);
  assert_false(exists(file.s));

  int dfd = fs_open_dir(oracle_tmpdir());
  assert_int_equal(glibc_mkdir(dir.s, 0700, &err), 0);
  file = fs_keep(oracle_make_file("rm-file", fs_text, FS_TEXT_LEN));
  FS_OK(unlinkat, dfd, "rm-dir", AT_REMOVEDIR);
  assert_false(exists(dir.s));
  FS_OK(unlinkat, dfd, "rm-file", 0);
  assert_false(exists(file.s));
  assert_int_equal(close(dfd), 0);
}

static void test_rmdir_unlink_errors(void **state) {
  (void)state;
  int err;
  struct fs_path dir = fs_keep(oracle_path("rm-full"));
  struct fs_path missing = fs_keep(oracle_path("rm-missing"));
  assert_int_equal(glibc_mkdir(dir.s, 0700, &err), 0);
  oracle_make_file("rm-full/inside", fs_text, FS_TEXT_LEN);
  struct fs_path file = fs_keep(oracle_make_file("rm-err", fs_text, FS_TEXT_LEN));
  int dfd = fs_open_dir(oracle_tmpdir());
  FS_FAILS(ENOTEMPTY, rmdir, dir.s);
  FS_FAILS(ENOTDIR, rmdir, file.s);
  FS_FAILS(ENOENT, rmdir, missing.s);
  FS_FAILS(EISDIR, unlink, dir.s);
  FS_FAILS(ENOENT, unlink, missing.s);
  FS_FAILS(EFAULT, unlink, (const char *)1);
  FS_FAILS(EISDIR, unlinkat, dfd, "rm-full", 0);
  FS_FAILS(ENOTDIR, unlinkat, dfd, "rm-err", AT_REMOVEDIR);
  FS_FAILS(EINVAL, unlinkat, dfd, "rm-err", 0x40000000);
  FS_FAILS(EBADF, unlinkat, -1, "rm-err", 0);
  assert_true(exists(dir.s));
  assert_true(exists(file.s));
  assert_int_equal(close(dfd), 0);
}

/* --- rename, renameat, renameat2 ------------------------------------------- */

static void test_rename_family(void **state) {
  (void)state;
  struct fs_path a = fs_keep(oracle_make_file("ren-a", "alpha", 5));
  struct fs_path b = fs_keep(oracle_path("ren-b"));
  long long ino = field(a.s, ORACLE_STAT_INO);
  FS_OK(rename, a.s, b.s);
  assert_false(exists(a.s));
  assert_int_equal(field(b.s, ORACLE_STAT_INO), ino);
  assert_content(b.s, "alpha");

  int dfd = fs_open_dir(oracle_tmpdir());
  FS_OK(renameat, dfd, "ren-b", AT_FDCWD, a.s);
  assert_false(exists(b.s));
  assert_content(a.s, "alpha");

  /* RENAME_EXCHANGE swaps two names atomically; NOREPLACE refuses to clobber. */
  b = fs_keep(oracle_make_file("ren-b", "beta", 4));
  FS_OK(renameat2, dfd, "ren-a", dfd, "ren-b", RENAME_EXCHANGE);
  assert_content(a.s, "beta");
  assert_content(b.s, "alpha");
  FS_FAILS(EEXIST, renameat2, dfd, "ren-a", dfd, "ren-b", RENAME_NOREPLACE);
  FS_OK(renameat2, dfd, "ren-a", dfd, "ren-c", RENAME_NOREPLACE);
  assert_content(oracle_path("ren-c"), "beta");
  FS_OK(renameat2, dfd, "ren-c", dfd, "ren-b", 0); /* flags 0: a plain renameat */
  assert_content(b.s, "beta");
  assert_int_equal(close(dfd), 0);
}

static void test_rename_errors(void **state) {
  (void)state;
  int err;
  struct fs_path dir = fs_keep(oracle_path("ren-dir"));
  struct fs_path sub = fs_keep(oracle_path("ren-dir/sub"));
  struct fs_path missing = fs_keep(oracle_path("ren-missing"));
  struct fs_path file = fs_keep(oracle_make_file("ren-file", fs_text, FS_TEXT_LEN));
  assert_int_equal(glibc_mkdir(dir.s, 0700, &err), 0);
  FS_FAILS(ENOENT, rename, missing.s, file.s);
  FS_FAILS(EINVAL, rename, dir.s, sub.s); /* a directory into itself */
  FS_FAILS(EISDIR, rename, file.s, dir.s);
  FS_FAILS(ENOTDIR, rename, dir.s, file.s);
  FS_FAILS(EBADF, renameat, -1, "ren-file", AT_FDCWD, missing.s);
  FS_FAILS(EINVAL, renameat2, AT_FDCWD, file.s, AT_FDCWD, missing.s,
           RENAME_NOREPLACE | RENAME_EXCHANGE);
  FS_FAILS(ENOENT, renameat2, AT_FDCWD, file.s, AT_FDCWD, missing.s, RENAME_EXCHANGE);
  FS_FAILS(EINVAL, renameat2, AT_FDCWD, file.s, AT_FDCWD, missing.s, 0x40000000u);
  assert_true(exists(file.s));
  assert_false(exists(missing.s));
}

/* --- link, linkat, symlink, symlinkat, readlink, readlinkat ---------------- */

static void test_link_family(void **state) {
  (void)state;
  struct fs_path file = fs_keep(oracle_make_file("ln-file", fs_text, FS_TEXT_LEN));
  struct fs_path hard = fs_keep(oracle_path("ln-hard"));
  FS_OK(link, file.s, hard.s);
  assert_int_equal(field(hard.s, ORACLE_STAT_INO), field(file.s, ORACLE_STAT_INO));
  assert_int_equal(field(file.s, ORACLE_STAT_NLINK), 2);

  /* linkat follows a symlink only with AT_SYMLINK_FOLLOW. */
  struct fs_path soft = fs_keep(oracle_path("ln-soft"));
  FS_OK(symlink, file.s, soft.s);
  int dfd = fs_open_dir(oracle_tmpdir());
  FS_OK(linkat, dfd, "ln-soft", dfd, "ln-of-link", 0);
  FS_OK(linkat, dfd, "ln-soft", dfd, "ln-of-target", AT_SYMLINK_FOLLOW);
  assert_int_equal(field(oracle_path("ln-of-link"), ORACLE_STAT_INO),
                   field(soft.s, ORACLE_STAT_INO));
  assert_int_equal(field(oracle_path("ln-of-target"), ORACLE_STAT_INO),
                   field(file.s, ORACLE_STAT_INO));
  assert_int_equal(field(file.s, ORACLE_STAT_NLINK), 3);
  assert_int_equal(close(dfd), 0);
}

static void test_link_errors(void **state) {
  (void)state;
  struct fs_path file = fs_keep(oracle_make_file("ln-err", fs_text, FS_TEXT_LEN));
  struct fs_path other = fs_keep(oracle_make_file("ln-err2", fs_text, FS_TEXT_LEN));
  struct fs_path missing = fs_keep(oracle_path("ln-missing"));
  FS_FAILS(EEXIST, link, file.s, other.s);
  FS_FAILS(ENOENT, link, missing.s, oracle_path("ln-new"));
  FS_FAILS(EPERM, link, oracle_tmpdir(), oracle_path("ln-dir")); /* no hard links to dirs */
  FS_FAILS(EINVAL, linkat, AT_FDCWD, file.s, AT_FDCWD, missing.s, 0x40000000);
  FS_FAILS(EBADF, linkat, -1, "ln-err", AT_FDCWD, missing.s, 0);
  FS_FAILS(EEXIST, symlink, "anything", file.s);
  FS_FAILS(ENOENT, symlink, "anything", oracle_path("ln-none/below"));
  FS_FAILS(ENOENT, symlink, "", missing.s); /* an empty target */
  FS_FAILS(EBADF, symlinkat, "anything", -1, "rel");
  assert_int_equal(field(file.s, ORACLE_STAT_NLINK), 1);
}

static void test_symlink_readlink(void **state) {
  (void)state;
  const char target[] = "some/where/else";
  const size_t len = sizeof target - 1;
  struct fs_path link = fs_keep(oracle_path("rl-link"));
  FS_OK(symlink, target, link.s);
  int dfd = fs_open_dir(oracle_tmpdir());
  FS_OK(symlinkat, target, dfd, "rl-link2");

  char ours[64], theirs[64];
  int err;
  memset(ours, 'x', sizeof ours);
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(readlink(link.s, ours, sizeof ours), len);
  assert_int_equal(glibc_readlink(link.s, theirs, sizeof theirs, &err), len);
  assert_memory_equal(ours, theirs, len);
  assert_memory_equal(ours, target, len);
  assert_int_equal(ours[len], 'x'); /* no NUL is written */

  /* A short buffer gets the first bytes, and their count. */
  memset(ours, 'x', sizeof ours);
  assert_int_equal(readlinkat(dfd, "rl-link2", ours, 4), 4);
  assert_int_equal(glibc_readlinkat(dfd, "rl-link2", theirs, 4, &err), 4);
  assert_memory_equal(ours, theirs, 4);
  assert_int_equal(ours[4], 'x');

  /* An empty path reads the link an O_PATH descriptor holds. */
  int lfd = open(link.s, O_PATH | O_NOFOLLOW);
  assert_true(lfd >= 0);
  assert_int_equal(readlinkat(lfd, "", ours, sizeof ours), len);
  assert_memory_equal(ours, target, len);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  assert_int_equal(close(lfd), 0);
  assert_int_equal(close(dfd), 0);
}

static void test_readlink_errors(void **state) {
  (void)state;
  struct fs_path file = fs_keep(oracle_make_file("rl-file", fs_text, FS_TEXT_LEN));
  struct fs_path missing = fs_keep(oracle_path("rl-missing"));
  char buf[16];
  FS_FAILS(EINVAL, readlink, file.s, buf, sizeof buf); /* not a link */
  FS_FAILS(ENOENT, readlink, missing.s, buf, sizeof buf);
  FS_FAILS(EINVAL, readlink, file.s, buf, 0);
  FS_FAILS(EBADF, readlinkat, -1, "rel", buf, sizeof buf);
  FS_FAILS(ENOENT, readlinkat, AT_FDCWD, missing.s, buf, sizeof buf);
}

/* --- chown, fchown, lchown, fchownat --------------------------------------- */

/* Ids above 65535 prove the 32-bit calls (i386's chown32 family). */
#define BIG_UID 70000u
#define BIG_GID 70001u

static void test_chown_family(void **state) {
  (void)state;
  int err;
  struct fs_path file = fs_keep(oracle_make_file("own", fs_text, FS_TEXT_LEN));
  struct fs_path link = fs_keep(oracle_path("own-link"));
  assert_int_equal(glibc_symlink(file.s, link.s, &err), 0);
  errno = SUITE_ERRNO_CANARY;
  int r = chown(file.s, BIG_UID, BIG_GID);
  if (r == -1 && errno == EPERM)
    SKIP_BECAUSE("changing a file's owner needs CAP_CHOWN");
  assert_int_equal(r, 0);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  assert_int_equal(field(file.s, ORACLE_STAT_UID), BIG_UID);
  assert_int_equal(field(file.s, ORACLE_STAT_GID), BIG_GID);

  /* -1 leaves that id as it is. */
  FS_OK(chown, file.s, (uid_t)-1, 5);
  assert_int_equal(field(file.s, ORACLE_STAT_UID), BIG_UID);
  assert_int_equal(field(file.s, ORACLE_STAT_GID), 5);

  int fd = open(file.s, O_RDONLY);
  assert_true(fd >= 0);
  FS_OK(fchown, fd, BIG_UID + 2, BIG_GID + 2);
  assert_int_equal(field(file.s, ORACLE_STAT_UID), BIG_UID + 2);
  assert_int_equal(close(fd), 0);

  /* lchown and AT_SYMLINK_NOFOLLOW change the link, not its target. */
  FS_OK(lchown, link.s, BIG_UID + 3, BIG_GID + 3);
  assert_int_equal(field(link.s, ORACLE_STAT_UID), BIG_UID + 3);
  assert_int_equal(field(file.s, ORACLE_STAT_UID), BIG_UID + 2);
  int dfd = fs_open_dir(oracle_tmpdir());
  FS_OK(fchownat, dfd, "own-link", BIG_UID + 4, BIG_GID + 4, AT_SYMLINK_NOFOLLOW);
  assert_int_equal(field(link.s, ORACLE_STAT_GID), BIG_GID + 4);
  FS_OK(fchownat, dfd, "own-link", BIG_UID + 5, BIG_GID + 5, 0);
  assert_int_equal(field(file.s, ORACLE_STAT_GID), BIG_GID + 5);
  assert_int_equal(field(link.s, ORACLE_STAT_GID), BIG_GID + 4);
  assert_int_equal(close(dfd), 0);
}

static void test_chown_errors(void **state) {
  (void)state;
  struct fs_path file = fs_keep(oracle_make_file("own-err", fs_text, FS_TEXT_LEN));
  struct fs_path missing = fs_keep(oracle_path("own-missing"));
  FS_FAILS(ENOENT, chown, missing.s, 0u, 0u);
  FS_FAILS(ENOENT, lchown, missing.s, 0u, 0u);
  FS_FAILS(EBADF, fchown, -1, 0u, 0u);
  FS_FAILS(EBADF, fchownat, -1, "rel", 0u, 0u, 0);
  FS_FAILS(EINVAL, fchownat, AT_FDCWD, file.s, 0u, 0u, 0x40000000);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_access),           cmocka_unit_test(test_access_errors),
      cmocka_unit_test(test_faccessat),        cmocka_unit_test(test_faccessat_picks_the_call),
      cmocka_unit_test(test_rmdir_unlink),     cmocka_unit_test(test_rmdir_unlink_errors),
      cmocka_unit_test(test_rename_family),    cmocka_unit_test(test_rename_errors),
      cmocka_unit_test(test_link_family),      cmocka_unit_test(test_link_errors),
      cmocka_unit_test(test_symlink_readlink), cmocka_unit_test(test_readlink_errors),
      cmocka_unit_test(test_chown_family),     cmocka_unit_test(test_chown_errors),
  };
  return cmocka_run_group_tests(tests, NULL, suite_teardown);
}
