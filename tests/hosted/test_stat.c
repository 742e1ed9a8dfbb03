/* stat(2), fstat, lstat, fstatat and statx(2) (sysgate/stat.h): every field against
 * glibc's stat64 and statx of the same file, and failures against glibc on the same input.
 *
 * Not obvious: i386's struct stat is not the kernel's (its stat64 has 32-bit
 * times) but glibc's 64-bit-time one, filled from statx; the fstatat64
 * fallback sysgate keeps for kernels without statx is exercised directly here,
 * since this kernel never takes it, and shows its limit: 32-bit unsigned times.
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

static struct oracle_fields statx_fields(const struct statx *x) {
  struct oracle_fields f;
  memset(&f, 0, sizeof f);
  ORACLE_FIELDS(ORACLE_STATX_FIELDS, &f, x);
  return f;
}

static int open_path(const char *path) {
  int fd = open(path, O_PATH | O_NOFOLLOW); /* a symlink's own fd, a fifo without blocking */
  assert_true(fd >= 0);
  return fd;
}

/* Our call and glibc's on the same input both fail with want; st_, f_ and ge_
 * are there for the two calls to write into. */
#define STAT_BOTH_FAIL(want, ours, theirs)                                                         \
  do {                                                                                             \
    struct stat st_;                                                                               \
    struct statx x_;                                                                               \
    struct oracle_fields f_;                                                                       \
    unsigned char raw_[256];                                                                       \
    int ge_;                                                                                       \
    (void)st_, (void)x_, (void)f_, (void)raw_;                                                     \
    errno = 0;                                                                                     \
    long r_ = (ours);                                                                              \
    int e_ = errno;                                                                                \
    long g_ = (theirs);                                                                            \
    ASSERT_BOTH_FAIL(r_, e_, g_, ge_, want);                                                       \
  } while (0)

/* --- stat, lstat, fstat, fstatat ------------------------------------------- */

/* Every call of the family on path (and an O_PATH fd of it) against glibc's. */
static void check_stat_family(const char *path) {
  struct stat st;
  memset(&st, 0, sizeof st); /* gcc -O2 cannot see that a failed call ends the test */
  struct oracle_fields ours, theirs;
  int err;
  errno = SUITE_ERRNO_CANARY;

  assert_int_equal(stat(path, &st), 0);
  ours = stat_fields(&st);
  theirs = glibc_fields(path, 1);
  FS_ASSERT_FIELDS(ORACLE_STAT_FIELDS, &ours, &theirs);
  assert_int_equal(fstatat(AT_FDCWD, path, &st, 0), 0);
  ours = stat_fields(&st);
  FS_ASSERT_FIELDS(ORACLE_STAT_FIELDS, &ours, &theirs);

  assert_int_equal(lstat(path, &st), 0);
  ours = stat_fields(&st);
  theirs = glibc_fields(path, 0);
  FS_ASSERT_FIELDS(ORACLE_STAT_FIELDS, &ours, &theirs);
  assert_int_equal(fstatat(AT_FDCWD, path, &st, AT_SYMLINK_NOFOLLOW), 0);
  ours = stat_fields(&st);
  assert_int_equal(glibc_fstatat(AT_FDCWD, path, AT_SYMLINK_NOFOLLOW, &theirs, &err), 0);
  FS_ASSERT_FIELDS(ORACLE_STAT_FIELDS, &ours, &theirs);

  int fd = open_path(path); /* the link itself for a symlink: lstat's answer */
  assert_int_equal(fstat(fd, &st), 0);
  ours = stat_fields(&st);
  assert_int_equal(glibc_fstat(fd, &theirs, &err), 0);
  FS_ASSERT_FIELDS(ORACLE_STAT_FIELDS, &ours, &theirs);
  assert_int_equal(fstatat(fd, "", &st, AT_EMPTY_PATH), 0);
  ours = stat_fields(&st);
  FS_ASSERT_FIELDS(ORACLE_STAT_FIELDS, &ours, &theirs);
  assert_int_equal(close(fd), 0);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
}

