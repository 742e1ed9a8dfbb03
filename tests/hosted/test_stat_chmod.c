/* chmod(2), fchmod and fchmodat (sysgate/stat.h): each against glibc on the same
 * input, and the mode it left as glibc's stat sees it.
 *
 * Not obvious: fchmodat's fallback for kernels without fchmodat2 (before 6.6) runs
 * in a child whose seccomp filter answers fchmodat2 with ENOSYS (under valgrind or
 * qemu-user, which know no fchmodat2, without one).
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

/* --- chmod, fchmod, fchmodat ----------------------------------------------- */

static void test_chmod_family(void **state) {
  (void)state;
  const char *path = oracle_make_file("chmod", fs_text, FS_TEXT_LEN);
  FS_OK(chmod, path, 0640);
  assert_int_equal(oracle_file_mode(path), 0640);
  FS_OK(chmod, path, S_ISUID | S_ISGID | S_IRWXU);
  assert_int_equal(oracle_file_mode(path), 06700);

  int fd = open(path, O_RDONLY);
  assert_true(fd >= 0);
  FS_OK(fchmod, fd, 0604);
  assert_int_equal(oracle_file_mode(path), 0604);
  assert_int_equal(close(fd), 0);

  int dfd = open(oracle_tmpdir(), O_RDONLY | O_DIRECTORY);
  assert_true(dfd >= 0);
  FS_OK(fchmodat, dfd, "chmod", 0611, 0);
  assert_int_equal(oracle_file_mode(path), 0611);
  /* AT_SYMLINK_NOFOLLOW on a file that is no link: glibc succeeds, so do we. */
  FS_OK(fchmodat, dfd, "chmod", 0600, AT_SYMLINK_NOFOLLOW);
  assert_int_equal(oracle_file_mode(path), 0600);
  assert_int_equal(close(dfd), 0);
}

/* A symlink's own mode cannot be changed on Linux; glibc, the kernel's
 * fchmodat2 and, on a kernel without it, sysgate's fallback refuse alike. */
static void test_fchmodat_symlink_nofollow(void **state) {
  (void)state;
  int err;
  struct fs_path file = fs_keep(oracle_make_file("chmod-target", fs_text, FS_TEXT_LEN));
  struct fs_path link = fs_keep(oracle_path("chmod-link"));
  assert_int_equal(glibc_symlink(file.s, link.s, &err), 0);
  unsigned int mode = oracle_file_mode(file.s);
  FS_FAILS(EOPNOTSUPP, fchmodat, AT_FDCWD, link.s, 0600, AT_SYMLINK_NOFOLLOW);
  assert_int_equal(oracle_file_mode(file.s), mode); /* the target was left alone */
}

struct chmodat_call {
  const char *path;
  int flags;
};

static void call_fchmodat(void *arg) {
  const struct chmodat_call *c = arg;
  fchmodat(AT_FDCWD, c->path, 0640, c->flags);
}

/* flags 0 goes to the three-argument fchmodat every kernel has; flags to fchmodat2. */
static void test_fchmodat_picks_the_call(void **state) {
  (void)state;
  struct chmodat_call c = {oracle_make_file("chmodat-trace", fs_text, FS_TEXT_LEN), 0};
  struct oracle_syscall seen = suite_trace(call_fchmodat, &c, SYS_fchmodat);
  assert_int_equal(seen.args[0], SUITE_REG(AT_FDCWD));
  assert_int_equal(seen.args[1], SUITE_REG(c.path));
  assert_int_equal(seen.args[2], 0640);
  assert_int_equal(seen.ret, 0);
  c.flags = AT_SYMLINK_NOFOLLOW;
  seen = suite_trace(call_fchmodat, &c, SYS_fchmodat2);
  assert_int_equal(seen.args[2], 0640);
  assert_int_equal(seen.args[3], AT_SYMLINK_NOFOLLOW);
}

static void test_chmod_errors(void **state) {
  (void)state;
  struct fs_path file = fs_keep(oracle_make_file("chmod-err", fs_text, FS_TEXT_LEN));
  struct fs_path missing = fs_keep(oracle_path("chmod-missing"));
  struct fs_path below = fs_keep(oracle_path("chmod-err/below"));
  unsigned int mode = oracle_file_mode(file.s);
  FS_FAILS(ENOENT, chmod, missing.s, 0600);
  FS_FAILS(ENOTDIR, chmod, below.s, 0600);
  FS_FAILS(EFAULT, chmod, (const char *)1, 0600);
  FS_FAILS(EBADF, fchmod, -1, 0600);
  FS_FAILS(EBADF, fchmodat, -1, "rel", 0600, 0);
  FS_FAILS(ENOENT, fchmodat, AT_FDCWD, missing.s, 0600, 0);
  FS_FAILS(EINVAL, fchmodat, AT_FDCWD, file.s, 0600, 0x40000000);
  assert_int_equal(oracle_file_mode(file.s), mode); /* no failure changed anything */
}

