/* utimes(2), lutimes(3), futimes(3), futimesat(2): the times each sets, read back with
 * glibc's lstat, the same as glibc's own call sets on a twin file; a symbolic link's own
 * times for lutimes; NULL for now; and the errors against glibc's on the same input.
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
#include "oracle_fs_times.h"
#include <sysgate.h>

#include "suite.h"

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
      cmocka_unit_test(test_times_set),
      cmocka_unit_test(test_times_errors),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
