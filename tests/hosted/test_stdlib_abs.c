/* abs(3), labs, llabs, div(3), ldiv, lldiv (sysgate/stdlib.h), imaxabs and imaxdiv
 * (sysgate/inttypes.h): documented cases, then random operands against C's own / and %.
 *
 * Not obvious: the calls go through volatile pointers, so the compiler cannot fold them
 * into its builtins and the library's code runs; the one overflowing pair (the most
 * negative value divided by -1) is left out, as C leaves it undefined.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "oracle.h"
#include "oracle_libc.h"
#include <sysgate.h>
#include <sysgate/inttypes.h>

#include "suite.h"
#include "suite_random.h"

/* abs and div by their definition: C99's truncation toward zero, as / and % do it. */
static void test_abs_div(void **state) {
  (void)state;
  int (*volatile abs_fn)(int) = abs;
  div_t (*volatile div_fn)(int, int) = div;
  ldiv_t (*volatile ldiv_fn)(long, long) = ldiv;
  lldiv_t (*volatile lldiv_fn)(long long, long long) = lldiv;
  imaxdiv_t (*volatile imaxdiv_fn)(intmax_t, intmax_t) = imaxdiv;
  assert_int_equal(abs_fn(-5), 5);
  assert_int_equal(abs_fn(2147483647), 2147483647);
  assert_int_equal(abs_fn(-2147483647), 2147483647);
  assert_int_equal(labs(-7L), 7);
  assert_int_equal(llabs(-9000000000LL), 9000000000LL);
  assert_int_equal(imaxabs(-((intmax_t)1 << 40)), (intmax_t)1 << 40);
  div_t d = div_fn(-7, 2);
  assert_int_equal(d.quot, -3);
  assert_int_equal(d.rem, -1);
  d = div_fn(7, -2);
  assert_int_equal(d.quot, -3);
  assert_int_equal(d.rem, 1);
  for (unsigned i = 0; i < 100000; i++) {
    long long a = (long long)next_random(), b = (long long)(next_random() >> (i % 64));
    if (b == 0 || (a == (-9223372036854775807 - 1) && b == -1))
      continue;
    lldiv_t q = lldiv_fn(a, b);
    assert_true(q.quot == a / b && q.rem == a % b);
    imaxdiv_t m = imaxdiv_fn(a, b);
    assert_true(m.quot == a / b && m.rem == a % b);
    long la = (long)a, lb = (long)b;
    if (lb != 0 && !(lb == -1 && la == -(long)(~0ul >> 1) - 1)) {
      ldiv_t l = ldiv_fn(la, lb);
      assert_true(l.quot == la / lb && l.rem == la % lb);
    }
    int ia = (int)a, ib = (int)b;
    if (ib != 0 && !(ib == -1 && ia == -2147483647 - 1)) {
      div_t q2 = div_fn(ia, ib);
      assert_true(q2.quot == ia / ib && q2.rem == ia % ib);
      if (ia != -2147483647 - 1)
        assert_int_equal(abs_fn(ia), ia < 0 ? -ia : ia);
    }
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_abs_div),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
