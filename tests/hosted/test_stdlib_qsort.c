/* qsort(3), qsort_r(3), bsearch(3) (sysgate/stdlib.h) against glibc's on random
 * arrays: element sizes from 1 to 40 bytes, aligned or not, in many shapes (random,
 * sorted, reversed, all equal, few distinct keys, organ pipe, sawtooth), and an
 * adversary that builds the input as the sort runs, which bounds the comparisons.
 *
 * Not obvious: glibc's qsort is a stable mergesort and sysgate's an unstable
 * introsort, so elements with equal keys may end in a different order. The arrays
 * are compared after sorting with a total order (every byte of the element
 * counts), where only one result is right; with a key-only comparator the result
 * must be sorted by key and a permutation of the input. Every comparison checks
 * that both pointers are elements of the array being sorted.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "oracle.h"
#include "oracle_libc.h"
#include <sysgate.h>

#include "suite.h"
#define SUITE_RANDOM_SEED 0x853c49e6748fea9bu
#include "suite_random.h"

static void (*volatile sg_qsort)(void *, size_t, size_t,
                                 int (*)(const void *, const void *)) = qsort;
static void (*volatile sg_qsort_r)(void *, size_t, size_t,
                                   int (*)(const void *, const void *, void *), void *) = qsort_r;
static void *(*volatile sg_bsearch)(const void *, const void *, size_t, size_t,
                                    int (*)(const void *, const void *)) = bsearch;

static size_t below(size_t n) {
  return n ? (size_t)(next_random() % n) : 0;
}

/* --- comparators ----------------------------------------------------------------- */

/* The array being sorted, for the bounds check; NULL while glibc sorts. */
static const char *range_base;
static size_t range_n, elem_size, key_size;
static unsigned long comparisons;

static void check_element(const void *p) {
  if (range_base == NULL)
    return;
  const char *c = p;
  if (c < range_base || c >= range_base + range_n * elem_size ||
      (size_t)(c - range_base) % elem_size != 0)
    fail_msg("compared a pointer %ld bytes from the array's start, not an element",
             (long)(c - range_base));
}

/* The first key_size bytes as an unsigned big-endian number: memcmp's order. */
static int by_key(const void *a, const void *b) {
  check_element(a);
  check_element(b);
  comparisons++;
  return memcmp(a, b, key_size);
}

/* Every byte counts: a total order on the elements' contents. */
static int by_all(const void *a, const void *b) {
  check_element(a);
  check_element(b);
  comparisons++;
  return memcmp(a, b, elem_size);
}

static int by_all_r(const void *a, const void *b, void *arg) {
  assert_ptr_equal(arg, &elem_size);
  return by_all(a, b);
}

/* --- inputs ------------------------------------------------------------------------ */

#define MAX_BYTES (3000 * 40 + 8)

enum shape { RANDOM, SORTED, REVERSED, EQUAL, FEW, ORGAN, SAW, SHAPES };
static const char *const shape_names[] = {"random", "sorted", "reversed", "equal",
                                          "few",    "organ",  "sawtooth"};

/* n elements of elem_size bytes: a key of key_size bytes shaped as asked, the rest random. */
static void make(unsigned char *a, size_t n, int shape) {
  for (size_t i = 0; i < n; i++) {
    unsigned char *e = a + i * elem_size;
    uint64_t k;
    switch (shape) {
    case SORTED:
      k = i;
      break;
    case REVERSED:
      k = n - i;
      break;
    case EQUAL:
      k = 7;
      break;
    case FEW:
      k = below(4);
      break;
    case ORGAN:
      k = i < n / 2 ? i : n - i;
      break;
    case SAW:
      k = i % 17;
      break;
    default:
      k = next_random();
      break;
    }
    for (size_t j = 0; j < elem_size; j++)
      e[j] = (unsigned char)(j < key_size && key_size - 1 - j < 8 ? k >> (8 * (key_size - 1 - j))
                                                                  : next_random());
  }
}

