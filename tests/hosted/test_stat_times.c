/* The times of sysgate/stat.h: utimensat(2), and utimes(2), lutimes(3), futimes(3),
 * futimesat(2) (oracle_fs_times.c): the times each sets, read back with glibc's lstat,
 * the same as glibc's own call sets on a twin file, and the errors against glibc's.
 *
 * Not obvious: a tv_usec of a million or below zero is the kernel's EINVAL on both
 * sides, since both convert to nanoseconds without checking (glibc's __utimes64).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "oracle.h"
#include "oracle_fs.h"
#include "oracle_fs_times.h"
#include "oracle_misc.h"
#include "oracle_time.h"
#include <sysgate.h>

#include "suite.h"
#include "suite_extra.h"
#include "suite_fs.h"

/* --- utimensat ------------------------------------------------------------- */

static void test_utimensat_sets_times(void **state) {
  (void)state;
  const char *path = oracle_make_file("utime", fs_text, FS_TEXT_LEN);
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
  const char *path = oracle_make_file("utime-2038", fs_text, FS_TEXT_LEN);
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
  struct fs_path file = fs_keep(oracle_make_file("utime-target", fs_text, FS_TEXT_LEN));
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
  struct fs_path file = fs_keep(oracle_make_file("utime-err", fs_text, FS_TEXT_LEN));
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

/* --- utimes, lutimes, futimes, futimesat ---------------------------------- */

#define NS(s, us) ((s)*1000000000LL + (us)*1000LL)

/* Ours and glibc's on twin files "<name>.ours" and "<name>.glibc" that then have the
 * same times; which: 0 utimes, 1 lutimes (the paths are links to fresh files), 2
 * futimes, 3 futimesat. */
static void same_times(int which, const struct oracle_tv2 *t) {
  char ours[128], theirs[128];
  snprintf(ours, sizeof ours, "%s/times.ours", oracle_tmpdir());
  snprintf(theirs, sizeof theirs, "%s/times.glibc", oracle_tmpdir());
  struct timeval tv[2];
  for (int i = 0; t && i < 2; i++) {
    tv[i].tv_sec = t->sec[i];
    tv[i].tv_usec = t->usec[i];
  }
  const struct timeval *p = t ? tv : NULL;
  int glibc_errno = 0, r1 = -2, r2 = -2;
  for (int side = 0; side < 2; side++) {
    const char *path = side ? theirs : ours;
    unlink(path);
    if (which == 1) {
      assert_int_equal(symlink("/sysgate-nowhere", path), 0);
    } else {
      int fd = open(path, O_WRONLY | O_CREAT, 0600);
      assert_true(fd >= 0);
      close(fd);
    }
  }
  int fd1 = open(ours, O_RDONLY | O_NOFOLLOW), fd2 = open(theirs, O_RDONLY | O_NOFOLLOW);
  int dir = open(oracle_tmpdir(), O_RDONLY | O_DIRECTORY);
  errno = SUITE_ERRNO_CANARY;
  switch (which) {
  case 0:
    r1 = utimes(ours, p), r2 = oracle_utimes(theirs, t, &glibc_errno);
    break;
  case 1:
    r1 = lutimes(ours, p), r2 = oracle_lutimes(theirs, t, &glibc_errno);
    break;
  case 2:
    r1 = futimes(fd1, p), r2 = oracle_futimes(fd2, t, &glibc_errno);
    break;
  default:
    r1 = futimesat(dir, "times.ours", p);
    r2 = oracle_futimesat(dir, "times.glibc", t, &glibc_errno);
  }
  assert_int_equal(r1, 0);
  assert_int_equal(r2, 0);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  long long a1, m1, a2, m2;
  assert_int_equal(oracle_file_times_ns(ours, &a1, &m1), 0);
  assert_int_equal(oracle_file_times_ns(theirs, &a2, &m2), 0);
  if (t) { /* exact */
    assert_true(a1 == NS(t->sec[0], t->usec[0]) && a2 == a1);
    assert_true(m1 == NS(t->sec[1], t->usec[1]) && m2 == m1);
  } else { /* now, within a few seconds of each other */
    assert_true(m1 - m2 < 5000000000LL && m2 - m1 < 5000000000LL);
  }
  if (fd1 >= 0)
    close(fd1);
  if (fd2 >= 0)
    close(fd2);
  close(dir);
}

static void test_times_set(void **state) {
  (void)state;
  const struct oracle_tv2 t = {{1000000000, 4102444800LL}, {123456, 999999}}; /* 2001, 2100 */
  for (int which = 0; which < 4; which++) {
    if (which != 1) /* futimes of a link's descriptor: O_NOFOLLOW refuses to open it */
      same_times(which, NULL);
    same_times(which, &t);
  }
}

static void test_times_errors(void **state) {
  (void)state;
  char path[128];
  snprintf(path, sizeof path, "%s/times.err", oracle_tmpdir());
  int fd = open(path, O_WRONLY | O_CREAT, 0600);
  assert_true(fd >= 0);
  const struct oracle_tv2 big = {{0, 0}, {1000000, 0}}, neg = {{0, 0}, {0, -1}};
  struct timeval tbig[2] = {{0, 1000000}, {0, 0}}, tneg[2] = {{0, 0}, {0, -1}};
  int glibc_errno = 0;
  errno = 0;
  int r = utimes(path, tbig), e = errno;
  ASSERT_BOTH_FAIL(r, e, oracle_utimes(path, &big, &glibc_errno), glibc_errno, EINVAL);
  errno = 0;
  r = futimes(fd, tneg), e = errno;
  ASSERT_BOTH_FAIL(r, e, oracle_futimes(fd, &neg, &glibc_errno), glibc_errno, EINVAL);
  errno = 0;
  r = utimes("/sysgate-none/x", NULL), e = errno;
  ASSERT_BOTH_FAIL(r, e, oracle_utimes("/sysgate-none/x", NULL, &glibc_errno), glibc_errno, ENOENT);
  errno = 0;
  r = futimes(-1, NULL), e = errno;
  ASSERT_BOTH_FAIL(r, e, oracle_futimes(-1, NULL, &glibc_errno), glibc_errno, EBADF);
  errno = 0;
  r = futimesat(-1, "relative", NULL), e = errno;
  ASSERT_BOTH_FAIL(r, e, oracle_futimesat(-1, "relative", NULL, &glibc_errno), glibc_errno, EBADF);
  errno = 0; /* a bad pointer: EFAULT from the copy, where glibc reads and faults */
  volatile uintptr_t unmapped = 8; /* hidden from -Wstringop-overread */
  assert_int_equal(utimes(path, (const struct timeval *)unmapped), -1);
  assert_int_equal(errno, EFAULT);
  close(fd);
  unlink(path);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_utimensat_sets_times),
      cmocka_unit_test(test_utimensat_past_2038),
      cmocka_unit_test(test_utimensat_nofollow_and_dirfd),
      cmocka_unit_test(test_utimensat_errors),
      cmocka_unit_test(test_times_set),
      cmocka_unit_test(test_times_errors),
  };
  return cmocka_run_group_tests(tests, NULL, suite_teardown);
}