/* --- fchmodat on a kernel without fchmodat2 --------------------------------- */

/* The tree the fallback works on, made by the parent: dir/name, a file;
 * dir/link, a symlink to it; dir/dangling, a symlink to nothing. */
struct no_at2_tree {
  struct fs_path dir, file, link, dangling, missing, below;
};

/* "dir/name" in the suite's directory. */
static struct fs_path no_at2_path(const char *dir, const char *name) {
  char rel[64];
  size_t a = strlen(dir), b = strlen(name);
  assert_true(a + 1 + b < sizeof rel);
  memcpy(rel, dir, a);
  rel[a] = '/';
  memcpy(rel + a + 1, name, b + 1);
  return fs_keep(oracle_path(rel));
}

static struct no_at2_tree no_at2_tree(const char *dir) {
  struct no_at2_tree t;
  int err;
  t.dir = fs_keep(oracle_path(dir));
  assert_int_equal(glibc_mkdir(t.dir.s, 0755, &err), 0);
  t.file = no_at2_path(dir, "name");
  int fd = open(t.file.s, O_CREAT | O_EXCL | O_WRONLY, 0600);
  assert_true(fd >= 0);
  assert_int_equal(close(fd), 0);
  t.link = no_at2_path(dir, "link");
  assert_int_equal(glibc_symlink(t.file.s, t.link.s, &err), 0);
  t.dangling = no_at2_path(dir, "dangling");
  assert_int_equal(glibc_symlink("nothing-here", t.dangling.s, &err), 0);
  t.missing = no_at2_path(dir, "missing");
  t.below = no_at2_path(dir, "name/below");
  assert_int_equal(glibc_chmod(t.file.s, 0600, &err), 0); /* whatever the umask */
  return t;
}

/* In a child whose fchmodat2 is ENOSYS: fchmodat, glibc's fchmodat and
 * sys_fchmodat on one input all fail with want, errno untouched by the raw one. */
static int no_at2_fails_alike(int dirfd, const char *path, int flags, int want) {
  errno = 0;
  int r = fchmodat(dirfd, path, 0640, flags);
  int e = errno, ge = 0;
  int g = glibc_fchmodat(dirfd, path, 0640, flags, &ge);
  errno = SUITE_ERRNO_CANARY;
  long raw = sys_fchmodat(dirfd, path, 0640, flags);
  return r == -1 && e == want && g == -1 && ge == want && raw == -want &&
         errno == SUITE_ERRNO_CANARY;
}

/* fchmodat2's answer to flags it does not know: EINVAL, or ENOSYS without it. */
static long no_at2_probe(void) {
  return syscall4(SYS_fchmodat2, AT_FDCWD, (long)"/", 0755, AT_SYMLINK_NOFOLLOW | 0x40000000);
}

/* Makes fchmodat2 ENOSYS in this process, as on a kernel before 6.6: nothing to
 * do where it is so already (such a kernel; valgrind 3.19 and qemu 7.2's user
 * mode, which know no fchmodat2 and cannot run a filter), a seccomp filter
 * otherwise. 0, or -1 when fchmodat2 still answers. */
static int no_at2(void) {
  if (no_at2_probe() == -ENOSYS)
    return 0;
  struct sock_filter prog[SUITE_DENY_ONE_LEN];
  struct sock_fprog fprog = suite_deny_one(prog, SYS_fchmodat2, ENOSYS);
  if (oracle_no_new_privs() != 0 || seccomp(SECCOMP_SET_MODE_FILTER, 0, &fprog) != 0)
    return -1;
  return no_at2_probe() == -ENOSYS ? 0 : -1;
}