/* Sorted by by_key and holding the same elements as orig. */
static void check_sorted_permutation(unsigned char *sorted, const unsigned char *orig, size_t n) {
  static unsigned char a[MAX_BYTES], b[MAX_BYTES];
  for (size_t i = 1; i < n; i++)
    if (memcmp(sorted + (i - 1) * elem_size, sorted + i * elem_size, key_size) > 0)
      fail_msg("elements %zu and %zu out of order", i - 1, i);
  memcpy(a, sorted, n * elem_size);
  memcpy(b, orig, n * elem_size);
  range_base = NULL;
  oracle_stdlib.qsort(a, n, elem_size, by_all);
  oracle_stdlib.qsort(b, n, elem_size, by_all);
  assert_memory_equal(a, b, n * elem_size);
}

/* --- the tests --------------------------------------------------------------------- */

static const size_t sizes[] = {1, 2, 3, 4, 5, 7, 8, 12, 16, 24, 40};

static void test_qsort_as_glibc(void **state) {
  (void)state;
  static unsigned char storage[MAX_BYTES + 8], theirs[MAX_BYTES], orig[MAX_BYTES];
  unsigned long sorts = 0, elements = 0;
  /* Under valgrind a tenth: its memory checks need no more, and the comparison ran whole. */
  unsigned rounds = oracle_under_valgrind() ? 150 : 1500;
  for (unsigned round = 0; round < rounds; round++) {
    elem_size = sizes[below(sizeof sizes / sizeof sizes[0])];
    key_size = 1 + below(elem_size < 3 ? elem_size : 3);
    size_t n = below(8) == 0 ? below(3000) : below(60);
    if (n * elem_size > MAX_BYTES)
      n = MAX_BYTES / elem_size;
    int shape = (int)(round % SHAPES);
    unsigned char *ours = storage + below(8); /* any alignment */
    make(orig, n, shape);

    /* A total order: one right answer, glibc's. */
    memcpy(ours, orig, n * elem_size);
    memcpy(theirs, orig, n * elem_size);
    range_base = (const char *)ours;
    range_n = n;
    sg_qsort(ours, n, elem_size, by_all);
    range_base = NULL;
    oracle_stdlib.qsort(theirs, n, elem_size, by_all);
    if (memcmp(ours, theirs, n * elem_size) != 0)
      fail_msg("qsort of %zu %s elements of %zu bytes differs from glibc's", n, shape_names[shape],
               elem_size);

    /* The same through qsort_r, against glibc's qsort_r. */
    memcpy(ours, orig, n * elem_size);
    memcpy(theirs, orig, n * elem_size);
    range_base = (const char *)ours;
    sg_qsort_r(ours, n, elem_size, by_all_r, &elem_size);
    range_base = NULL;
    oracle_string.qsort_r(theirs, n, elem_size, by_all_r, &elem_size);
    assert_memory_equal(ours, theirs, n * elem_size);

    /* Keys only (ties likely): sorted, and a permutation of the input. */
    memcpy(ours, orig, n * elem_size);
    range_base = (const char *)ours;
    sg_qsort(ours, n, elem_size, by_key);
    check_sorted_permutation(ours, orig, n);
    sorts += 3;
    elements += 3 * n;
  }
  /* Nothing to sort: no comparison, no access. */
  comparisons = 0;
  sg_qsort(NULL, 0, 4, by_all);
  sg_qsort(storage, 1, 4, by_all);
  sg_qsort(storage, 5, 0, by_all);
  assert_int_equal(comparisons, 0);
  print_message("%lu sorts of %lu elements in all, compared with glibc's\n", sorts, elements);
}

/* McIlroy's adversary ("A Killer Adversary for Quicksort", 1999): every element is
 * "gas" (no value yet) until a comparison forces the sort to look at it, and a
 * gas element compared is frozen to the next smallest value, the choice that
 * makes a quicksort's pivot a bad one. A plain quicksort does ~n^2/4 comparisons;
 * the depth limit must keep this one O(n log n). */
static int *adv_val, adv_gas, adv_nsolid, adv_candidate;

