/* The allocator and the kernel (sysgate/malloc.h): large blocks, memory going back to
 * the kernel, freed blocks reused, and the aborts for a double or invalid free (in a
 * child, its SIGABRT and message checked).
 *
 * Not obvious: from 128 KiB a block is a mapping of its own, which free() unmaps, so
 * what went back is read from the process's anonymous mappings (oracle_anon_mapped),
 * not from malloc's bookkeeping.
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
      cmocka_unit_test(test_large_blocks),
      cmocka_unit_test(test_memory_returns),
      cmocka_unit_test(test_reuse),
      cmocka_unit_test(test_double_free_aborts),
      cmocka_unit_test(test_invalid_free_aborts),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
