/* mprotect(2), mremap(2), msync(2), madvise(2) and mincore(2) (sysgate/mm.h): each
 * against glibc on the same input, and against what the kernel then reports about the
 * mapping in /proc/self/smaps (permissions, Dirty), in memory itself.
 *
 * Not obvious: mremap is variadic and reads new_address only with
 * MREMAP_FIXED; test_mremap_registers passes one anyway without the flag and
 * checks that the kernel got NULL.
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

static int is_mapped(const void *addr) {
  struct oracle_vma v;
  return oracle_vma(addr, &v) == 0;
}

/* --- mprotect ----------------------------------------------------------------- */

static void test_mprotect(void **state) {
  (void)state;
  unsigned char *p = mm_pages(3);
  p[MM_PAGE] = 0x5a;
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(mprotect(p + MM_PAGE, MM_PAGE, PROT_READ), 0);
  assert_string_equal(mm_vma_of(p + MM_PAGE).perms, "r--p");
  assert_string_equal(mm_vma_of(p).perms, "rw-p"); /* only the page asked for */
  assert_string_equal(mm_vma_of(p + 2 * MM_PAGE).perms, "rw-p");
  assert_int_equal(p[MM_PAGE], 0x5a); /* still readable, same contents */
  assert_int_equal(mprotect(p + MM_PAGE, MM_PAGE, PROT_NONE), 0);
  assert_string_equal(mm_vma_of(p + MM_PAGE).perms, "---p");
  assert_int_equal(mprotect(p, 3 * MM_PAGE, PROT_READ | PROT_WRITE), 0);
  assert_int_equal(p[MM_PAGE], 0x5a);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);

  unsigned char *h = mm_hole();
  EXPECT_BOTH_FAIL(EINVAL, mprotect, p + 1, MM_PAGE, PROT_READ);
  EXPECT_BOTH_FAIL(EINVAL, mprotect, p, MM_PAGE, 0x100000); /* no such PROT bit */
  EXPECT_BOTH_FAIL(ENOMEM, mprotect, h, MM_PAGE, PROT_READ);
  assert_string_equal(mm_vma_of(p).perms, "rw-p");
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(sys_mprotect(p + 1, MM_PAGE, PROT_READ), -EINVAL);
  assert_int_equal(sys_mprotect(h, MM_PAGE, PROT_READ), -ENOMEM);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  assert_int_equal(munmap(p, 3 * MM_PAGE), 0);
}

/* --- mremap ------------------------------------------------------------------- */

static void test_mremap(void **state) {
  (void)state;
  unsigned char *p = mm_pages(2);
  for (size_t i = 0; i < 2 * MM_PAGE; i++)
    p[i] = (unsigned char)(i * 7);
  errno = SUITE_ERRNO_CANARY;
  unsigned char *q = mremap(p, 2 * MM_PAGE, 4 * MM_PAGE, MREMAP_MAYMOVE);
  assert_ptr_not_equal(q, MAP_FAILED);
  for (size_t i = 0; i < 2 * MM_PAGE; i++)
    assert_int_equal(q[i], (unsigned char)(i * 7));
  q[4 * MM_PAGE - 1] = 1; /* the whole new length is there */
  /* Shrinking stays in place and unmaps the tail. */
  assert_ptr_equal(mremap(q, 4 * MM_PAGE, MM_PAGE, 0), q);
  assert_false(is_mapped(q + MM_PAGE));
  /* MREMAP_FIXED: exactly at new_address, replacing what was there. */
  unsigned char *target = mm_pages(1);
  assert_ptr_equal(mremap(q, MM_PAGE, MM_PAGE, MREMAP_MAYMOVE | MREMAP_FIXED, target), target);
  assert_int_equal(target[100], (unsigned char)(100 * 7));
  assert_false(is_mapped(q));
  assert_int_equal(errno, SUITE_ERRNO_CANARY);

  /* Growing in place into an occupied page, not allowed to move. */
  unsigned char *two = mm_pages(2), *h = mm_hole();
  EXPECT_BOTH_FAIL(ENOMEM, mremap, two, MM_PAGE, 2 * MM_PAGE, 0, NULL);
  EXPECT_BOTH_FAIL(EINVAL, mremap, two + 1, MM_PAGE, MM_PAGE, 0, NULL);
  EXPECT_BOTH_FAIL(EINVAL, mremap, two, MM_PAGE, 0, MREMAP_MAYMOVE, NULL);
  EXPECT_BOTH_FAIL(EINVAL, mremap, two, MM_PAGE, MM_PAGE, MREMAP_FIXED, target); /* needs MAYMOVE */
  EXPECT_BOTH_FAIL(EFAULT, mremap, h, MM_PAGE, MM_PAGE, 0, NULL);
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(sys_mremap(two + 1, MM_PAGE, MM_PAGE, 0, NULL), -EINVAL);
  assert_int_equal(sys_mremap(two, MM_PAGE, 2 * MM_PAGE, 0, NULL), -ENOMEM);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  assert_int_equal(munmap(two, 2 * MM_PAGE), 0);
  assert_int_equal(munmap(target, MM_PAGE), 0);
}