static void test_stat_family_matches_glibc(void **state) {
  (void)state;
  int err;
  struct fs_path file = fs_keep(oracle_make_file("st-file", fs_text, FS_TEXT_LEN));
  struct fs_path dir = fs_keep(oracle_path("st-dir"));
  struct fs_path link = fs_keep(oracle_path("st-link"));
  struct fs_path fifo = fs_keep(oracle_path("st-fifo"));
  struct fs_path chr = fs_keep(oracle_path("st-chr"));
  assert_int_equal(glibc_mkdir(dir.s, 0750, &err), 0);
  assert_int_equal(glibc_symlink(file.s, link.s, &err), 0);
  assert_int_equal(glibc_mknod(fifo.s, S_IFIFO | 0640, 0, &err), 0);
  /* A device node of our own (as root), else the system's /dev/null. */
  if (glibc_mknod(chr.s, S_IFCHR | 0600, glibc_makedev(1, 3), &err) != 0)
    chr = fs_keep("/dev/null");

  check_stat_family(file.s);
  check_stat_family(dir.s);
  check_stat_family(link.s);
  check_stat_family(fifo.s);
  check_stat_family(chr.s);

  /* Beyond equality with glibc: these are the files that were made. */
  struct stat st;
  memset(&st, 0, sizeof st);
  assert_int_equal(stat(file.s, &st), 0);
  assert_true(S_ISREG(st.st_mode));
  assert_int_equal(st.st_size, FS_TEXT_LEN);
  assert_int_equal(lstat(link.s, &st), 0);
  assert_true(S_ISLNK(st.st_mode));
  assert_int_equal(st.st_size, strlen(file.s)); /* a symlink's size is its target's length */
  assert_int_equal(stat(chr.s, &st), 0);
  assert_true(S_ISCHR(st.st_mode));
  assert_int_equal(major(st.st_rdev), 1);
  assert_int_equal(minor(st.st_rdev), 3);
}

static void test_fstatat_relative_to_dirfd(void **state) {
  (void)state;
  oracle_make_file("rel-file", fs_text, FS_TEXT_LEN);
  int dfd = open(oracle_tmpdir(), O_RDONLY | O_DIRECTORY);
  assert_true(dfd >= 0);
  struct stat st;
  memset(&st, 0, sizeof st);
  struct oracle_fields theirs;
  int err;
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(fstatat(dfd, "rel-file", &st, 0), 0);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  struct oracle_fields ours = stat_fields(&st);
  assert_int_equal(glibc_fstatat(dfd, "rel-file", 0, &theirs, &err), 0);
  FS_ASSERT_FIELDS(ORACLE_STAT_FIELDS, &ours, &theirs);
  assert_int_equal(st.st_size, FS_TEXT_LEN);
  assert_int_equal(close(dfd), 0);
}

