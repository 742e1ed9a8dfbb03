/* malloc(3) and the rest of the allocator (src/libc/malloc.c): a random
 * malloc/realloc/free stress with every block's bytes and alignment checked, calloc,
 * reallocarray and the failures next to glibc's on the same input, malloc_usable_size
 * and realloc's contents. The aligned allocators are test_malloc_aligned.c's, large
 * blocks and the aborts test_malloc_kernel.c's, what they share suite_malloc.h.
 *
 * Not obvious: in this binary malloc is sysgate_malloc (SYSGATE_PREFIX_NAMES) while
 * cmocka and glibc keep glibc's, so the two allocators run side by side: a block goes
 * back to the one it came from (glibc_free for the oracle's). And the compiler knows
 * what malloc and free mean whatever their symbol is called: the deliberately wrong
 * calls go through volatile pointers, so it neither warns about them nor removes them;
 * so do the failing ones whose errno is checked, which clang assumes leave errno alone.
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

#define SLOTS 4096

/* xorshift64*: the same sequence on every run and arch. */
static uint64_t rng_state;
static uint32_t rng(void) {
  rng_state ^= rng_state >> 12;
  rng_state ^= rng_state << 25;
  rng_state ^= rng_state >> 27;
  return (uint32_t)((rng_state * 0x2545f4914f6cdd1dull) >> 32);
}

/* --- basics --------------------------------------------------------------------- */

static void test_malloc_basics(void **state) {
  (void)state;
  errno = SUITE_ERRNO_CANARY;
  unsigned char *a = malloc_fn(0), *b = malloc_fn(0); /* unique pointers, as glibc's */
  assert_non_null(a);
  assert_non_null(b);
  assert_ptr_not_equal(a, b);
  assert_true(malloc_usable_size(a) >= 1);
  free(NULL); /* nothing */
  for (size_t n = 1; n <= 2 * KIB; n++) {
    unsigned char *p = malloc_fn(n);
    assert_non_null(p);
    assert_true(aligned(p, 16));
    fill(p, 0, n, (uint32_t)n);
    assert_true(intact(p, n, (uint32_t)n));
    free(p);
  }
  assert_int_equal(errno, SUITE_ERRNO_CANARY); /* success leaves errno alone */
  free(a);
  free(b);
  assert_int_equal(malloc_usable_size(NULL), 0);
}

/* --- the stress -------------------------------------------------------------------- */

/* Mostly small, some medium, a few large (mmap'd) ones: every path of the allocator. */
static size_t random_size(void) {
  uint32_t r = rng() % 100;
  if (r < 70)
    return rng() % 257;
  if (r < 90)
    return 257 + rng() % 3840;
  if (r < 98)
    return 4097 + rng() % (61 * 1024);
  return 65537 + rng() % (300 * 1024);
}

static unsigned char *blocks[SLOTS];
static size_t sizes[SLOTS];
static uint32_t tags[SLOTS];

static void test_stress_random(void **state) {
  (void)state;
  rng_state = 0x9e3779b97f4a7c15ull;
  long ops = oracle_under_valgrind() ? 3000 : 200000; /* valgrind: its checks, not the count */
  uint32_t next_tag = 1;
  for (long op = 0; op < ops; op++) {
    size_t k = rng() % SLOTS;
    if (blocks[k] == NULL) {
      size_t n = random_size();
      blocks[k] = malloc(n);
      assert_non_null(blocks[k]);
      sizes[k] = n;
      tags[k] = next_tag++;
      fill(blocks[k], 0, n, tags[k]);
    } else {
      assert_true(aligned(blocks[k], 16));
      assert_true(malloc_usable_size(blocks[k]) >= sizes[k]);
      if (!intact(blocks[k], sizes[k], tags[k]))
        fail_msg("op %ld: block of %zu bytes overwritten", op, sizes[k]);
      if (rng() % 2) {
        free(blocks[k]);
        blocks[k] = NULL;
      } else { /* realloc: the old bytes up to the smaller size stay, in the old pattern */
        size_t n = random_size() + 1, keep = n < sizes[k] ? n : sizes[k];
        unsigned char *p = realloc(blocks[k], n);
        assert_non_null(p);
        assert_true(aligned(p, 16));
        if (!intact(p, keep, tags[k]))
          fail_msg("op %ld: realloc %zu -> %zu lost the contents", op, sizes[k], n);
        fill(p, keep, n, tags[k]);
        blocks[k] = p;
        sizes[k] = n;
      }
    }
  }
  for (size_t k = 0; k < SLOTS; k++) {
    if (blocks[k] != NULL && !intact(blocks[k], sizes[k], tags[k]))
      fail_msg("slot %zu overwritten at the end", k);
    free(blocks[k]);
    blocks[k] = NULL;
  }
}

/* --- calloc, reallocarray, ENOMEM ----------------------------------------------------- */

static void test_calloc_zero_overflow(void **state) {
  (void)state;
  /* A slot that held other bytes comes back zeroed. */
  for (size_t n = 1; n <= 8 * KIB; n = n * 3 + 1) {
    unsigned char *dirty = malloc_fn(n);
    assert_non_null(dirty);
    fill(dirty, 0, n, 0xff);
    free(dirty);
    unsigned char *p = calloc(1, n);
    assert_non_null(p);
    for (size_t i = 0; i < n; i++)
      assert_int_equal(p[i], 0);
    free(p);
  }
  size_t big = 3 * MIB + 5;
  unsigned char *p = calloc(big, 1); /* a large block: a fresh mapping */
  assert_non_null(p);
  for (size_t i = 0; i < big; i += 997)
    assert_int_equal(p[i], 0);
  assert_int_equal(p[big - 1], 0);
  free(p);
  void *z = calloc(0, 16), *z2 = calloc(0, 0); /* like malloc(0): unique pointers */
  assert_non_null(z);
  assert_non_null(z2);
  assert_ptr_not_equal(z, z2);
  free(z);
  free(z2);

  /* SIZE_MAX / 2 * 3 overflows: NULL and ENOMEM, from both. */
  errno = 0;
  void *ours = calloc_fn(huge / 2, 3);
  assert_null(ours);
  assert_int_equal(errno, ENOMEM);
  if (glibc_oracle()) {
    int ge;
    assert_null(glibc_calloc(huge / 2, 3, &ge));
    assert_int_equal(ge, ENOMEM);
  }
  errno = 0;
  assert_null(calloc_fn(huge / 16 + 1, 16)); /* just past SIZE_MAX */
  assert_int_equal(errno, ENOMEM);
}

