/* strtod(3), strtof(3), strtold(3), atof(3) (sysgate/stdlib.h) against glibc's on a
 * corpus: the limits of each type written at, just inside and just past them, the
 * denormal boundaries, halfway cases between neighbours written out exactly (hundreds
 * of digits) and one digit either side, long digit strings, hexadecimal floats, inf,
 * infinity and nan(chars) in any case, whitespace, signs, junk after the number and
 * no number at all, then random digit strings and random values printed with %.17g,
 * %a and %.40Lg. The result's bits, *endptr and errno must all be glibc's.
 *
 * Not obvious: errno is set to a canary before each call on both sides (sysgate's and
 * glibc's are different variables), so success must leave it alone and ERANGE must set
 * it; a long double is compared on its 10 bytes, not the padding after them.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "oracle.h"
#include "oracle_libc.h"
#include "oracle_printf.h"
#include <sysgate.h>

#include "suite.h"
#include "suite_random.h"

#define CANARY 12345

static unsigned long ncases, nbad;

static void mismatch(const char *fn, const char *s, long o1, int e1, long o2, int e2) {
  if (++nbad <= 20)
    print_message("MISMATCH %s(\"%.80s\"): sysgate end +%ld errno %d, glibc end +%ld errno %d "
                  "(or the bits differ)\n",
                  fn, s, o1, e1, o2, e2);
}

/* All three functions (and atof) on s, against glibc's. */
static void one(const char *s) {
  char *end1 = 0, *end2 = 0;
  int e1, e2;

  errno = CANARY;
  oracle_set_errno(CANARY);
  double d1 = strtod(s, &end1);
  e1 = errno;
  double d2 = oracle_stdlib.strtod(s, &end2);
  e2 = oracle_get_errno();
  if (memcmp(&d1, &d2, sizeof d1) || end1 != end2 || e1 != e2)
    mismatch("strtod", s, end1 - s, e1, end2 - s, e2);

  errno = CANARY;
  oracle_set_errno(CANARY);
  float f1 = strtof(s, &end1);
  e1 = errno;
  float f2 = oracle_stdlib.strtof(s, &end2);
  e2 = oracle_get_errno();
  if (memcmp(&f1, &f2, sizeof f1) || end1 != end2 || e1 != e2)
    mismatch("strtof", s, end1 - s, e1, end2 - s, e2);

  errno = CANARY;
  oracle_set_errno(CANARY);
  long double l1 = strtold(s, &end1);
  e1 = errno;
  long double l2 = oracle_stdlib.strtold(s, &end2);
  e2 = oracle_get_errno();
  if (memcmp(&l1, &l2, 10) || end1 != end2 || e1 != e2)
    mismatch("strtold", s, end1 - s, e1, end2 - s, e2);

  d1 = atof(s);
  d2 = oracle_stdlib.atof(s);
  if (memcmp(&d1, &d2, sizeof d1))
    mismatch("atof", s, 0, 0, 0, 0);
  ncases += 4;
}

static void report(const char *what, unsigned long before) {
  unsigned long bad = nbad;
  print_message("%s: %lu cases against glibc, %lu mismatches\n", what, ncases - before, bad);
  nbad = 0;
  assert_int_equal(bad, 0);
}

/* glibc's snprintf, to write the values out. */
static void format(char *b, size_t n, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  oracle_vsnprintf(b, n, fmt, ap);
  va_end(ap);
}

static void test_fixed(void **state) {
  (void)state;
  unsigned long before = ncases;
  static const char *const cases[] = {
      "0", "1", "-1", "+1", "0.1", "1e23", "8.5", "-0", "-0.0e5", "0e99999999999",
      /* double: the smallest normal, denormals, their halfway points, the largest */
      "2.2250738585072014e-308", "2.2250738585072011e-308", "2.2250738585072012e-308", "4e-324",
      "5e-324", "2.4703282292062327e-324", "2.4703282292062328e-324",
      "2."
      "47032822920623272088284396434110686182529901307162382212792841250337753635104375932649918180"
      "81799618989828234772285886546332835517796989819938739800539093906315035659515570226392290858"
      "39244910518443593180284993653615250031937045767824921936562366986365848075700158576926990370"
      "63119282795585513329278343384093519780155312465972635795746227664652728272200563740064854999"
      "77096599470454020828166226237857393450736339007967761930577506740176324673600968951340535537"
      "45851666113422376667860416215968046191446729184030053005753084904876539171138659164623952491"
      "26236538818796362393732804238910186723484976682350898633885879256283027559956575244555072551"
      "89313690836254779186948667994968324049705821028513185451396213837722826145437693412532098591"
      "327667236328125e-324",
      "1e-400", "1e400", "1.7976931348623157e308", "1.7976931348623158e308",
      "1.7976931348623159e308", "9007199254740993", "9007199254740993.000000000000000000001",
      "9007199254740992.999999999999999999999", "123456789012345678901234567890",
      /* float */
      "1.5e-45", "7e-46", "7.006492321624085e-46", "1e-46", "3.4028235e38", "3.4028236e38",
      "3.40282357e38", "1.18e-38", "1.1754942e-38", "1.17549435e-38",
      /* long double */
      "1e-4950", "1e-4951", "3.6e-4951", "1.8e-4951", "1.18973149535723176502e+4932",
      "1.18973149535723176508e+4932", "1.2e4932", "3.36210314311209350626e-4932",
      /* hexadecimal */
      "0x1p-1074", "0x1p-1075", "0x1.8p-1075", "0x1.fffffffffffffp1023", "0x1.fffffffffffff8p1023",
      "0x1p-16445", "0x1p-16446", "0x3p-16447", "0x1p-149", "0x1.8p-150", "0xffffff.8p0",
      "0x1.0000000000000000000000000000000000000001p0",
      "0x100000000000000000000000000000000000000p-100", "0X1P+3", "0x.8", "0x1.", "0x", "0x.",
      "0xg", "0x1p", "0x1.p+", "0x1p-", "-0x0p5", "0x0.0000000000000000000000000001p+100",
      /* words */
      "inf", "-Infinity", "INFINITY", "infin", "infinit", "in", "nan", "-nan", "NaN", "nan(123)",
      "nan(0x7)", "nan(abc)", "nan(", "nan()", "nan(1", "nan(a-b)", "nan(_x_)",
      "NAN(0xffffffffffffffffffff)", "nan(0)", "nan(0x8000000000000)", "nan(077)",
      /* whitespace, signs, junk */
      "  +1.5e+3xyz", " \t\n\v\f\r-2", "1e", "1e+", "1e-", "1e+x", ".e1", ".5", "5.", "-.5e-1",
      "e5", "-", "+", "+.", ".", "abc", "", " ", "--1", "+-1", "1..2", "1.2.3", "0x1p1p1",
      "1e9999999999999999999999", "1e-9999999999999999999", "00000000001.00000000000000001",
      "0.000000000000000000000000000000000000000000001e45", "1,5", "١"};
  for (unsigned i = 0; i < sizeof cases / sizeof *cases; i++)
    one(cases[i]);
  report("the limits, halfway cases, hex, words, junk", before);
}

