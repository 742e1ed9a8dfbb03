/* aligned_alloc(3), posix_memalign(3), memalign(3), valloc(3) and pvalloc(3)
 * (sysgate/malloc.h): every alignment's blocks checked, and the failures next to
 * glibc's on the same input.
 *
 * Not obvious: the deliberately bad calls go through volatile pointers, so the
 * compiler, which knows what these functions mean, neither warns about them nor
 * removes them.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "oracle.h"
#include "oracle_malloc.h"
#include <sysgate.h>

#include "suite.h"

#include "suite_malloc.h"

/* --- the aligned allocators ------------------------------------------------------------- */

static void check_aligned_block(unsigned char *p, size_t align, size_t n) {
  assert_non_null(p);
  assert_true(aligned(p, align));
  assert_true(malloc_usable_size(p) >= n);
  fill(p, 0, n, (uint32_t)(align + n));
  assert_true(intact(p, n, (uint32_t)(align + n)));
}

static void test_aligned_alloc(void **state) {
  (void)state;
  size_t lens[] = {0, 1, 100, 4096, 200 * KIB};
  for (size_t align = 1; align <= 64 * KIB; align *= 2) {
    for (size_t i = 0; i < sizeof lens / sizeof lens[0]; i++) {
      size_t n = lens[i], at_least = align < 16 ? 16 : align;
      /* Two at a time, so the second is not just the first's slot again. */
      unsigned char *a = aligned_alloc(align, n), *b = aligned_alloc(align, n);
      check_aligned_block(a, at_least, n);
      check_aligned_block(b, at_least, n);
      if (!intact(a, n, (uint32_t)(at_least + n)))
        fail_msg("align %zu n %zu a %p b %p", align, n, (void *)a, (void *)b);
      free(a);
      free(b);
      unsigned char *m = memalign(align, n);
      check_aligned_block(m, at_least, n);
      void *pm = NULL;
      errno = SUITE_ERRNO_CANARY;
      int r = posix_memalign_fn(&pm, align, n);
      if (align < sizeof(void *)) {
        assert_int_equal(r, EINVAL);
        assert_null(pm);
      } else {
        assert_int_equal(r, 0);
        check_aligned_block(pm, at_least, n);
      }
      assert_int_equal(errno, SUITE_ERRNO_CANARY);
      free(m);
      free(pm);
    }
  }
  /* Alignments past a span: 1 MiB and 4 MiB, small and large sizes. */
  for (size_t align = MIB; align <= 4 * MIB; align *= 4) {
    unsigned char *p = aligned_alloc(align, 100), *q = memalign(align, 3 * MIB);
    check_aligned_block(p, align, 100);
    check_aligned_block(q, align, 3 * MIB);
    free(p);
    free(q);
  }
  unsigned char *v = valloc(10), *pv = pvalloc(5000);
  check_aligned_block(v, 4096, 10);
  check_aligned_block(pv, 4096, 8192); /* pvalloc: whole pages */
  free(v);
  free(pv);
}

/* Bad alignments, next to glibc's answers on the same input. */
static void test_aligned_bad(void **state) {
  (void)state;
  size_t bad_posix[] = {0, 1, 2, 3, sizeof(void *) / 2, 24, 48, 100, 4097, huge};
  for (size_t i = 0; i < sizeof bad_posix / sizeof bad_posix[0]; i++) {
    void *ours = (void *)1, *theirs = (void *)1;
    errno = SUITE_ERRNO_CANARY;
    assert_int_equal(posix_memalign_fn(&ours, bad_posix[i], 64), EINVAL);
    assert_int_equal(errno, SUITE_ERRNO_CANARY); /* the error is the return value only */
    assert_ptr_equal(ours, (void *)1);           /* *memptr untouched */
    if (glibc_oracle()) {
      int ge;
      assert_int_equal(glibc_posix_memalign(&theirs, bad_posix[i], 64, &ge), EINVAL);
      assert_ptr_equal(theirs, (void *)1);
    }
  }
  /* ENOMEM the same way: returned, errno and *memptr untouched. */
  void *ours = (void *)1, *theirs = (void *)1;
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(posix_memalign_fn(&ours, 64, huge - 100), ENOMEM);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  assert_ptr_equal(ours, (void *)1);
  int ge;
  if (glibc_oracle())
    assert_int_equal(glibc_posix_memalign(&theirs, 64, huge - 100, &ge), ENOMEM);

  /* memalign rounds a non-power of two up to one, as glibc's; past SIZE_MAX/2+1, EINVAL. */
  size_t odd[] = {24, 48, 100, 3000, 5000, 65537};
  for (size_t i = 0; i < sizeof odd / sizeof odd[0]; i++) {
    size_t pow2 = 16;
    while (pow2 < odd[i])
      pow2 *= 2;
    unsigned char *p = memalign(odd[i], 40);
    check_aligned_block(p, pow2, 40);
    free(p);
    if (glibc_oracle()) {
      void *g = glibc_memalign(odd[i], 40, &ge);
      assert_non_null(g);
      assert_true(aligned(g, pow2));
      glibc_free(g);
    }
  }
  errno = 0;
  assert_null(memalign_fn(huge / 2 + 2, 16));
  assert_int_equal(errno, EINVAL);
  if (glibc_oracle()) {
    assert_null(glibc_memalign(huge / 2 + 2, 16, &ge));
    assert_int_equal(ge, EINVAL);
  }

  /* aligned_alloc refuses what is not a power of two (C17 7.22.3.1); glibc 2.36, this
   * suite's oracle, still rounds up like memalign, so it is checked only for that. */
  size_t bad_c11[] = {0, 3, 24, 100, 65537};
  for (size_t i = 0; i < sizeof bad_c11 / sizeof bad_c11[0]; i++) {
    errno = 0;
    assert_null(aligned_alloc_fn(bad_c11[i], 64));
    assert_int_equal(errno, EINVAL);
    if (!glibc_oracle())
      continue;
    void *g = glibc_aligned_alloc(bad_c11[i], 64, &ge);
    if (g != NULL) {
      size_t pow2 = 16;
      while (pow2 < bad_c11[i])
        pow2 *= 2;
      assert_true(aligned(g, pow2));
      glibc_free(g);
    } else {
      assert_int_equal(ge, EINVAL);
    }
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_aligned_alloc),
      cmocka_unit_test(test_aligned_bad),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
