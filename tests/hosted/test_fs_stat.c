/* stat(2), fstat, lstat, fstatat, statx(2), chmod(2), fchmod, fchmodat,
 * mkdir(2), mkdirat, umask(2), mknod(2), mknodat, utimensat(2), makedev(3) and
 * the S_IS* macros: every field against glibc's stat64 and statx of the same
 * file, failures against glibc on the same input, and every constant and
 * structure layout of the family against glibc and the kernel's uapi headers.
 *
 * Not obvious: i386's struct stat is not the kernel's (its stat64 has 32-bit
 * times) but glibc's 64-bit-time one, filled from statx; the fstatat64
 * fallback sysgate keeps for kernels without statx is exercised directly here,
 * since this kernel never takes it, and shows its limit: 32-bit unsigned times.
 * fchmodat's fallback for kernels without fchmodat2 (before 6.6) runs in a
 * child whose seccomp filter answers fchmodat2 with ENOSYS (under valgrind or
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

static const char text[] = "sysgate stats this";
#define TEXT_LEN (sizeof text - 1)

static struct oracle_fields stat_fields(const struct stat *st) {
  struct oracle_fields f;
  memset(&f, 0, sizeof f);
  ORACLE_FIELDS(ORACLE_STAT_FIELDS, &f, st);
  return f;
}

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

/* glibc's view of one file: its stat64 fields. */
static struct oracle_fields glibc_fields(const char *path, int follow) {
  struct oracle_fields f;
  int err;
  assert_int_equal(follow ? glibc_stat(path, &f, &err) : glibc_lstat(path, &f, &err), 0);
  return f;
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

/* --- tables ---------------------------------------------------------------- */

static void test_constants_and_layouts_match_glibc(void **state) {
  (void)state;
  static const struct abi_row ours[] = ABI_TABLE(FS_ABI);
  ABI_ASSERT_SAME(ours, oracle_fs_abi, oracle_fs_abi_len);
}

static void test_layouts_match_kernel_uapi(void **state) {
  (void)state;
  static const struct abi_row ours[] = FS_UAPI_TABLE(FS_UAPI_OURS, FS_UAPI_SIZE_OURS);
  ABI_ASSERT_SAME(ours, oracle_fs_uapi, oracle_fs_uapi_len);
  /* statx fields newer than the machine's <linux/stat.h>: the offsets the
   * kernel's include/uapi/linux/stat.h states beside them (Linux 6.16). */
  assert_int_equal(offsetof(struct statx, stx_subvol), 0xa0);
  assert_int_equal(offsetof(struct statx, stx_atomic_write_unit_min), 0xa8);
  assert_int_equal(offsetof(struct statx, stx_atomic_write_segments_max), 0xb0);
  assert_int_equal(offsetof(struct statx, stx_dio_read_offset_align), 0xb4);
  assert_int_equal(offsetof(struct statx, stx_atomic_write_unit_max_opt), 0xb8);
  assert_int_equal(offsetof(struct statx, __spare3), 0xc0);
}

/* The masks newer than the machine's headers, asked of the kernel itself: it
 * answers a known bit in stx_mask. STATX_MNT_ID_UNIQUE (Linux 6.8) is filled by
 * the VFS for every file; the unique id differs from the old reusable one. */
static void test_statx_newer_masks_known_to_kernel(void **state) {
  (void)state;
  const char *path = oracle_make_file("statx-new", text, TEXT_LEN);
  struct statx old, uniq;
  assert_int_equal(statx(AT_FDCWD, path, 0, STATX_MNT_ID, &old), 0);
  assert_int_equal(statx(AT_FDCWD, path, 0, STATX_MNT_ID_UNIQUE, &uniq), 0);
  if (!(uniq.stx_mask & STATX_MNT_ID_UNIQUE))
    SKIP_BECAUSE("the kernel is older than 6.8 (no STATX_MNT_ID_UNIQUE)");
  assert_true(old.stx_mask & STATX_MNT_ID);
  assert_true(uniq.stx_mnt_id != old.stx_mnt_id);
  assert_false(STATX_MNT_ID_UNIQUE & (STATX_ALL | STATX_MNT_ID | STATX_DIOALIGN));
}

static void test_s_is_macros(void **state) {
  (void)state;
  const unsigned int modes[] = {S_IFSOCK | 0755, S_IFLNK | 0777, S_IFREG | 0644, S_IFBLK | 0660,
                                S_IFDIR | 0700,  S_IFCHR | 0620, S_IFIFO | 0600, 0,
                                S_IFMT,          0777,           0170000 | 07777};
  for (unsigned i = 0; i < sizeof modes / sizeof modes[0]; i++) {
    unsigned int m = modes[i];
    unsigned int ours = (unsigned)!!S_ISSOCK(m) | (unsigned)!!S_ISLNK(m) << 1 |
                        (unsigned)!!S_ISREG(m) << 2 | (unsigned)!!S_ISBLK(m) << 3 |
                        (unsigned)!!S_ISDIR(m) << 4 | (unsigned)!!S_ISCHR(m) << 5 |
                        (unsigned)!!S_ISFIFO(m) << 6;
    assert_int_equal(ours, glibc_s_is(m));
  }
  assert_int_equal(glibc_s_is(S_IFDIR), 1 << 4); /* the oracle itself tells types apart */
}

static void test_makedev_major_minor(void **state) {
  (void)state;
  const unsigned int pairs[][2] = {{0, 0},          {1, 3},          {8, 17},
                                   {0xfff, 0xff},   {0x1000, 0x100}, {0x12345, 0x6789a},
                                   {0xffffffff, 0}, {0, 0xffffffff}, {0xffffffff, 0xffffffff}};
  for (unsigned i = 0; i < sizeof pairs / sizeof pairs[0]; i++) {
    dev_t dev = makedev(pairs[i][0], pairs[i][1]);
    assert_int_equal(dev, glibc_makedev(pairs[i][0], pairs[i][1]));
    assert_int_equal(major(dev), pairs[i][0]);
    assert_int_equal(minor(dev), pairs[i][1]);
    assert_int_equal(major(dev), glibc_major(dev));
    assert_int_equal(minor(dev), glibc_minor(dev));
  }
}

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
  struct fs_path file = fs_keep(oracle_make_file("st-file", text, TEXT_LEN));
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
  assert_int_equal(st.st_size, TEXT_LEN);
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
  oracle_make_file("rel-file", text, TEXT_LEN);
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
  assert_int_equal(st.st_size, TEXT_LEN);
  assert_int_equal(close(dfd), 0);
}

