/* getdents64(2), statfs(2), fstatfs(2) and the xattr(7) calls (getxattr,
 * setxattr, listxattr, removexattr with their l- and f- forms): directory
 * listings against glibc's readdir of the same directory, filesystem figures
 * against glibc's statfs64, attributes against glibc's xattr calls.
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

static const char text[] = "sysgate lists this";
#define TEXT_LEN (sizeof text - 1)

/* --- getdents64 ------------------------------------------------------------ */

#define MAX_ENTRIES 300

/* Reads all of fd's records with getdents64 in calls of `chunk` bytes into
 * out; the number of entries. */
static int list_dir(int fd, struct oracle_dirent *out, size_t chunk) {
  static union {
    struct linux_dirent64 first; /* the buffer's alignment is the record's */
    char bytes[8192];
  } buf;
  assert_true(chunk <= sizeof buf.bytes);
  int n = 0;
  for (;;) {
    ssize_t got = getdents64(fd, buf.bytes, chunk);
    assert_true(got >= 0);
    if (got == 0)
      return n;
    for (ssize_t at = 0; at < got;) {
      const struct linux_dirent64 *d = (const void *)(buf.bytes + at);
      assert_true(d->d_reclen > offsetof(struct linux_dirent64, d_name));
      assert_int_equal(d->d_reclen % 8, 0);
      assert_true(n < MAX_ENTRIES);
      size_t len = strlen(d->d_name);
      assert_true(len < sizeof out[n].name);
      memcpy(out[n].name, d->d_name, len + 1);
      out[n].ino = d->d_ino;
      out[n].off = d->d_off;
      out[n].type = d->d_type;
      n++;
      at += d->d_reclen;
    }
  }
}

static void assert_same_listing(const struct oracle_dirent *ours, int n,
                                const struct oracle_dirent *theirs, int tn) {
  assert_int_equal(n, tn);
  for (int i = 0; i < n; i++) {
    assert_string_equal(ours[i].name, theirs[i].name);
    assert_int_equal(ours[i].ino, theirs[i].ino);
    assert_int_equal(ours[i].off, theirs[i].off);
    assert_int_equal(ours[i].type, theirs[i].type);
  }
}

static int find_entry(const struct oracle_dirent *e, int n, const char *name) {
  for (int i = 0; i < n; i++)
    if (strlen(e[i].name) == strlen(name) && memcmp(e[i].name, name, strlen(name)) == 0)
      return i;
  return -1;
}

static void test_getdents64_lists_like_readdir(void **state) {
  (void)state;
  int err;
  struct fs_path dir = fs_keep(oracle_path("ls"));
  assert_int_equal(glibc_mkdir(dir.s, 0700, &err), 0);
  oracle_make_file("ls/file", text, TEXT_LEN);
  assert_int_equal(glibc_mkdir(oracle_path("ls/sub"), 0700, &err), 0);
  assert_int_equal(glibc_symlink("file", oracle_path("ls/link"), &err), 0);
  assert_int_equal(glibc_mknod(oracle_path("ls/fifo"), S_IFIFO | 0600, 0, &err), 0);

  static struct oracle_dirent ours[MAX_ENTRIES], theirs[MAX_ENTRIES];
  int fd = fs_open_dir(dir.s);
  errno = SUITE_ERRNO_CANARY;
  int n = list_dir(fd, ours, 4096);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  assert_int_equal(close(fd), 0);
  assert_same_listing(ours, n, theirs, oracle_readdir(dir.s, theirs, MAX_ENTRIES));
  assert_int_equal(n, 6);

  /* The records name the right types, as the S_IFMT bits say. */
  const struct {
    const char *name;
    unsigned char type;
  } want[] = {{".", DT_DIR},   {"..", DT_DIR},   {"file", DT_REG},
              {"sub", DT_DIR}, {"link", DT_LNK}, {"fifo", DT_FIFO}};
  for (unsigned i = 0; i < sizeof want / sizeof want[0]; i++) {
    int at = find_entry(ours, n, want[i].name);
    assert_true(at >= 0);
    assert_int_equal(ours[at].type, want[i].type);
  }
  assert_int_equal(DTTOIF(DT_LNK), S_IFLNK);
  assert_int_equal(IFTODT(S_IFIFO | 0644), DT_FIFO);
}

