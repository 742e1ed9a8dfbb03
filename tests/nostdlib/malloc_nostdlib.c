/* malloc_nostdlib: sysgate's malloc(3) family in a program started by sysgate's own
 * _start, with no glibc anywhere: small, medium and large blocks, calloc, realloc
 * across the size boundaries, the aligned allocators, a reuse loop, and the failures.
 *
 *   malloc_nostdlib              the checks, "ok N what" per line
 *   malloc_nostdlib double-free  frees one block twice: must die of SIGABRT after
 *                                "free(): double free detected" on stderr
 *   malloc_nostdlib bad-free     frees a stack address: "free(): invalid pointer"
 *
 * Not obvious: the calls go through volatile function pointers, so the compiler, which
 * knows what malloc and free mean, can neither drop a malloc whose block is only
 * checked nor warn about the deliberate double free.
 */
#include <stddef.h>
#include <stdint.h>
#include <sysgate.h>

#include "check.h"

static void *(*volatile malloc_fn)(size_t) = malloc;
static void (*volatile free_fn)(void *) = free;
static void *(*volatile calloc_fn)(size_t, size_t) = calloc;
static void *(*volatile realloc_fn)(void *, size_t) = realloc;
static volatile size_t huge = SIZE_MAX;

static unsigned char pattern(size_t i) {
  return (unsigned char)(i * 13 + 7);
}

static void fill(unsigned char *p, size_t from, size_t to) {
  for (size_t i = from; i < to; i++)
    p[i] = pattern(i);
}

static int intact(const unsigned char *p, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (p[i] != pattern(i))
      return 0;
  return 1;
}

static int aligned(const void *p, size_t a) {
  return ((uintptr_t)p & (a - 1)) == 0;
}

static unsigned char *blocks[1000];

int main(int argc, char **argv) {
  if (argc > 1 && str_eq(argv[1], "double-free")) {
    void *p = malloc_fn(40);
    free_fn(p);
    free_fn(p);
    return 0; /* not reached */
  }
  if (argc > 1 && str_eq(argv[1], "bad-free")) {
    int local;
    free_fn(&local);
    return 0;
  }

  int ok = 1;
  static const size_t sizes[] = {1, 16, 17, 100, 1000, 5000, 70000, 200000, 3000000};
  for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
    unsigned char *p = malloc_fn(sizes[i]);
    ok = ok && p != NULL && aligned(p, 16) && malloc_usable_size(p) >= sizes[i];
    if (p != NULL) {
      fill(p, 0, sizes[i]);
      ok = ok && intact(p, sizes[i]);
    }
    free_fn(p);
  }
  check(ok, "malloc of 1 B to 3 MB: 16-aligned, usable, holds its bytes");

  unsigned char *dirty = malloc_fn(300);
  fill(dirty, 0, 300);
  free_fn(dirty);
  unsigned char *z = calloc_fn(3, 100);
  ok = z != NULL;
  for (size_t i = 0; ok && i < 300; i++)
    ok = z[i] == 0;
  check(ok, "calloc zeroes a reused slot");
  free_fn(z);

  errno = 0;
  check(calloc_fn(huge / 2, 3) == NULL && errno == ENOMEM, "calloc overflow: NULL, ENOMEM");
  errno = 0;
  check(malloc_fn(huge) == NULL && errno == ENOMEM, "malloc(SIZE_MAX): NULL, ENOMEM");

  unsigned char *r = malloc_fn(10);
  fill(r, 0, 10);
  size_t n = 10;
  ok = 1;
  for (size_t to = 33; ok && to <= 4000000; to = to * 3 + 1) { /* into a large block */
    unsigned char *q = realloc_fn(r, to);
    ok = q != NULL && intact(q, n);
    if (q != NULL) {
      fill(q, n, to);
      r = q;
      n = to;
    }
  }
  unsigned char *small = realloc_fn(r, 50); /* and back to a slot */
  ok = ok && small != NULL && intact(small, 50);
  check(ok, "realloc 10 B -> 4 MB -> 50 B keeps the contents");
  check(realloc_fn(small, 0) == NULL, "realloc(p, 0) frees p and returns NULL");

  ok = 1;
  for (size_t a = 32; a <= 65536; a *= 4) {
    unsigned char *p = aligned_alloc(a, 100);
    void *q = NULL;
    ok = ok && p != NULL && aligned(p, a) && posix_memalign(&q, a, 5000) == 0 && aligned(q, a);
    free_fn(p);
    free_fn(q);
  }
  check(ok, "aligned_alloc and posix_memalign: 32 B to 64 KiB");
  void *q = NULL;
  check(posix_memalign(&q, 24, 8) == EINVAL && q == NULL, "posix_memalign(24): EINVAL");

  /* 1000 blocks of 64 B allocated and freed 100 times: always the first round's memory. */
  uintptr_t lo = UINTPTR_MAX, hi = 0;
  for (int i = 0; i < 1000; i++) {
    blocks[i] = malloc_fn(64);
    lo = (uintptr_t)blocks[i] < lo ? (uintptr_t)blocks[i] : lo;
    hi = (uintptr_t)blocks[i] > hi ? (uintptr_t)blocks[i] : hi;
  }
  ok = 1;
  for (int round = 0; round < 100; round++) {
    for (int i = 0; i < 1000; i++)
      free_fn(blocks[i]);
    for (int i = 0; i < 1000; i++) {
      blocks[i] = malloc_fn(64);
      ok = ok && (uintptr_t)blocks[i] >= lo && (uintptr_t)blocks[i] <= hi;
    }
  }
  check(ok, "freed slots are handed out again");
  for (int i = 0; i < 1000; i++)
    free_fn(blocks[i]);
  return check_status();
}