static void test_mremap_dontunmap(void **state) {
  (void)state;
  unsigned char *p = mm_pages(1);
  p[0] = 0x77;
  errno = SUITE_ERRNO_CANARY;
  unsigned char *q = mremap(p, MM_PAGE, MM_PAGE, MREMAP_MAYMOVE | MREMAP_DONTUNMAP);
  int e = errno;
  if (q == MAP_FAILED && e == EINVAL)
    SKIP_BECAUSE("the kernel has no MREMAP_DONTUNMAP (before 5.7)");
  assert_ptr_not_equal(q, MAP_FAILED);
  assert_ptr_not_equal(q, p);
  assert_int_equal(e, SUITE_ERRNO_CANARY);
  assert_int_equal(q[0], 0x77);
  assert_true(is_mapped(p)); /* still there, but its pages went with the move */
  assert_int_equal(p[0], 0);
  assert_int_equal(munmap(p, MM_PAGE), 0);
  assert_int_equal(munmap(q, MM_PAGE), 0);
}

struct mremap_call {
  void *old;
  int flags;
  void *to;
};

static void call_mremap(void *arg) {
  const struct mremap_call *c = arg;
  mremap(c->old, MM_PAGE, MM_PAGE, c->flags, c->to);
}

static void test_mremap_registers(void **state) {
  (void)state;
  unsigned char *p = mm_pages(2);
  struct mremap_call c = {p, MREMAP_MAYMOVE, (void *)0x12345000};
  struct oracle_syscall seen = suite_trace(call_mremap, &c, SYS_mremap);
  assert_int_equal(seen.args[0], SUITE_REG(p));
  assert_int_equal(seen.args[1], MM_PAGE);
  assert_int_equal(seen.args[2], MM_PAGE);
  assert_int_equal(seen.args[3], MREMAP_MAYMOVE);
  assert_int_equal(seen.args[4], 0); /* not read without MREMAP_FIXED */
  c = (struct mremap_call){p, MREMAP_MAYMOVE | MREMAP_FIXED, p + MM_PAGE};
  seen = suite_trace(call_mremap, &c, SYS_mremap);
  assert_int_equal(seen.args[3], MREMAP_MAYMOVE | MREMAP_FIXED);
  assert_int_equal(seen.args[4], SUITE_REG(p + MM_PAGE));
  assert_int_equal(seen.ret, SUITE_REG(p + MM_PAGE));
  assert_int_equal(munmap(p, 2 * MM_PAGE), 0);
}

/* --- msync -------------------------------------------------------------------- */

static void test_msync(void **state) {
  (void)state;
  static unsigned char zeros[2 * MM_PAGE];
  int fd = open(oracle_make_file("msync", zeros, sizeof zeros), O_RDWR);
  assert_true(fd >= 0);
  unsigned char *p = mmap(NULL, 2 * MM_PAGE, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
  assert_ptr_not_equal(p, MAP_FAILED);
  unsigned char *h = mm_hole();
  EXPECT_BOTH_FAIL(EINVAL, msync, p + 1, MM_PAGE, MS_SYNC);
  EXPECT_BOTH_FAIL(EINVAL, msync, p, MM_PAGE, MS_SYNC | MS_ASYNC);
  EXPECT_BOTH_FAIL(EINVAL, msync, p, MM_PAGE, 0x100);
  EXPECT_BOTH_FAIL(ENOMEM, msync, h, MM_PAGE, MS_SYNC);
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(sys_msync(p, MM_PAGE, MS_SYNC | MS_ASYNC), -EINVAL);
  assert_int_equal(sys_msync(h, MM_PAGE, MS_SYNC), -ENOMEM);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);

  assert_int_equal(msync(p, 2 * MM_PAGE, MS_ASYNC), 0);
  assert_int_equal(msync(p, 2 * MM_PAGE, MS_INVALIDATE), 0);
  memcpy(p + MM_PAGE, "synced", 6);
  unsigned long dirty = mm_vma_of(p).dirty_kb;
  assert_int_equal(msync(p, 2 * MM_PAGE, MS_SYNC), 0);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  /* Written back and clean, as the kernel counts it. */
  assert_int_equal(mm_vma_of(p).dirty_kb, 0);
  assert_int_equal(munmap(p, 2 * MM_PAGE), 0);
  assert_int_equal(close(fd), 0);
  if (dirty == 0)
    SKIP_BECAUSE("the page was written back before msync: its effect could not be seen");
}