static void test_reallocarray(void **state) {
  (void)state;
  unsigned char *p = reallocarray(NULL, 10, 10);
  assert_non_null(p);
  fill(p, 0, 100, 5);
  unsigned char *q = reallocarray(p, 100, 100);
  assert_non_null(q);
  assert_true(intact(q, 100, 5));
  errno = 0;
  assert_null(reallocarray_fn(q, huge / 2, 3)); /* overflow: q left as it was */
  assert_int_equal(errno, ENOMEM);
  if (glibc_oracle()) {
    int ge;
    assert_null(glibc_reallocarray(NULL, huge / 2, 3, &ge));
    assert_int_equal(ge, ENOMEM);
  }
  assert_true(intact(q, 100, 5));
  free(q);
}

/* Requests no address space can hold: NULL and ENOMEM from both, and realloc leaves
 * the block alone. */
static void test_enomem(void **state) {
  (void)state;
  /* All past PTRDIFF_MAX: on i386 a 2 GiB mapping could succeed. */
  size_t sizes_[] = {huge, huge / 2 + 1, huge - 4096, (size_t)3 << (sizeof(size_t) * 8 - 2)};
  for (size_t i = 0; i < sizeof sizes_ / sizeof sizes_[0]; i++) {
    errno = 0;
    assert_null(malloc_fn(sizes_[i]));
    assert_int_equal(errno, ENOMEM);
    if (glibc_oracle()) {
      int ge;
      assert_null(glibc_malloc(sizes_[i], &ge));
      assert_int_equal(ge, ENOMEM);
    }
  }
  for (size_t n = 100; n <= 400 * KIB; n *= 64) { /* a small and a large block */
    unsigned char *p = malloc_fn(n);
    assert_non_null(p);
    fill(p, 0, n, 9);
    errno = 0;
    assert_null(realloc_fn(p, huge - 64));
    assert_int_equal(errno, ENOMEM);
    assert_true(intact(p, n, 9));
    free(p);
  }
}

/* --- sizes and realloc ------------------------------------------------------------------- */

static void test_usable_size(void **state) {
  (void)state;
  for (size_t n = 1; n <= 600 * KIB; n += n / 8 + 1) {
    unsigned char *p = malloc_fn(n);
    assert_non_null(p);
    size_t u = malloc_usable_size(p);
    assert_true(u >= n);
    /* Classes a quarter apart; a large block is rounded to pages. */
    assert_true(n < 128 * KIB ? u <= n + n / 4 + 16 : u < n + 4096 + 64);
    fill(p, 0, u, 3); /* all of it is the program's */
    assert_true(intact(p, u, 3));
    free(p);
  }
}

static void test_realloc_content(void **state) {
  (void)state;
  /* realloc(NULL, n) is malloc(n). */
  unsigned char *p = realloc_fn(NULL, 10);
  assert_non_null(p);
  fill(p, 0, 10, 1);
  /* Growing through small classes, into a large block, and large to larger (mremap). */
  size_t n = 10;
  for (size_t to = 17; to <= 8 * MIB; to = to * 2 + 3) {
    unsigned char *q = realloc_fn(p, to);
    assert_non_null(q);
    assert_true(aligned(q, 16));
    assert_true(intact(q, n, 1));
    fill(q, n, to, 1);
    p = q;
    n = to;
  }
  /* Shrinking: large to large, large to small, small to smaller. */
  for (size_t to = n / 3; to >= 1; to /= 3) {
    unsigned char *q = realloc_fn(p, to);
    assert_non_null(q);
    assert_true(intact(q, to, 1));
    assert_true(malloc_usable_size(q) >= to);
    p = q;
    n = to;
  }
  free(p);

  /* Within its slot a block stays where it is. */
  p = malloc_fn(100);
  assert_ptr_equal(realloc_fn(p, 110), p);
  assert_ptr_equal(realloc_fn(p, 97), p);
  /* realloc(p, 0) frees p and returns NULL (glibc's choice): the slot is the next one
   * handed out for that size. */
  unsigned char *keep = malloc_fn(100); /* keeps the span from emptying */
  errno = SUITE_ERRNO_CANARY;
  assert_null(realloc_fn(p, 0));
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  unsigned char *again = malloc_fn(100);
  assert_ptr_equal(again, p);
  free(again);
  free(keep);

  /* The same for glibc: realloc(p, 0) is NULL there too. */
  if (glibc_oracle()) {
    int ge;
    void *g = glibc_malloc(100, &ge);
    assert_null(glibc_realloc(g, 0, &ge));
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_malloc_basics),
      cmocka_unit_test(test_stress_random),
      cmocka_unit_test(test_calloc_zero_overflow),
      cmocka_unit_test(test_reallocarray),
      cmocka_unit_test(test_enomem),
      cmocka_unit_test(test_usable_size),
      cmocka_unit_test(test_realloc_content),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
