/* flock(2) (sysgate/file.h) against glibc's on the same descriptors: the lock taken,
 * and refused to another open file description.
 *
 * Not obvious: a flock lock belongs to the open file description, not to the
 * process, so the conflict is shown with a second open() of the same file.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "oracle.h"
#include "oracle_fd.h"
#include <sysgate.h>

#include "suite.h"
#include "suite_fd.h"

/* --- flock ----------------------------------------------------------------- */

static void test_flock(void **state) {
  (void)state;
  const char *path = oracle_make_file("flock", fd_text, FD_TEXT_LEN);
  int fd = open(path, O_RDONLY);
  assert_true(fd >= 0);
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(flock(fd, LOCK_EX), 0);
  assert_int_equal(oracle_flock_would_block(path, 0), 1); /* not even shared */
  assert_int_equal(flock(fd, LOCK_UN), 0);
  assert_int_equal(oracle_flock_would_block(path, 1), 0);
  assert_int_equal(flock(fd, LOCK_SH | LOCK_NB), 0);
  assert_int_equal(oracle_flock_would_block(path, 0), 0); /* shared with shared */
  assert_int_equal(oracle_flock_would_block(path, 1), 1);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);

  /* Another open file description of this very process conflicts too. */
  int other = open(path, O_RDONLY);
  assert_true(other >= 0);
  EXPECT_BOTH_FAIL(EWOULDBLOCK, flock, other, LOCK_EX | LOCK_NB);
  EXPECT_BOTH_FAIL(EBADF, flock, -1, LOCK_SH);
  EXPECT_BOTH_FAIL(EINVAL, flock, fd, 0x40);
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(sys_flock(other, LOCK_EX | LOCK_NB), -EWOULDBLOCK);
  assert_int_equal(sys_flock(-1, LOCK_SH), -EBADF);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  assert_int_equal(close(other), 0);
  assert_int_equal(close(fd), 0);
  assert_int_equal(oracle_flock_would_block(path, 1), 0); /* closing released it */
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_flock),
  };
  return cmocka_run_group_tests(tests, NULL, suite_teardown);
}