/* --- madvise, mincore ---------------------------------------------------------- */

static void test_madvise(void **state) {
  (void)state;
  unsigned char *p = mm_pages(4);
  memset(p, 0xab, 4 * MM_PAGE);
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(madvise(p, 4 * MM_PAGE, MADV_SEQUENTIAL), 0);
  assert_int_equal(madvise(p, 4 * MM_PAGE, MADV_WILLNEED), 0);
  assert_int_equal(madvise(p + MM_PAGE, 2 * MM_PAGE, MADV_DONTNEED), 0);
  /* Private anonymous pages given up read back as zeros; the others stay. */
  for (size_t i = 0; i < 4 * MM_PAGE; i++)
    assert_int_equal(p[i], i >= MM_PAGE && i < 3 * MM_PAGE ? 0 : 0xab);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);

  unsigned char *h = mm_hole();
  EXPECT_BOTH_FAIL(EINVAL, madvise, p + 1, MM_PAGE, MADV_NORMAL);
  EXPECT_BOTH_FAIL(EINVAL, madvise, p, MM_PAGE, 12345);
  EXPECT_BOTH_FAIL(ENOMEM, madvise, h, MM_PAGE, MADV_NORMAL);
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(sys_madvise(p, MM_PAGE, 12345), -EINVAL);
  assert_int_equal(sys_madvise(h, MM_PAGE, MADV_NORMAL), -ENOMEM);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  assert_int_equal(munmap(p, 4 * MM_PAGE), 0);
}

static void test_mincore(void **state) {
  (void)state;
  unsigned char *p = mm_pages(4);
  p[0] = 1;
  p[2 * MM_PAGE] = 1;
  unsigned char vec[4], theirs[4];
  int err;
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(mincore(p, 4 * MM_PAGE, vec), 0);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  assert_int_equal(glibc_mincore(p, 4 * MM_PAGE, theirs, &err), 0);
  for (int i = 0; i < 4; i++)
    assert_int_equal(vec[i] & 1, theirs[i] & 1);
  assert_int_equal(vec[0] & 1, 1); /* touched pages are resident */
  assert_int_equal(vec[2] & 1, 1);
  assert_int_equal(vec[1] & 1, 0); /* untouched anonymous ones are not */
  /* After MADV_POPULATE_WRITE (5.14) all are. */
  if (madvise(p, 4 * MM_PAGE, MADV_POPULATE_WRITE) == 0) {
    assert_int_equal(mincore(p, 4 * MM_PAGE, vec), 0);
    for (int i = 0; i < 4; i++)
      assert_int_equal(vec[i] & 1, 1);
  }

  unsigned char *h = mm_hole();
  EXPECT_BOTH_FAIL(EINVAL, mincore, p + 1, MM_PAGE, vec);
  EXPECT_BOTH_FAIL(ENOMEM, mincore, h, MM_PAGE, vec);
  EXPECT_BOTH_FAIL(EFAULT, mincore, p, MM_PAGE, (unsigned char *)h);
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(sys_mincore(p + 1, MM_PAGE, vec), -EINVAL);
  assert_int_equal(sys_mincore(h, MM_PAGE, vec), -ENOMEM);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  assert_int_equal(munmap(p, 4 * MM_PAGE), 0);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_mprotect),
      cmocka_unit_test(test_mremap),
      cmocka_unit_test(test_mremap_dontunmap),
      cmocka_unit_test(test_mremap_registers),
      cmocka_unit_test(test_msync),
      cmocka_unit_test(test_madvise),
      cmocka_unit_test(test_mincore),
  };
  return cmocka_run_group_tests(tests, NULL, suite_teardown);
}
