/* malloc(3) and the rest of the allocator (src/libc/malloc.c): a random
 * malloc/realloc/free stress with every block's bytes and alignment checked, calloc,
 * the aligned allocators and the failures next to glibc's on the same input,
 * malloc_usable_size, large blocks, memory going back to the kernel, and the aborts
 * for a double or invalid free (in a child, its SIGABRT and message checked).
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

#define KIB ((size_t)1024)
#define MIB (KIB * KIB)
#define SLOTS 4096

static void *(*volatile malloc_fn)(size_t) = malloc;
static void (*volatile free_fn)(void *) = free;
static void *(*volatile realloc_fn)(void *, size_t) = realloc;
static void *(*volatile calloc_fn)(size_t, size_t) = calloc;
static void *(*volatile reallocarray_fn)(void *, size_t, size_t) = reallocarray;
static void *(*volatile aligned_alloc_fn)(size_t, size_t) = aligned_alloc;
static void *(*volatile memalign_fn)(size_t, size_t) = memalign;
static int (*volatile posix_memalign_fn)(void **, size_t, size_t) = posix_memalign;
static volatile size_t huge = SIZE_MAX; /* sizes the compiler must not see */

/* xorshift64*: the same sequence on every run and arch. */
static uint64_t rng_state;
static uint32_t rng(void) {
  rng_state ^= rng_state >> 12;
  rng_state ^= rng_state << 25;
  rng_state ^= rng_state >> 27;
  return (uint32_t)((rng_state * 0x2545f4914f6cdd1dull) >> 32);
}

/* Byte i of a block tagged t: differs between neighbours and between tags. */
static unsigned char pattern(uint32_t t, size_t i) {
  return (unsigned char)(t * 131u + i * 7u + (i >> 8));
}

static __attribute__((noinline)) void fill(unsigned char *p, size_t from, size_t to, uint32_t t) {
  for (size_t i = from; i < to; i++)
    p[i] = pattern(t, i);
}

/* Whether bytes [0, n) still hold tag t's pattern; all of them for small blocks,
 * the ends and every 509th byte of larger ones (enough to see an overlap). */
static __attribute__((noinline)) int intact(const unsigned char *p, size_t n, uint32_t t) {
  size_t step = n <= 4096 ? 1 : 509;
  for (size_t i = 0; i < n; i += (i < 256 || i + 256 >= n) ? 1 : step)
    if (p[i] != pattern(t, i))
      return 0;
  return 1;
}

static int aligned(const void *p, size_t a) {
  return ((uintptr_t)p & (a - 1)) == 0;
}

/* glibc's allocator is the oracle only where it is glibc's: valgrind and ASan put their
 * own in its place, which differ on exactly these edge cases (valgrind's memalign rounds
 * an alignment past SIZE_MAX / 2 up one by one, for ever; ASan aborts on a calloc
 * overflow). There the suite checks sysgate alone. */