static void test_stat_family_errors(void **state) {
  (void)state;
  struct fs_path file = fs_keep(oracle_make_file("st-err", fs_text, FS_TEXT_LEN));
  struct fs_path missing = fs_keep(oracle_path("st-missing"));
  struct fs_path below = fs_keep(oracle_path("st-err/below"));
  struct fs_path loop_a = fs_keep(oracle_path("st-loop-a"));
  struct fs_path loop_b = fs_keep(oracle_path("st-loop-b"));
  char longname[300];
  memset(longname, 'n', sizeof longname - 1);
  longname[sizeof longname - 1] = '\0';
  int err;
  assert_int_equal(glibc_symlink(loop_b.s, loop_a.s, &err), 0);
  assert_int_equal(glibc_symlink(loop_a.s, loop_b.s, &err), 0);

  STAT_BOTH_FAIL(ENOENT, stat(missing.s, &st_), glibc_stat(missing.s, &f_, &ge_));
  STAT_BOTH_FAIL(ENOENT, stat("", &st_), glibc_stat("", &f_, &ge_));
  STAT_BOTH_FAIL(ENOTDIR, stat(below.s, &st_), glibc_stat(below.s, &f_, &ge_));
  STAT_BOTH_FAIL(ELOOP, stat(loop_a.s, &st_), glibc_stat(loop_a.s, &f_, &ge_));
  STAT_BOTH_FAIL(ENAMETOOLONG, stat(longname, &st_), glibc_stat(longname, &f_, &ge_));
  STAT_BOTH_FAIL(EFAULT, stat((const char *)1, &st_), glibc_stat((const char *)1, &f_, &ge_));
  STAT_BOTH_FAIL(ENOENT, lstat(missing.s, &st_), glibc_lstat(missing.s, &f_, &ge_));
  STAT_BOTH_FAIL(ENOTDIR, lstat(below.s, &st_), glibc_lstat(below.s, &f_, &ge_));
  STAT_BOTH_FAIL(EBADF, fstat(-1, &st_), glibc_fstat(-1, &f_, &ge_));
  /* AT_FDCWD is no descriptor: with i386's AT_EMPTY_PATH route it would name
   * the working directory if it were let through. */
  STAT_BOTH_FAIL(EBADF, fstat(AT_FDCWD, &st_), glibc_fstat(AT_FDCWD, &f_, &ge_));
  STAT_BOTH_FAIL(EBADF, fstatat(-1, "rel", &st_, 0), glibc_fstatat(-1, "rel", 0, &f_, &ge_));
  int ffd = open(file.s, O_RDONLY);
  assert_true(ffd >= 0);
  STAT_BOTH_FAIL(ENOTDIR, fstatat(ffd, "rel", &st_, 0), glibc_fstatat(ffd, "rel", 0, &f_, &ge_));
  STAT_BOTH_FAIL(ENOENT, fstatat(ffd, "", &st_, 0), glibc_fstatat(ffd, "", 0, &f_, &ge_));
  STAT_BOTH_FAIL(EINVAL, fstatat(AT_FDCWD, file.s, &st_, 0x40000000),
                 glibc_fstatat(AT_FDCWD, file.s, 0x40000000, &f_, &ge_));
  assert_int_equal(close(ffd), 0);
  STAT_BOTH_FAIL(EBADF, fstat(ffd, &st_), glibc_fstat(ffd, &f_, &ge_)); /* closed a moment ago */
}

/* x86_64's kernel writes struct stat itself and reports a bad buffer; i386's
 * writes a local statx that sysgate converts and copies out once the kernel has touched the buffer
 * (sysgate/usercopy.h), so a bad buffer is EFAULT there too (glibc's faults). */
static void test_stat_bad_buffer(void **state) {
  (void)state;
  const char *path = oracle_make_file("st-efault", fs_text, FS_TEXT_LEN);
  errno = 0;
  assert_int_equal(stat(path, (struct stat *)1), -1);
  assert_int_equal(errno, EFAULT);
  assert_int_equal(sys_lstat(path, (struct stat *)1), -EFAULT);
  assert_int_equal(sys_fstatat(AT_FDCWD, path, (struct stat *)1, 0), -EFAULT);
  int fd = open(path, O_RDONLY);
  assert_true(fd >= 0);
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(sys_fstat(fd, NULL), -EFAULT);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  /* Read-only memory is no better than none: the kernel asks for write access. */
  static const struct stat readonly;
  assert_int_equal(sys_fstat(fd, (struct stat *)(uintptr_t)&readonly), -EFAULT);
  /* A buffer whose last byte is on an unmapped page: nothing but EFAULT either. */
  char *page = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  assert_true(page != MAP_FAILED);
  assert_int_equal(munmap(page + 4096, 4096), 0);
  assert_int_equal(sys_fstat(fd, (struct stat *)(page + 4096 - sizeof(struct stat) + 4)), -EFAULT);
  struct stat *fits = (struct stat *)(page + 4096 - sizeof(struct stat));
  assert_int_equal(sys_fstat(fd, fits), 0);
  assert_int_equal(fits->st_size, FS_TEXT_LEN);
  assert_int_equal(munmap(page, 4096), 0);
  close(fd);
}