/* The child: each check a step, its number the exit status if it fails. */
static void fchmodat_without_at2(void *arg) {
  const struct no_at2_tree *t = arg;
  if (no_at2() != 0)
    _exit(77);
  CHILD_STEPS;
  CHILD_STEP(syscall4(SYS_fchmodat2, AT_FDCWD, (long)t->file.s, 0644, AT_SYMLINK_NOFOLLOW) ==
             -ENOSYS);                             /* 1: no fchmodat2 */
  CHILD_STEP(oracle_file_mode(t->file.s) == 0600); /* which changed nothing */
  int lowest = open("/", O_RDONLY | O_DIRECTORY);  /* the lowest free descriptor */
  CHILD_STEP(lowest >= 0 && close(lowest) == 0);

  /* A symlink with AT_SYMLINK_NOFOLLOW: EOPNOTSUPP, its target unchanged. */
  CHILD_STEP(no_at2_fails_alike(AT_FDCWD, t->link.s, AT_SYMLINK_NOFOLLOW, EOPNOTSUPP));
  CHILD_STEP(no_at2_fails_alike(AT_FDCWD, t->dangling.s, AT_SYMLINK_NOFOLLOW, EOPNOTSUPP));
  CHILD_STEP(oracle_file_mode(t->file.s) == 0600);
  /* Flags other than AT_SYMLINK_NOFOLLOW alone: EINVAL, though fchmodat2 would
   * take AT_EMPTY_PATH. */
  CHILD_STEP(no_at2_fails_alike(AT_FDCWD, t->file.s, 0x40000000, EINVAL));
  CHILD_STEP(no_at2_fails_alike(AT_FDCWD, t->file.s, AT_SYMLINK_NOFOLLOW | 0x40000000, EINVAL));
  CHILD_STEP(no_at2_fails_alike(AT_FDCWD, t->file.s, AT_SYMLINK_NOFOLLOW | AT_EMPTY_PATH, EINVAL));
  CHILD_STEP(
      no_at2_fails_alike(AT_FDCWD, t->missing.s, 0x40000000, EINVAL)); /* before any lookup */
  /* The lookup's own errors, as the open reports them. */
  CHILD_STEP(no_at2_fails_alike(AT_FDCWD, t->missing.s, AT_SYMLINK_NOFOLLOW, ENOENT));
  CHILD_STEP(no_at2_fails_alike(AT_FDCWD, t->below.s, AT_SYMLINK_NOFOLLOW, ENOTDIR));
  CHILD_STEP(no_at2_fails_alike(AT_FDCWD, "", AT_SYMLINK_NOFOLLOW, ENOENT));
  CHILD_STEP(no_at2_fails_alike(-1, "rel", AT_SYMLINK_NOFOLLOW, EBADF));
  CHILD_STEP(no_at2_fails_alike(AT_FDCWD, (const char *)1, AT_SYMLINK_NOFOLLOW, EFAULT));
  CHILD_STEP(oracle_file_mode(t->file.s) == 0600); /* no failure changed anything */

  /* A file that is no symlink: changed, by us and by glibc, errno untouched. */
  int ge = 0;
  errno = SUITE_ERRNO_CANARY;
  CHILD_STEP(fchmodat(AT_FDCWD, t->file.s, 0604, AT_SYMLINK_NOFOLLOW) == 0 &&
             errno == SUITE_ERRNO_CANARY && oracle_file_mode(t->file.s) == 0604);
  CHILD_STEP(glibc_fchmodat(AT_FDCWD, t->file.s, 0640, AT_SYMLINK_NOFOLLOW, &ge) == 0 &&
             oracle_file_mode(t->file.s) == 0640);
  int dfd = open(t->dir.s, O_RDONLY | O_DIRECTORY); /* relative to a directory */
  errno = SUITE_ERRNO_CANARY;
  CHILD_STEP(dfd >= 0 && fchmodat(dfd, "name", S_ISUID | 0711, AT_SYMLINK_NOFOLLOW) == 0 &&
             errno == SUITE_ERRNO_CANARY && oracle_file_mode(t->file.s) == (S_ISUID | 0711));
  CHILD_STEP(sys_fchmodat(dfd, "name", 0600, AT_SYMLINK_NOFOLLOW) == 0 &&
             errno == SUITE_ERRNO_CANARY && oracle_file_mode(t->file.s) == 0600);
  /* A directory is no symlink either. */
  CHILD_STEP(fchmodat(dfd, ".", 0700, AT_SYMLINK_NOFOLLOW) == 0 &&
             oracle_file_mode(t->dir.s) == 0700);
  CHILD_STEP(close(dfd) == 0);
  /* Every descriptor the fallback opened, it closed. */
  int again = open("/", O_RDONLY | O_DIRECTORY);
  CHILD_STEP(again == lowest);
  _exit(0);
}

/* With the filter and a tracer: the fallback's own calls. */
static void fchmodat_without_at2_traced(void *arg) {
  if (no_at2() != 0)
    _exit(77);
  fchmodat(AT_FDCWD, arg, 0640, AT_SYMLINK_NOFOLLOW);
}

/* A kernel before 6.6 answers fchmodat2 with ENOSYS (Debian 12's 6.1 does);
 * this one has it, so a seccomp filter in a child says ENOSYS in its place.
 * There sysgate must do what glibc 2.36 does for flags on every kernel. */
