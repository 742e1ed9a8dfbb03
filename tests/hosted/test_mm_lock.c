/* mlock(2), munlock(2), mlock2(2), mlockall(2) and munlockall(2) (sysgate/mm.h):
 * each against glibc on the same input, and against what /proc/self/smaps then says
 * of the mapping (Locked, VmFlags "lo").
 *
 * Not obvious: mlock faults the pages in and splits the mapping at the range's end,
 * which smaps shows; with MLOCK_ONFAULT nothing is faulted in, so Locked stays 0.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "oracle.h"
#include "oracle_mm.h"
#include <sysgate.h>

#include "suite.h"
#include "suite_fd.h"
#include "suite_raw.h"

/* --- mlock, munlock, mlock2, mlockall, munlockall --------------------------------- */

static void test_mlock(void **state) {
  (void)state;
  unsigned char *p = mm_pages(4);
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(mlock(p, 2 * MM_PAGE), 0);
  struct oracle_vma v = mm_vma_of(p);
  assert_true(oracle_vma_has_flag(&v, "lo"));
  assert_int_equal(v.locked_kb, 2 * MM_PAGE / 1024); /* faulted in and locked at once */
  assert_int_equal(v.end - v.start, 2 * MM_PAGE);    /* the rest is a mapping of its own */
  v = mm_vma_of(p + 2 * MM_PAGE);
  assert_false(oracle_vma_has_flag(&v, "lo"));
  assert_int_equal(munlock(p, 2 * MM_PAGE), 0);
  v = mm_vma_of(p);
  assert_false(oracle_vma_has_flag(&v, "lo"));
  assert_int_equal(v.locked_kb, 0);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);

  unsigned char *h = mm_hole();
  EXPECT_BOTH_FAIL(ENOMEM, mlock, h, MM_PAGE);
  EXPECT_BOTH_FAIL(ENOMEM, munlock, h, MM_PAGE);
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(sys_mlock(h, MM_PAGE), -ENOMEM);
  assert_int_equal(sys_munlock(h, MM_PAGE), -ENOMEM);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  assert_int_equal(munmap(p, 4 * MM_PAGE), 0);
}

static void test_mlock2(void **state) {
  (void)state;
  unsigned char *p = mm_pages(4);
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(mlock2(p, 4 * MM_PAGE, MLOCK_ONFAULT), 0);
  struct oracle_vma v = mm_vma_of(p);
  assert_true(oracle_vma_has_flag(&v, "lo"));
  assert_int_equal(v.locked_kb, 0); /* nothing faulted in yet */
  p[MM_PAGE] = 1;
  assert_int_equal(mm_vma_of(p).locked_kb, MM_PAGE / 1024); /* locked as it came in */
  assert_int_equal(munlock(p, 4 * MM_PAGE), 0);
  assert_int_equal(mlock2(p, MM_PAGE, 0), 0); /* no flags: mlock */
  assert_int_equal(mm_vma_of(p).locked_kb, MM_PAGE / 1024);
  assert_int_equal(munlock(p, MM_PAGE), 0);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);

  unsigned char *h = mm_hole();
  EXPECT_BOTH_FAIL(EINVAL, mlock2, p, MM_PAGE, 2);
  EXPECT_BOTH_FAIL(ENOMEM, mlock2, h, MM_PAGE, 0);
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(sys_mlock2(p, MM_PAGE, 2), -EINVAL);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  assert_int_equal(munmap(p, 4 * MM_PAGE), 0);
}

static void test_mlockall(void **state) {
  (void)state;
  unsigned char *before = mm_pages(1);
  errno = SUITE_ERRNO_CANARY;
  /* MCL_ONFAULT: the address space is marked, not faulted in. */
  int r = mlockall(MCL_CURRENT | MCL_FUTURE | MCL_ONFAULT);
  int e = errno, ge;
  if (r != 0 && glibc_mlockall(MCL_CURRENT | MCL_FUTURE | MCL_ONFAULT, &ge) != 0 && ge == e)
    SKIP_BECAUSE("mlockall is refused here, to glibc as well (RLIMIT_MEMLOCK?)");
  assert_int_equal(r, 0);
  unsigned char *after = mm_pages(1);
  struct oracle_vma v = mm_vma_of(before);
  int locked_before = oracle_vma_has_flag(&v, "lo");
  v = mm_vma_of(after);
  int locked_after = oracle_vma_has_flag(&v, "lo");
  assert_int_equal(munlockall(), 0);
  assert_int_equal(e, SUITE_ERRNO_CANARY);
  assert_true(locked_before); /* MCL_CURRENT */
  assert_true(locked_after);  /* MCL_FUTURE */
  v = mm_vma_of(after);
  assert_false(oracle_vma_has_flag(&v, "lo"));
  unsigned char *later = mm_pages(1);
  v = mm_vma_of(later);
  assert_false(oracle_vma_has_flag(&v, "lo"));
  assert_int_equal(errno, SUITE_ERRNO_CANARY);

  EXPECT_BOTH_FAIL(EINVAL, mlockall, 0);
  EXPECT_BOTH_FAIL(EINVAL, mlockall, MCL_ONFAULT); /* on what? */
  EXPECT_BOTH_FAIL(EINVAL, mlockall, MCL_CURRENT | 0x100);
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(sys_mlockall(0), -EINVAL);
  assert_int_equal(sys_munlockall(), 0); /* cannot fail */
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  assert_int_equal(munmap(before, MM_PAGE), 0);
  assert_int_equal(munmap(after, MM_PAGE), 0);
  assert_int_equal(munmap(later, MM_PAGE), 0);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_mlock),
      cmocka_unit_test(test_mlock2),
      cmocka_unit_test(test_mlockall),
  };
  return cmocka_run_group_tests(tests, NULL, suite_teardown);
}