static void test_sys_stat_family(void **state) {
  (void)state;
  struct stat st;
  memset(&st, 0, sizeof st);
  const char *file = oracle_make_file("sys-st", fs_text, FS_TEXT_LEN);
  FS_SYS_FAILS(ENOENT, stat, oracle_path("sys-st-missing"), &st);
  FS_SYS_FAILS(EFAULT, stat, (const char *)1, &st);
  FS_SYS_FAILS(ENOENT, lstat, oracle_path("sys-st-missing"), &st);
  FS_SYS_FAILS(EBADF, fstat, -1, &st);
  FS_SYS_FAILS(EBADF, fstat, AT_FDCWD, &st);
  FS_SYS_FAILS(EBADF, fstatat, -1, "rel", &st, 0);
  FS_SYS_FAILS(EINVAL, fstatat, AT_FDCWD, file, &st, 0x40000000);
  errno = SUITE_ERRNO_CANARY;
  memset(&st, 0, sizeof st);
  assert_int_equal(sys_stat(file, &st), 0);
  assert_int_equal(st.st_size, FS_TEXT_LEN);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
}

/* The fstatat64 route of a kernel without statx: what it reads equals glibc's
 * stat, but for times before 1970, which its unsigned 32-bit fields cannot hold. */
static void test_stat64_fallback(void **state) {
  (void)state;
#ifdef SYSGATE_ARCH_STAT64_FALLBACK
  const char *path = oracle_make_file("st64", fs_text, FS_TEXT_LEN);
  struct sysgate_stat64 k;
  struct stat st;
  memset(&st, 0, sizeof st);
  int err;
  /* Past 2038 (0x80000000 + 100 s): still right, the field is unsigned. */
  struct timespec times[2] = {{.tv_sec = 0x80000000LL + 100, .tv_nsec = 7},
                              {.tv_sec = 0x80000000LL + 200, .tv_nsec = 9}};
  assert_int_equal(glibc_utimensat(AT_FDCWD, path, times, 0, &err), 0);
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(sys_fstatat64(AT_FDCWD, path, &k, 0), 0);
  sysgate_stat_from_stat64(&st, &k);
  struct oracle_fields ours = stat_fields(&st), theirs = glibc_fields(path, 1);
  FS_ASSERT_FIELDS(ORACLE_STAT_FIELDS, &ours, &theirs);
  assert_int_equal(st.st_mtim.tv_sec, 0x80000000LL + 200);
  assert_int_equal(k.ino32, (uint32_t)k.ino);
  FS_SYS_FAILS(ENOENT, fstatat64, AT_FDCWD, oracle_path("st64-missing"), &k, 0);

  /* Before 1970: statx gives -100, stat64 the same bits read as unsigned. */
  times[1].tv_sec = -100;
  assert_int_equal(glibc_utimensat(AT_FDCWD, path, times, 0, &err), 0);
  assert_int_equal(stat(path, &st), 0);
  if (st.st_mtim.tv_sec != -100)
    SKIP_BECAUSE("the filesystem cannot store times before 1970");
  assert_int_equal(sys_fstatat64(AT_FDCWD, path, &k, 0), 0);
  sysgate_stat_from_stat64(&st, &k);
  assert_int_equal(st.st_mtim.tv_sec, 0x100000000LL - 100);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
#else
  SKIP_BECAUSE("only i386 has a stat64 fallback; x86_64's struct stat is the kernel's");
#endif
}

/* --- statx ----------------------------------------------------------------- */

static void check_statx(int dirfd, const char *path, int flags, unsigned int mask) {
  struct statx x;
  memset(&x, 0, sizeof x);
  unsigned char raw[256];
  struct oracle_fields theirs;
  int err;
  memset(&x, 0xa5, sizeof x); /* the kernel must write all of it, as for glibc */
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(statx(dirfd, path, flags, mask, &x), 0);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  assert_int_equal(glibc_statx(dirfd, path, flags, mask, &theirs, raw, &err), 0);
  struct oracle_fields ours = statx_fields(&x);
  FS_ASSERT_FIELDS(ORACLE_STATX_FIELDS, &ours, &theirs);
  assert_memory_equal(&x, raw, sizeof x);
  assert_int_equal(x.stx_mask & mask & STATX_BASIC_STATS, mask & STATX_BASIC_STATS);
}