static void test_stat_family_errors(void **state) {
  (void)state;
  struct fs_path file = fs_keep(oracle_make_file("st-err", text, TEXT_LEN));
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
  const char *path = oracle_make_file("st-efault", text, TEXT_LEN);
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
  assert_int_equal(fits->st_size, TEXT_LEN);
  assert_int_equal(munmap(page, 4096), 0);
  close(fd);
}

static void test_sys_stat_family(void **state) {
  (void)state;
  struct stat st;
  memset(&st, 0, sizeof st);
  const char *file = oracle_make_file("sys-st", text, TEXT_LEN);
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
  assert_int_equal(st.st_size, TEXT_LEN);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
}

/* The fstatat64 route of a kernel without statx: what it reads equals glibc's
 * stat, but for times before 1970, which its unsigned 32-bit fields cannot hold. */
static void test_stat64_fallback(void **state) {
  (void)state;
#ifdef SYSGATE_ARCH_STAT64_FALLBACK
  const char *path = oracle_make_file("st64", text, TEXT_LEN);
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
  struct fs_path file = fs_keep(oracle_make_file("stx-file", text, TEXT_LEN));
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
  assert_int_equal(x.stx_size, TEXT_LEN);
  assert_int_equal(close(fd), 0);
  assert_int_equal(statx(AT_FDCWD, link.s, AT_SYMLINK_NOFOLLOW, STATX_TYPE, &x), 0);
  assert_true(S_ISLNK(x.stx_mode));
}

