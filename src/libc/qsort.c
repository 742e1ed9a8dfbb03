/* qsort(3), qsort_r(3): introsort, in place, with no allocation.
 *
 * Not obvious: a quicksort alone, even with a median-of-three pivot, can be driven to n^2/4
 * comparisons by an adversarial comparator that decides the order as it goes (McIlroy, "A Killer
 * Adversary for Quicksort", 1999). Introsort (Musser, 1997) counts the partitioning depth and
 * finishes a range with heapsort once it passes 2*log2(n), so the worst case stays O(n log n).
 * glibc's qsort is a mergesort with a malloc'd buffer and is stable; this one is not.
 */
#include <stdint.h>
#include <sysgate/stdlib.h>

/* Ranges this short are finished by insertion sort. */
#define SMALL 12

struct sorter {
  size_t size;
  int (*cmp)(const void *, const void *, void *);
  void *arg;
};

/* A word the compiler must assume may alias the caller's elements, whatever their type. */
typedef unsigned long __attribute__((may_alias)) word;

static void swap(char *a, char *b, size_t size) {
  if (((uintptr_t)a | (uintptr_t)b | size) % sizeof(word) == 0) {
    for (word *x = (word *)a, *y = (word *)b; size; size -= sizeof(word), x++, y++) {
      word t = *x;
      *x = *y;
      *y = t;
    }
    return;
  }
  for (; size; size--, a++, b++) {
    char t = *a;
    *a = *b;
    *b = t;
  }
}

static int cmp(const struct sorter *s, const char *a, const char *b) {
  return s->cmp(a, b, s->arg);
}

static void insertion_sort(char *base, size_t n, const struct sorter *s) {
  for (size_t i = 1; i < n; i++)
    for (char *p = base + i * s->size; p > base && cmp(s, p - s->size, p) > 0; p -= s->size)
      swap(p - s->size, p, s->size);
}

/* Moves element `root` down the max-heap of n elements until its children are smaller. */
static void sift_down(char *base, size_t root, size_t n, const struct sorter *s) {
  for (size_t child; (child = 2 * root + 1) < n; root = child) {
    char *r = base + root * s->size, *c = base + child * s->size;
    if (child + 1 < n && cmp(s, c, c + s->size) < 0) {
      child++;
      c += s->size;
    }
    if (cmp(s, r, c) >= 0)
      return;
    swap(r, c, s->size);
  }
}

static void heap_sort(char *base, size_t n, const struct sorter *s) {
  for (size_t i = n / 2; i-- > 0;)
    sift_down(base, i, n, s);
  for (size_t end = n; end-- > 1;) {
    swap(base, base + end * s->size, s->size);
    sift_down(base, 0, end, s);
  }
}

static void intro_sort(char *base, size_t n, unsigned depth, const struct sorter *s) {
  size_t size = s->size;
  while (n > SMALL) {
    if (depth == 0) {
      heap_sort(base, n, s);
      return;
    }
    depth--;
    /* Median of three: order the first, middle and last, then put the median first,
     * where it stays as the pivot while the rest is partitioned around it. */
    char *lo = base, *mid = base + n / 2 * size, *hi = base + (n - 1) * size;
    if (cmp(s, mid, lo) < 0)
      swap(mid, lo, size);
    if (cmp(s, hi, mid) < 0) {
      swap(hi, mid, size);
      if (cmp(s, mid, lo) < 0)
        swap(mid, lo, size);
    }
    swap(lo, mid, size);
    /* Hoare's partition: both scans stop at elements equal to the pivot, so runs
     * of equal keys split evenly instead of all landing on one side. */
    char *i = lo, *j = hi + size;
    for (;;) {
      do
        i += size;
      while (i < hi && cmp(s, i, lo) < 0);
      do
        j -= size;
      while (j > lo && cmp(s, j, lo) > 0);
      if (i >= j)
        break;
      swap(i, j, size);
    }
    swap(lo, j, size); /* the pivot to its final place */
    /* Recurse into the smaller side and loop on the larger: O(log n) stack. */
    size_t left = (size_t)(j - base) / size, right = n - left - 1;
    if (left < right) {
      intro_sort(base, left, depth, s);
      base = j + size;
      n = right;
    } else {
      intro_sort(j + size, right, depth, s);
      n = left;
    }
  }
  insertion_sort(base, n, s);
}

void qsort_r(void *base, size_t nmemb, size_t size,
             int (*compar)(const void *, const void *, void *), void *arg) {
  if (nmemb < 2 || size == 0)
    return;
  struct sorter s = {size, compar, arg};
  unsigned depth = 0;
  for (size_t n = nmemb; n > 1; n >>= 1)
    depth += 2;
  intro_sort(base, nmemb, depth, &s);
}

/* qsort's comparator takes two arguments: a pointer to it travels as qsort_r's arg,
 * and a three-argument adapter calls it. */
typedef int (*plain_cmp)(const void *, const void *);

static int call_plain(const void *a, const void *b, void *compar) {
  return (*(plain_cmp *)compar)(a, b);
}

void qsort(void *base, size_t nmemb, size_t size, int (*compar)(const void *, const void *)) {
  qsort_r(base, nmemb, size, call_plain, &compar);
}