static int adversary(const void *pa, const void *pb) {
  int a = *(const int *)pa, b = *(const int *)pb;
  comparisons++;
  if (adv_val[a] == adv_gas && adv_val[b] == adv_gas)
    adv_val[a == adv_candidate ? a : b] = adv_nsolid++;
  if (adv_val[a] == adv_gas)
    adv_candidate = a;
  else if (adv_val[b] == adv_gas)
    adv_candidate = b;
  return (adv_val[a] > adv_val[b]) - (adv_val[a] < adv_val[b]);
}

static int by_int(const void *a, const void *b) {
  int x = *(const int *)a, y = *(const int *)b;
  comparisons++;
  return (x > y) - (x < y);
}

/* Runs the adversary against qsort for n elements, then qsort again on the input it
 * chose; returns the larger comparison count. */
static unsigned long against_adversary(int *val, int *idx, int n) {
  adv_val = val;
  adv_gas = n;
  adv_nsolid = adv_candidate = 0;
  for (int i = 0; i < n; i++) {
    val[i] = n;
    idx[i] = i;
  }
  comparisons = 0;
  range_base = NULL;
  sg_qsort(idx, (size_t)n, sizeof idx[0], adversary);
  unsigned long adversarial = comparisons;
  /* The values the adversary chose form a fixed input as bad as it could make. */
  for (int i = 0; i < n; i++)
    if (val[i] == n)
      val[i] = adv_nsolid++;
  comparisons = 0;
  sg_qsort(val, (size_t)n, sizeof val[0], by_int);
  for (int i = 1; i < n; i++)
    assert_true(val[i - 1] <= val[i]);
  return comparisons > adversarial ? comparisons : adversarial;
}

static void test_comparisons_n_log_n(void **state) {
  (void)state;
  enum { MAX_N = 32768 };
  static int val[MAX_N], idx[MAX_N];
  static const int ns[] = {1000, 4096, 20000, MAX_N};
  unsigned count = oracle_under_valgrind() ? 2 : sizeof ns / sizeof ns[0]; /* n <= 4096 there */
  for (unsigned i = 0; i < count; i++) {
    int n = ns[i];
    double log2n = 0;
    for (int m = n; m > 1; m >>= 1)
      log2n++;
    unsigned long worst = against_adversary(val, idx, n);
    /* Introsort's bound: 2 log2 n partitioning levels, then heapsort, each about
     * 2 n log2 n at worst. A quicksort without the limit makes about n^2/4. */
    print_message("n = %5d: %8lu comparisons at worst, %.2f n log2 n (n^2/4 = %lu)\n", n, worst,
                  worst / (n * log2n), (unsigned long)n * (unsigned long)n / 4);
    assert_true(worst < 5 * n * log2n);
  }
}

static int key_cmp(const void *key, const void *elem) {
  int k = *(const int *)key, e = *(const int *)elem;
  return (k > e) - (k < e);
}

static void test_bsearch_as_glibc(void **state) {
  (void)state;
  static int a[600];
  unsigned long searches = 0;
  unsigned rounds = oracle_under_valgrind() ? 200 : 2000; /* as in test_qsort_as_glibc */
  for (unsigned round = 0; round < rounds; round++) {
    size_t n = below(600);
    int spread = 1 + (int)below(3 * n + 2); /* small: many duplicates */
    for (size_t i = 0; i < n; i++)
      a[i] = (int)below((size_t)spread);
    range_base = NULL;
    oracle_stdlib.qsort(a, n, sizeof a[0], by_int);
    for (int key = -1; key <= spread; key++) {
      /* The probes are glibc's, so even among duplicates the element found is the same. */
      void *o = sg_bsearch(&key, a, n, sizeof a[0], key_cmp);
      void *t = oracle_stdlib.bsearch(&key, a, n, sizeof a[0], key_cmp);
      assert_ptr_equal(o, t);
      if (o)
        assert_int_equal(*(int *)o, key);
      searches++;
    }
  }
  int one = 5, key = 5;
  assert_ptr_equal(sg_bsearch(&key, &one, 1, sizeof one, key_cmp), &one);
  assert_null(sg_bsearch(&key, NULL, 0, sizeof one, key_cmp));
  print_message("%lu searches compared with glibc\n", searches);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_qsort_as_glibc),
      cmocka_unit_test(test_comparisons_n_log_n),
      cmocka_unit_test(test_bsearch_as_glibc),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