static void test_fchmodat_without_fchmodat2(void **state) {
  (void)state;
  struct no_at2_tree t = no_at2_tree("no-at2");
  int status = oracle_child_status(fchmodat_without_at2, &t);
  if (status == 77)
    SKIP_BECAUSE("could not install a seccomp filter in the child");
  if (status != 0)
    print_message("the child failed at step %d of fchmodat_without_at2\n", status);
  assert_int_equal(status, 0);

  /* Its descriptor: O_PATH, a symlink's own, not inherited by a program another
   * thread runs meanwhile; the file changed through it; that descriptor closed. */
  struct oracle_syscall seen = suite_trace(fchmodat_without_at2_traced, t.file.s, SYS_openat);
  assert_int_equal(seen.args[0], SUITE_REG(AT_FDCWD));
  assert_int_equal(seen.args[1], SUITE_REG(t.file.s));
  assert_int_equal(seen.args[2], O_PATH | O_NOFOLLOW | O_CLOEXEC | SUITE_OPEN_EXTRA);
  long long fd = seen.ret;
  assert_true(fd >= 0);
  seen = suite_trace(fchmodat_without_at2_traced, t.file.s, SYS_chmod);
  assert_int_equal(seen.args[1], 0640);
  assert_int_equal(seen.ret, 0);
  seen = suite_trace(fchmodat_without_at2_traced, t.file.s, SYS_close);
  assert_int_equal(seen.args[0], fd);
  assert_int_equal(oracle_file_mode(t.file.s), 0640);
  /* A symlink is refused before any chmod: this kernel's chmod through /proc
   * refuses one too, but some older ones changed it or half did (glibc's
   * comment there), and those are the kernels without fchmodat2. */
  assert_int_equal(oracle_trace(fchmodat_without_at2_traced, t.link.s, SYS_chmod, &seen), 1);
}

/* The child, in its own mount namespace with an empty tmpfs over /proc. */
static void fchmodat_without_at2_or_proc(void *arg) {
  const struct no_at2_tree *t = arg;
  if (oracle_private_mount_ns() != 0 || mount("none", "/proc", "tmpfs", 0, "size=4k") != 0)
    _exit(77);
  if (no_at2() != 0)
    _exit(78);
  CHILD_STEPS;
  CHILD_STEP(open("/proc/self/fd", O_RDONLY | O_DIRECTORY) == -1 && errno == ENOENT);
  /* No way from an O_PATH descriptor to the file: EOPNOTSUPP, nothing changed. */
  CHILD_STEP(no_at2_fails_alike(AT_FDCWD, t->file.s, AT_SYMLINK_NOFOLLOW, EOPNOTSUPP));
  CHILD_STEP(no_at2_fails_alike(AT_FDCWD, t->link.s, AT_SYMLINK_NOFOLLOW, EOPNOTSUPP));
  CHILD_STEP(no_at2_fails_alike(AT_FDCWD, t->missing.s, AT_SYMLINK_NOFOLLOW, ENOENT));
  CHILD_STEP(oracle_file_mode(t->file.s) == 0600);
  CHILD_STEP(fchmodat(AT_FDCWD, t->file.s, 0604, 0) == 0); /* flags 0 needs no /proc */
  CHILD_STEP(oracle_file_mode(t->file.s) == 0604);
  _exit(0);
}

/* glibc's fallback reads ENOENT from the /proc link as "no /proc mounted". */
static void test_fchmodat_without_fchmodat2_or_proc(void **state) {
  (void)state;
  if (!oracle_is_root())
    SKIP_BECAUSE("not root: hiding /proc needs a mount namespace of one's own");
  struct no_at2_tree t = no_at2_tree("no-proc");
  int status = oracle_child_status(fchmodat_without_at2_or_proc, &t);
  if (status == 77)
    SKIP_BECAUSE("could not mount a tmpfs over /proc in a mount namespace of the child's own");
  if (status == 78)
    SKIP_BECAUSE("could not install a seccomp filter in the child");
  if (status != 0)
    print_message("the child failed at step %d of fchmodat_without_at2_or_proc\n", status);
  assert_int_equal(status, 0);
  assert_int_equal(oracle_file_mode(t.file.s), 0604);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_chmod_family),
      cmocka_unit_test(test_fchmodat_symlink_nofollow),
      cmocka_unit_test(test_fchmodat_picks_the_call),
      cmocka_unit_test(test_chmod_errors),
      cmocka_unit_test(test_fchmodat_without_fchmodat2),
      cmocka_unit_test(test_fchmodat_without_fchmodat2_or_proc),
  };
  return cmocka_run_group_tests(tests, NULL, suite_teardown);
}