static int glibc_oracle(void) {
  return !UNDER_ASAN && !oracle_under_valgrind();
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

/* --- large blocks and the kernel ---------------------------------------------------------- */

/* From 128 KiB a block is a mapping of its own, and free() unmaps it. */
static void test_large_blocks(void **state) {
  (void)state;
  unsigned long start, end;
  char perms[5];
  for (size_t n = 128 * KIB; n <= 32 * MIB; n *= 4) {
    unsigned long before = oracle_anon_mapped();
    unsigned char *p = malloc_fn(n);
    assert_non_null(p);
    assert_true(aligned(p, 16));
    assert_int_equal(oracle_mapping(p, &start, &end, perms), 0);
    assert_true(end - (uintptr_t)p >= n);
    assert_string_equal(perms, "rw-p");
    fill(p, 0, 4096, 2);
    fill(p, n - 4096, n, 2);
    assert_true(intact(p, 4096, 2));
    for (size_t i = n - 4096; i < n; i++)
      assert_int_equal(p[i], pattern(2, i));
    unsigned long with = oracle_anon_mapped();
    free(p);
    unsigned long after = oracle_anon_mapped();
    if (!oracle_under_valgrind() && before != 0) { /* valgrind maps its own as we go */
      assert_true(with - before >= n);
      assert_true(with - after >= n);
    }
  }
}

static unsigned char *many[640000];

/* Allocating ~100 MiB in small, medium and large blocks maps it; freeing it all gives
 * nearly all of it back (a span per class may stay, for the next malloc). */
static void test_memory_returns(void **state) {
  (void)state;
  if (oracle_under_valgrind())
    SKIP_BECAUSE("valgrind maps its own memory as the program's grows");
  static const size_t sizes_[] = {48, 1000, 20000, 300 * KIB};
  static const size_t counts[] = {600000, 30000, 1500, 100};
  unsigned long before = oracle_anon_mapped();
  if (before == 0)
    SKIP_BECAUSE("/proc/self/maps unreadable");
  size_t total = 0, k = 0;
  for (size_t c = 0; c < 4; c++) {
    for (size_t i = 0; i < counts[c]; i++, k++) {
      many[k] = malloc_fn(sizes_[c]);
      assert_non_null(many[k]);
      many[k][0] = 1; /* touched, so resident too */
    }
    total += sizes_[c] * counts[c];
  }
  unsigned long full = oracle_anon_mapped();
  assert_true(full - before >= total);
  for (size_t i = 0; i < k; i++)
    free(many[i]);
  unsigned long after = oracle_anon_mapped();
  print_message("anonymous mappings: %lu KiB before, %lu KiB with %zu KiB allocated, "
                "%lu KiB after freeing it\n",
                before / 1024, full / 1024, total / 1024, after / 1024);
  assert_true(after <= before + 8 * MIB);

  /* And it is reused: the same work again maps no more than the first time did. */
  for (int round = 0; round < 3; round++) {
    for (size_t i = 0; i < 200000; i++)
      many[i] = malloc_fn(48);
    for (size_t i = 0; i < 200000; i++)
      free(many[i]);
  }
  assert_true(oracle_anon_mapped() <= before + 8 * MIB);
}

/* Freed memory is handed out again: LIFO within a span. */
static void test_reuse(void **state) {
  (void)state;
  unsigned char *a[64];
  for (int i = 0; i < 64; i++)
    a[i] = malloc_fn(200);
  unsigned char *mid = a[31];
  free(mid);
  assert_ptr_equal(malloc_fn(200), mid);
  for (int i = 0; i < 64; i++)
    free(a[i]);
}

/* --- invalid and double free -------------------------------------------------------------- */

struct bad_call {
  int what;
  size_t size;
};

static void bad_free(void *arg) {
  const struct bad_call *c = arg;
  unsigned char *p = malloc_fn(c->size), *keep = malloc_fn(c->size);
  int on_stack;
  int gerr;
  (void)keep;
  switch (c->what) {
  case 0: /* double free */
    free_fn(p);
    free_fn(p);
    break;
  case 1: /* inside the block, 16 bytes in */
    free_fn(p + 16);
    break;
  case 2: /* misaligned */
    free_fn(p + 1);
    break;
  case 3: /* a stack address */
    free_fn(&on_stack);
    break;
  case 4: /* glibc's block */
    free_fn(glibc_malloc(c->size, &gerr));
    break;
  case 5: /* a static address */
    free_fn(many);
    break;
  case 6: /* realloc of a freed block */
    free_fn(p);
    realloc_fn(p, c->size * 2);
    break;
  case 7: /* realloc of an address inside a block */
    realloc_fn(p + 32, 10);
    break;
  }
}

static int contains(const char *s, const char *part) {
  for (size_t n = strlen(part); *s; s++)
    if (memcmp(s, part, n) == 0)
      return 1;
  return 0;
}

static void expect_abort(int what, size_t size, const char *message) {
  struct bad_call c = {what, size};
  char msg[256];
  int sig = oracle_child_signal(bad_free, &c, msg, sizeof msg);
  if (sig != SIGABRT || !contains(msg, message))
    fail_msg("case %d, %zu bytes: signal %d, stderr \"%s\"; wanted SIGABRT and \"%s\"", what, size,
             sig, msg, message);
}

static void test_double_free_aborts(void **state) {
  (void)state;
  expect_abort(0, 32, "free(): double free detected");
  expect_abort(0, 5000, "free(): double free detected");
  /* A large block's mapping is gone after the first free: the second is invalid. */
  expect_abort(0, 512 * KIB, "free(): invalid pointer");
  expect_abort(6, 64, "realloc(): invalid pointer");
}

static void test_invalid_free_aborts(void **state) {
  (void)state;
  static const size_t sizes_[] = {64, 3000, 512 * KIB};
  for (int s = 0; s < 3; s++) {
    expect_abort(1, sizes_[s], "free(): invalid pointer");
    expect_abort(2, sizes_[s], "free(): invalid pointer");
    expect_abort(7, sizes_[s], "realloc(): invalid pointer");
  }
  expect_abort(3, 64, "free(): invalid pointer");
  expect_abort(4, 64, "free(): invalid pointer");
  expect_abort(4, 512 * KIB, "free(): invalid pointer");
  expect_abort(5, 64, "free(): invalid pointer");

  /* The canary: a valid free in the same child dies of nothing. */
  char msg[64];
  struct bad_call ok = {99, 64};
  assert_int_equal(oracle_child_signal(bad_free, &ok, msg, sizeof msg), 0);
  assert_string_equal(msg, "");
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_malloc_basics),
      cmocka_unit_test(test_stress_random),
      cmocka_unit_test(test_calloc_zero_overflow),
      cmocka_unit_test(test_reallocarray),
      cmocka_unit_test(test_enomem),
      cmocka_unit_test(test_aligned_alloc),
      cmocka_unit_test(test_aligned_bad),
      cmocka_unit_test(test_usable_size),
      cmocka_unit_test(test_realloc_content),
      cmocka_unit_test(test_large_blocks),
      cmocka_unit_test(test_memory_returns),
      cmocka_unit_test(test_reuse),
      cmocka_unit_test(test_double_free_aborts),
      cmocka_unit_test(test_invalid_free_aborts),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
