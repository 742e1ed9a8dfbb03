/* sysgate/strings.h: index, rindex, bzero, bcmp, ffs, ffsl, ffsll, each against
 * glibc on the same input.
 *
 * Not obvious: ffs numbers bits from 1, so the lowest int bit set alone (INT_MIN's)
 * is 32 and 0 has none: ffs(0) is 0.
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
#include "suite_random.h"
#include "suite_string.h"

/* --- index, rindex, bzero, bcmp, ffs --------------------------------------------------- */

static void test_strings_h(void **state) {
  (void)state;
  char s[40], a[40], b[40];
  for (unsigned round = 0; round < 10000; round++) {
    fill_str(s, below(32), "abc\x80");
    int c = "abcz\x80"[below(6)]; /* the last is the NUL */
    SAME_OFFSET("index", S->index(s, c), G->index(s, c), s);
    SAME_OFFSET("rindex", S->rindex(s, c), G->rindex(s, c), s);
    size_t at = below(32), n = below(40 - at);
    memset(a, 'q', sizeof a);
    memset(b, 'q', sizeof b);
    S->bzero(a + at, n);
    G->bzero(b + at, n);
    assert_memory_equal(a, b, sizeof a);
    long long v = (long long)next_random() >> below(64);
    assert_int_equal(S->ffs((int)v), G->ffs((int)v));
    assert_int_equal(S->ffsl((long)v), G->ffsl((long)v));
    assert_int_equal(S->ffsll(v), G->ffsll(v));
  }
  assert_int_equal(S->ffs(0), 0);
  assert_int_equal(S->ffs(-2147483647 - 1), 32);
  assert_int_equal(S->ffsll(1ll << 40), 41);
  assert_int_equal(S->bcmp("a", "b", 0), 0);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_strings_h),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