static void test_statx_errors(void **state) {
  (void)state;
  struct fs_path file = fs_keep(oracle_make_file("stx-err", text, TEXT_LEN));
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

/* --- chmod, fchmod, fchmodat ----------------------------------------------- */

static void test_chmod_family(void **state) {
  (void)state;
  const char *path = oracle_make_file("chmod", text, TEXT_LEN);
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
  struct fs_path file = fs_keep(oracle_make_file("chmod-target", text, TEXT_LEN));
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
  struct chmodat_call c = {oracle_make_file("chmodat-trace", text, TEXT_LEN), 0};
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
  struct fs_path file = fs_keep(oracle_make_file("chmod-err", text, TEXT_LEN));
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
  struct fs_path file = fs_keep(oracle_make_file("mkdir-err", text, TEXT_LEN));
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
  struct fs_path file = fs_keep(oracle_make_file("mknod-err", text, TEXT_LEN));
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

/* --- utimensat ------------------------------------------------------------- */

static void test_utimensat_sets_times(void **state) {
  (void)state;
  const char *path = oracle_make_file("utime", text, TEXT_LEN);
  struct timespec t[2] = {{.tv_sec = 1000000000, .tv_nsec = 123456789},
                          {.tv_sec = 1200000000, .tv_nsec = 5}};
  FS_OK(utimensat, AT_FDCWD, path, t, 0);
  struct oracle_fields g = glibc_fields(path, 1);
  assert_int_equal(g.v[ORACLE_STAT_ATIME], 1000000000);
  assert_int_equal(g.v[ORACLE_STAT_ATIME + 1], 123456789);
  assert_int_equal(g.v[ORACLE_STAT_MTIME], 1200000000);
  assert_int_equal(g.v[ORACLE_STAT_MTIME + 1], 5);
  struct stat st;
  memset(&st, 0, sizeof st);
  assert_int_equal(stat(path, &st), 0);
  struct oracle_fields ours = stat_fields(&st);
  FS_ASSERT_FIELDS(ORACLE_STAT_FIELDS, &ours, &g);

  /* UTIME_OMIT leaves atime; UTIME_NOW sets mtime to the time of the call,
   * which the same call also wrote into ctime. */
  t[0].tv_nsec = UTIME_OMIT;
  t[1].tv_nsec = UTIME_NOW;
  FS_OK(utimensat, AT_FDCWD, path, t, 0);
  g = glibc_fields(path, 1);
  assert_int_equal(g.v[ORACLE_STAT_ATIME], 1000000000);
  assert_int_equal(g.v[ORACLE_STAT_ATIME + 1], 123456789);
  assert_true(g.v[ORACLE_STAT_MTIME] > 1200000000);
  long long diff = g.v[ORACLE_STAT_CTIME] - g.v[ORACLE_STAT_MTIME];
  assert_true(diff >= 0 && diff <= 1);

  /* A null times array means "both now". */
  FS_OK(utimensat, AT_FDCWD, path, NULL, 0);
  g = glibc_fields(path, 1);
  assert_true(g.v[ORACLE_STAT_ATIME] > 1000000000);
}

/* 0x80000000 + 100 seconds is 2038-01-19T03:16:08Z: past the 32-bit time_t. On
 * i386 it proves utimensat_time64 and the statx-based stat. */
static void test_utimensat_past_2038(void **state) {
  (void)state;
  const long long y2038 = 0x80000000LL + 100;
  const char *path = oracle_make_file("utime-2038", text, TEXT_LEN);
  struct timespec t[2] = {{.tv_sec = y2038, .tv_nsec = 1}, {.tv_sec = y2038 + 1, .tv_nsec = 2}};
  FS_OK(utimensat, AT_FDCWD, path, t, 0);
  struct oracle_fields g = glibc_fields(path, 1);
  assert_int_equal(g.v[ORACLE_STAT_ATIME], y2038);
  assert_int_equal(g.v[ORACLE_STAT_MTIME], y2038 + 1);
  struct stat st;
  memset(&st, 0, sizeof st);
  assert_int_equal(stat(path, &st), 0);
  assert_int_equal(st.st_atim.tv_sec, y2038);
  assert_int_equal(st.st_atime, y2038);
  assert_int_equal(st.st_mtim.tv_sec, y2038 + 1);
  assert_int_equal(st.st_mtim.tv_nsec, 2);
  struct statx x;
  memset(&x, 0, sizeof x);
  assert_int_equal(statx(AT_FDCWD, path, 0, STATX_ATIME | STATX_MTIME, &x), 0);
  assert_int_equal(x.stx_atime.tv_sec, y2038);
  assert_int_equal(x.stx_mtime.tv_sec, y2038 + 1);

  /* And before 1970, which only 64-bit times can carry either way. */
  t[1].tv_sec = -100;
  FS_OK(utimensat, AT_FDCWD, path, t, 0);
  g = glibc_fields(path, 1);
  assert_int_equal(stat(path, &st), 0);
  assert_int_equal(st.st_mtim.tv_sec, g.v[ORACLE_STAT_MTIME]);
}

static void test_utimensat_nofollow_and_dirfd(void **state) {
  (void)state;
  int err;
  struct fs_path file = fs_keep(oracle_make_file("utime-target", text, TEXT_LEN));
  struct fs_path link = fs_keep(oracle_path("utime-link"));
  assert_int_equal(glibc_symlink(file.s, link.s, &err), 0);
  struct oracle_fields before = glibc_fields(file.s, 1);
  struct timespec t[2] = {{.tv_sec = 1111, .tv_nsec = 0}, {.tv_sec = 2222, .tv_nsec = 0}};
  FS_OK(utimensat, AT_FDCWD, link.s, t, AT_SYMLINK_NOFOLLOW);
  assert_int_equal(glibc_fields(link.s, 0).v[ORACLE_STAT_MTIME], 2222);
  assert_int_equal(glibc_fields(file.s, 1).v[ORACLE_STAT_MTIME], before.v[ORACLE_STAT_MTIME]);

  int dfd = open(oracle_tmpdir(), O_RDONLY | O_DIRECTORY);
  assert_true(dfd >= 0);
  FS_OK(utimensat, dfd, "utime-target", t, 0);
  assert_int_equal(glibc_fields(file.s, 1).v[ORACLE_STAT_MTIME], 2222);
  assert_int_equal(close(dfd), 0);
}

static void test_utimensat_errors(void **state) {
  (void)state;
  struct fs_path file = fs_keep(oracle_make_file("utime-err", text, TEXT_LEN));
  struct fs_path missing = fs_keep(oracle_path("utime-missing"));
  struct timespec t[2] = {{.tv_sec = 1, .tv_nsec = 0}, {.tv_sec = 2, .tv_nsec = 0}};
  struct timespec bad[2] = {{.tv_sec = 1, .tv_nsec = 1000000000}, {.tv_sec = 2, .tv_nsec = 0}};
  FS_FAILS(ENOENT, utimensat, AT_FDCWD, missing.s, t, 0);
  FS_FAILS(EINVAL, utimensat, AT_FDCWD, file.s, bad, 0);
  FS_FAILS(EINVAL, utimensat, AT_FDCWD, file.s, t, 0x40000000);
  FS_FAILS(EBADF, utimensat, -1, "rel", t, 0);
  int fd = open(file.s, O_RDONLY);
  assert_true(fd >= 0);
  /* glibc refuses a null path, where the kernel would set fd's own times. */
  errno = 0;
  int r = utimensat(fd, NULL, t, 0), e = errno, ge;
  int g = glibc_utimensat(fd, NULL, t, 0, &ge);
  ASSERT_BOTH_FAIL(r, e, g, ge, EINVAL);
  assert_int_equal(glibc_fields(file.s, 1).v[ORACLE_STAT_MTIME] == 2, 0);
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(sys_utimensat(fd, NULL, t, 0), 0);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  assert_int_equal(glibc_fields(file.s, 1).v[ORACLE_STAT_MTIME], 2);
  assert_int_equal(close(fd), 0);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_constants_and_layouts_match_glibc),
      cmocka_unit_test(test_layouts_match_kernel_uapi),
      cmocka_unit_test(test_statx_newer_masks_known_to_kernel),
      cmocka_unit_test(test_s_is_macros),
      cmocka_unit_test(test_makedev_major_minor),
      cmocka_unit_test(test_stat_family_matches_glibc),
      cmocka_unit_test(test_fstatat_relative_to_dirfd),
      cmocka_unit_test(test_stat_family_errors),
      cmocka_unit_test(test_stat_bad_buffer),
      cmocka_unit_test(test_sys_stat_family),
      cmocka_unit_test(test_stat64_fallback),
      cmocka_unit_test(test_statx_matches_glibc),
      cmocka_unit_test(test_statx_errors),
      cmocka_unit_test(test_chmod_family),
      cmocka_unit_test(test_fchmodat_symlink_nofollow),
      cmocka_unit_test(test_fchmodat_picks_the_call),
      cmocka_unit_test(test_chmod_errors),
      cmocka_unit_test(test_fchmodat_without_fchmodat2),
      cmocka_unit_test(test_fchmodat_without_fchmodat2_or_proc),
      cmocka_unit_test(test_mkdir_and_umask),
      cmocka_unit_test(test_mkdir_errors),
      cmocka_unit_test(test_mknod),
      cmocka_unit_test(test_mknod_device),
      cmocka_unit_test(test_mknod_errors),
      cmocka_unit_test(test_utimensat_sets_times),
      cmocka_unit_test(test_utimensat_past_2038),
      cmocka_unit_test(test_utimensat_nofollow_and_dirfd),
      cmocka_unit_test(test_utimensat_errors),
  };
  return cmocka_run_group_tests(tests, NULL, suite_teardown);
}