static void test_statx_matches_glibc(void **state) {
  (void)state;
  int err;
  struct fs_path file = fs_keep(oracle_make_file("stx-file", fs_text, FS_TEXT_LEN));
  struct fs_path link = fs_keep(oracle_path("stx-link"));
  assert_int_equal(glibc_symlink(file.s, link.s, &err), 0);
  check_statx(AT_FDCWD, file.s, 0, STATX_BASIC_STATS | STATX_BTIME);
  check_statx(AT_FDCWD, file.s, AT_STATX_DONT_SYNC, STATX_ALL);
  check_statx(AT_FDCWD, file.s, 0, STATX_SIZE);
  check_statx(AT_FDCWD, link.s, 0, STATX_BASIC_STATS);
  check_statx(AT_FDCWD, link.s, AT_SYMLINK_NOFOLLOW, STATX_BASIC_STATS);
  check_statx(AT_FDCWD, oracle_tmpdir(), 0, STATX_BASIC_STATS | STATX_MNT_ID);
  int fd = open(file.s, O_RDONLY);
  assert_true(fd >= 0);
  check_statx(fd, "", AT_EMPTY_PATH, STATX_BASIC_STATS);

  struct statx x;
  memset(&x, 0, sizeof x);
  assert_int_equal(statx(fd, "", AT_EMPTY_PATH, STATX_TYPE | STATX_SIZE, &x), 0);
  assert_true(S_ISREG(x.stx_mode));
  assert_int_equal(x.stx_size, FS_TEXT_LEN);
  assert_int_equal(close(fd), 0);
  assert_int_equal(statx(AT_FDCWD, link.s, AT_SYMLINK_NOFOLLOW, STATX_TYPE, &x), 0);
  assert_true(S_ISLNK(x.stx_mode));
}

static void test_statx_errors(void **state) {
  (void)state;
  struct fs_path file = fs_keep(oracle_make_file("stx-err", fs_text, FS_TEXT_LEN));
  struct fs_path missing = fs_keep(oracle_path("stx-missing"));
  const int both_sync = AT_STATX_FORCE_SYNC | AT_STATX_DONT_SYNC;
  STAT_BOTH_FAIL(ENOENT, statx(AT_FDCWD, missing.s, 0, STATX_BASIC_STATS, &x_),
                 glibc_statx(AT_FDCWD, missing.s, 0, STATX_BASIC_STATS, &f_, raw_, &ge_));
  STAT_BOTH_FAIL(EBADF, statx(-1, "rel", 0, STATX_BASIC_STATS, &x_),
                 glibc_statx(-1, "rel", 0, STATX_BASIC_STATS, &f_, raw_, &ge_));
  STAT_BOTH_FAIL(EINVAL, statx(AT_FDCWD, file.s, 0, STATX__RESERVED, &x_),
                 glibc_statx(AT_FDCWD, file.s, 0, STATX__RESERVED, &f_, raw_, &ge_));
  STAT_BOTH_FAIL(EINVAL, statx(AT_FDCWD, file.s, both_sync, STATX_BASIC_STATS, &x_),
                 glibc_statx(AT_FDCWD, file.s, both_sync, STATX_BASIC_STATS, &f_, raw_, &ge_));
  /* Unlike i386's stat, statx has the kernel write the caller's buffer. */
  errno = 0;
  assert_int_equal(statx(AT_FDCWD, file.s, 0, STATX_BASIC_STATS, (struct statx *)1), -1);
  assert_int_equal(errno, EFAULT);

  struct statx x;
  memset(&x, 0, sizeof x);
  FS_SYS_FAILS(ENOENT, statx, AT_FDCWD, missing.s, 0, STATX_BASIC_STATS, &x);
  FS_SYS_FAILS(EINVAL, statx, AT_FDCWD, file.s, 0, STATX__RESERVED, &x);
  FS_SYS_FAILS(EFAULT, statx, AT_FDCWD, file.s, 0, STATX_BASIC_STATS, (struct statx *)1);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_stat_family_matches_glibc),
      cmocka_unit_test(test_fstatat_relative_to_dirfd),
      cmocka_unit_test(test_stat_family_errors),
      cmocka_unit_test(test_stat_bad_buffer),
      cmocka_unit_test(test_sys_stat_family),
      cmocka_unit_test(test_stat64_fallback),
      cmocka_unit_test(test_statx_matches_glibc),
      cmocka_unit_test(test_statx_errors),
  };
  return cmocka_run_group_tests(tests, NULL, suite_teardown);
}
