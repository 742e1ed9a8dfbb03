/* statvfs(3) and fstatvfs(3) (sysgate/statvfs.h) against glibc's on the same
 * file systems, and their failures.
 *
 * Not obvious: these are no system calls but statfs converted, so each field is
 * compared; free counts may change between two calls on a busy file system.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "oracle.h"
#include "oracle_sysheaders.h"
#include <sysgate.h>

#include "suite.h"

/* --- statvfs -------------------------------------------------------------------- */

/* Free counts may change between two calls on a busy file system. */
static void compare_statvfs(const char *what, const struct statvfs *a, const struct statvfs *b,
                            int counts_stable) {
  print_message("%s: bsize %lu blocks %llu flag %#lx fsid %#lx\n", what, a->f_bsize,
                (unsigned long long)a->f_blocks, a->f_flag, a->f_fsid);
  assert_int_equal(a->f_bsize, b->f_bsize);
  assert_int_equal(a->f_frsize, b->f_frsize);
  assert_int_equal(a->f_blocks, b->f_blocks);
  assert_int_equal(a->f_files, b->f_files);
  assert_int_equal(a->f_fsid, b->f_fsid);
  assert_int_equal(a->f_flag, b->f_flag);
  assert_int_equal(a->f_namemax, b->f_namemax);
  assert_int_equal(a->f_favail, a->f_ffree);
  if (counts_stable)
    assert_memory_equal(a, b, sizeof *a);
}

static void test_statvfs(void **state) {
  (void)state;
  const char *paths[] = {"/", "/proc", "/dev", "/sys", oracle_tmpdir(), "/no/such/dir", "", NULL};
  for (size_t i = 0; i < sizeof paths / sizeof paths[0]; i++) {
    struct statvfs ours, theirs;
    memset(&ours, 0, sizeof ours);
    memset(&theirs, 0, sizeof theirs);
    int ge;
    errno = SUITE_ERRNO_CANARY;
    int r = statvfs(paths[i], &ours), e = errno;
    int gr = oracle_statvfs(paths[i], &theirs, &ge);
    assert_int_equal(r, gr);
    if (r == 0) {
      assert_int_equal(e, SUITE_ERRNO_CANARY);
      compare_statvfs(paths[i], &ours, &theirs, i == 1 || i == 3);
    } else {
      assert_int_equal(e, ge);
    }
  }
  int ge, fd = oracle_open(oracle_tmpdir(), O_RDONLY | O_DIRECTORY, 0, &ge);
  assert_true(fd >= 0);
  struct statvfs ours, theirs;
  memset(&ours, 0, sizeof ours);
  memset(&theirs, 0, sizeof theirs);
  assert_int_equal(fstatvfs(fd, &ours), 0);
  assert_int_equal(oracle_fstatvfs(fd, &theirs, &ge), 0);
  compare_statvfs("tmpdir fd", &ours, &theirs, 0);
  oracle_close(fd);
  int r = fstatvfs(-1, &ours), e = errno;
  int gr = oracle_fstatvfs(-1, &theirs, &ge);
  ASSERT_BOTH_FAIL(r, e, gr, ge, EBADF);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_statvfs),
  };
  return cmocka_run_group_tests(tests, NULL, suite_teardown);
}