/* 2^e as an x87 long double, e from -16445 (the smallest denormal) to 16383. */
static long double power_of_two(int e) {
  uint64_t m = e >= -16382 ? 1ull << 63 : 1ull << (e + 16445);
  uint16_t se = (uint16_t)(e >= -16382 ? e + 16383 : 0);
  long double x = 0;
  memcpy(&x, &m, sizeof m);
  memcpy((char *)&x + 8, &se, sizeof se);
  return x;
}

static void test_halfway(void **state) {
  (void)state;
  unsigned long before = ncases;
  static char b[1200];
  unsigned n = oracle_under_valgrind() ? 40 : 400;
  for (unsigned i = 0; i < n; i++) {
    /* the exact midpoint of two neighbouring doubles (or floats), a long double's worth
     * of it, and the same with the last digit moved either way */
    uint64_t bits = next_random();
    double d;
    memcpy(&d, &bits, sizeof d);
    if (d != d || d - d != 0)
      continue;
    uint64_t up = bits + 1; /* the neighbour away from zero */
    double d2;
    memcpy(&d2, &up, sizeof d2);
    long double mid = ((long double)d + d2) / 2; /* exact in 64 bits */
    if (i % 4 == 0) {
      float f = (float)d, f2;
      uint32_t fb;
      memcpy(&fb, &f, sizeof fb);
      fb++;
      memcpy(&f2, &fb, sizeof f2);
      mid = ((long double)f + f2) / 2;
    }
    if (mid - mid != 0)
      continue; /* the neighbour of the largest is inf */
    format(b, sizeof b, "%.1000Lg", mid);
    one(b);
    size_t len = strlen(b);
    char *e = strchr(b, 'e');
    size_t last = e ? (size_t)(e - b) - 1 : len - 1;
    if (b[last] > '0' && b[last] <= '9') {
      b[last]--;
      one(b);
      b[last] += 2;
      if (b[last] <= '9')
        one(b);
    }
  }
  /* every power of two written out in full: exact, and the long double limits */
  for (int e = -16445; e <= 16383; e += oracle_under_valgrind() ? 997 : 97) {
    long double p = power_of_two(e);
    format(b, sizeof b, "%.60Le", p);
    one(b);
    format(b, sizeof b, "%La", p);
    one(b);
  }
  report("halfway points and powers of two, written out", before);
}

static void test_random(void **state) {
  (void)state;
  unsigned long before = ncases;
  char b[200];
  unsigned n = oracle_under_valgrind() ? 300 : 30000;
  for (unsigned i = 0; i < n; i++) {
    uint64_t r = next_random();
    /* digits, a point somewhere, an exponent */
    char *p = b;
    if (r & 1)
      *p++ = '-';
    unsigned len = 1 + (unsigned)(r >> 8) % 30, dot = (unsigned)(r >> 16) % (len + 1);
    for (unsigned j = 0; j < len; j++) {
      if (j == dot)
        *p++ = '.';
      *p++ = (char)('0' + next_random() % 10);
    }
    format(p, sizeof b - (size_t)(p - b), "e%d", (int)((r >> 24) % 800) - 400);
    one(b);
    uint64_t bits = next_random();
    double d;
    memcpy(&d, &bits, sizeof d);
    format(b, sizeof b, "%.*g", 15 + (int)(r >> 40) % 4, d);
    one(b);
    format(b, sizeof b, "%a", d);
    one(b);
    format(b, sizeof b, "%.*Lg", 17 + (int)(r >> 44) % 25, d * 1e30L);
    one(b);
  }
  report("random digit strings and values", before);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_fixed),
      cmocka_unit_test(test_halfway),
      cmocka_unit_test(test_random),
  };
  int r = cmocka_run_group_tests(tests, NULL, NULL);
  print_message("total: %lu cases against glibc\n", ncases);
  return r;
}