static void test_getdents64_in_small_chunks(void **state) {
  (void)state;
  int err;
  struct fs_path dir = fs_keep(oracle_path("many"));
  assert_int_equal(glibc_mkdir(dir.s, 0700, &err), 0);
  char name[32];
  for (int i = 0; i < 200; i++) {
    memcpy(name, "many/entry-", 11);
    name[11] = (char)('a' + i / 26 % 26);
    name[12] = (char)('a' + i % 26);
    name[13] = '\0';
    oracle_make_file(name, "", 0);
  }
  static struct oracle_dirent ours[MAX_ENTRIES], theirs[MAX_ENTRIES];
  int fd = fs_open_dir(dir.s);
  int n = list_dir(fd, ours, 256); /* many calls, each ending on a whole record */
  assert_int_equal(close(fd), 0);
  assert_same_listing(ours, n, theirs, oracle_readdir(dir.s, theirs, MAX_ENTRIES));
  assert_int_equal(n, 202);
}

struct dents_call {
  int fd;
  void *buf;
  size_t size;
};

static void call_getdents64(void *arg) {
  const struct dents_call *c = arg;
  getdents64(c->fd, c->buf, c->size);
}

/* A size_t above INT_MAX reaches the kernel as INT_MAX, as glibc sends it;
 * uncapped, x86_64 would cut it to 32 bits and i386 would pass a negative int. */
static void test_getdents64_caps_the_size(void **state) {
  (void)state;
  static char buf[4096];
  int fd = fs_open_dir(oracle_tmpdir());
  struct dents_call c = {fd, buf, (size_t)-1};
  struct oracle_syscall seen = suite_trace(call_getdents64, &c, SYS_getdents64);
  assert_int_equal(seen.args[2], 0x7fffffff);
  assert_true(seen.ret > 0);
  assert_int_equal(close(fd), 0); /* the child read to its end: a fresh one each */
  fd = fs_open_dir(oracle_tmpdir());
  int err;
  long g = glibc_getdents64(fd, buf, (size_t)-1, &err);
  assert_true(g > 0);
  assert_int_equal(close(fd), 0);
  fd = fs_open_dir(oracle_tmpdir());
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(getdents64(fd, buf, (size_t)-1), g); /* the directory is small */
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  assert_int_equal(close(fd), 0);
}

static void test_getdents64_errors(void **state) {
  (void)state;
  static char buf[4096];
  const char *file = oracle_make_file("dents-file", text, TEXT_LEN);
  int ffd = open(file, O_RDONLY);
  assert_true(ffd >= 0);
  int dfd = fs_open_dir(oracle_tmpdir());
  FS_FAILS(EBADF, getdents64, -1, buf, sizeof buf);
  FS_FAILS(ENOTDIR, getdents64, ffd, buf, sizeof buf);
  FS_FAILS(EINVAL, getdents64, dfd, buf, 8); /* no record fits */
  FS_FAILS(EFAULT, getdents64, dfd, (void *)1, sizeof buf);
  assert_int_equal(close(ffd), 0);
  assert_int_equal(close(dfd), 0);
}

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
  struct fs_path file = fs_keep(oracle_make_file("statfs-file", text, TEXT_LEN));
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
  struct fs_path path = fs_keep(oracle_make_file("xattr", text, TEXT_LEN));
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
  struct fs_path path = fs_keep(oracle_make_file("xattr-fd", text, TEXT_LEN));
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
  struct fs_path file = fs_keep(oracle_make_file("xattr-target", text, TEXT_LEN));
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
  struct fs_path path = fs_keep(oracle_make_file("xattr-err", text, TEXT_LEN));
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
      cmocka_unit_test(test_getdents64_lists_like_readdir),
      cmocka_unit_test(test_getdents64_in_small_chunks),
      cmocka_unit_test(test_getdents64_caps_the_size),
      cmocka_unit_test(test_getdents64_errors),
      cmocka_unit_test(test_statfs_matches_glibc),
      cmocka_unit_test(test_statfs_errors),
      cmocka_unit_test(test_xattr_by_path),
      cmocka_unit_test(test_xattr_by_fd),
      cmocka_unit_test(test_xattr_on_symlink),
      cmocka_unit_test(test_xattr_errors),
  };
  return cmocka_run_group_tests(tests, NULL, suite_teardown);
}
