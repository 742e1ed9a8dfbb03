/* What the malloc suites share (test_malloc*.c): block patterns and their check, the
 * alignment test, and whether glibc's allocator can be the oracle. Include after
 * "suite.h".
 *
 * Not obvious: under valgrind or ASan glibc's allocator is replaced by the tool's,
 * which differs on the edge cases, so there the suites check sysgate alone.
 */
#ifndef SYSGATE_TEST_SUITE_MALLOC_H
#define SYSGATE_TEST_SUITE_MALLOC_H

/* sysgate's allocator behind volatile pointers: the compiler can neither warn about
 * the deliberately wrong calls nor fold or remove them. */
__attribute__((unused)) static void *(*volatile malloc_fn)(size_t) = malloc;
__attribute__((unused)) static void (*volatile free_fn)(void *) = free;
__attribute__((unused)) static void *(*volatile realloc_fn)(void *, size_t) = realloc;
__attribute__((unused)) static void *(*volatile calloc_fn)(size_t, size_t) = calloc;
__attribute__((unused)) static void *(*volatile reallocarray_fn)(void *, size_t,
                                                                 size_t) = reallocarray;
__attribute__((unused)) static void *(*volatile aligned_alloc_fn)(size_t, size_t) = aligned_alloc;
__attribute__((unused)) static void *(*volatile memalign_fn)(size_t, size_t) = memalign;
__attribute__((unused)) static int (*volatile posix_memalign_fn)(void **, size_t,
                                                                 size_t) = posix_memalign;

#define KIB ((size_t)1024)
#define MIB (KIB * KIB)
__attribute__((unused)) static volatile size_t huge =
    SIZE_MAX; /* sizes the compiler must not see */
/* Byte i of a block tagged t: differs between neighbours and between tags. */
static inline unsigned char pattern(uint32_t t, size_t i) {
  return (unsigned char)(t * 131u + i * 7u + (i >> 8));
}

__attribute__((noinline, unused)) static void fill(unsigned char *p, size_t from, size_t to,
                                                   uint32_t t) {
  for (size_t i = from; i < to; i++)
    p[i] = pattern(t, i);
}

/* Whether bytes [0, n) still hold tag t's pattern; all of them for small blocks,
 * the ends and every 509th byte of larger ones (enough to see an overlap). */
__attribute__((noinline, unused)) static int intact(const unsigned char *p, size_t n, uint32_t t) {
  size_t step = n <= 4096 ? 1 : 509;
  for (size_t i = 0; i < n; i += (i < 256 || i + 256 >= n) ? 1 : step)
    if (p[i] != pattern(t, i))
      return 0;
  return 1;
}

static inline int aligned(const void *p, size_t a) {
  return ((uintptr_t)p & (a - 1)) == 0;
}

/* glibc's allocator is the oracle only where it is glibc's: valgrind and ASan put their
 * own in its place, which differ on exactly these edge cases (valgrind's memalign rounds
 * an alignment past SIZE_MAX / 2 up one by one, for ever; ASan aborts on a calloc
 * overflow). There the suite checks sysgate alone. */
static inline int glibc_oracle(void) {
  return !UNDER_ASAN && !oracle_under_valgrind();
}
#endif
