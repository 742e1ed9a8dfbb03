/* The floating conversions of snprintf(3) (sysgate/printf.h), f F e E g G a A, double
 * and long double, against glibc's: the flags x widths x precisions of suite_printf.h
 * on a value corpus (zeros, denormals, the limits, inf and nan of each sign, x87's
 * invalid encodings, random bits), then halfway cases at each precision, powers of 2
 * and 10, random bit patterns at random precisions, and outputs thousands of digits
 * long. The counts are printed.
 *
 * Not obvious: an x87 long double has encodings no arithmetic produces (pseudo-denormals,
 * unnormals, pseudo-infinities); they are built from their bits and must print as
 * glibc prints them.
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

/* The formats are built at run time on purpose. */
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
#pragma GCC diagnostic ignored "-Wformat-security"

/* Every flags x width x precision spec for conv with length len: fn(fmt, ws, ps, k),
 * ws/ps: whether the width/precision is a * argument (its value star_*[k % 5]). */
typedef void spec_fn(const char *fmt, int ws, int ps, unsigned k);
#include "suite_printf.h"

/* --- floating point ----------------------------------------------------------------- */

static double dvals[64];
static long double lvals[64];
static unsigned ndv, nlv;
static int cur_long;

/* An x87 long double from its significand and sign+exponent bits (any encoding). */
static long double x87(uint64_t m, unsigned se) {
  long double x = 0;
  memcpy(&x, &m, sizeof m);
  uint16_t s16 = (uint16_t)se;
  memcpy((char *)&x + 8, &s16, sizeof s16);
  return x;
}

static double bits_double(uint64_t b) {
  double d;
  memcpy(&d, &b, sizeof d);
  return d;
}

/* Four values per spec, four others for the next: all meet every spec over the corpus. */
static void float_spec(const char *fmt, int ws, int ps, unsigned k) {
  for (unsigned j = 0; j < 4; j++) {
    if (cur_long)
      CALL_STARS(fmt, ws, ps, k, lvals[(k + j * 11) % nlv]);
    else
      CALL_STARS(fmt, ws, ps, k, dvals[(k + j * 11) % ndv]);
  }
}

static void float_corpus(void) {
  static const double fixed[] = {
      0.0,   -0.0,         1.0,   -1.0,     0.5,     1.5,     2.5,     -2.5,   0.125,
      0.375, 9.5,          99.5,  999999.5, 0.1,     1.0 / 3, 1e23,    1e22,   123456789.0,
      1e-5,  9.9999999e-5, 1e15,  1e16,     1e17,    3.14159, 1e100,   1e-100, 0.05,
      0.15,  9.999999e9,   99.95, 0.99996,  65536.0, 0x1p-20, 0x1.8p60};
  ndv = nlv = 0;
  for (unsigned i = 0; i < sizeof fixed / sizeof *fixed; i++) {
    dvals[ndv++] = fixed[i];
    lvals[nlv++] = fixed[i];
  }
  static const uint64_t dbits[] = {
      0x7fefffffffffffff,                                         /* DBL_MAX */
      0x0010000000000000,                                         /* DBL_MIN */
      0x0000000000000001,                                         /* the smallest denormal */
      0x000fffffffffffff,                                         /* the largest */
      0x8008000000000000, 0x7ff0000000000000, 0xfff0000000000000, /* +-inf */
      0x7ff8000000000000, 0xfff8000000000000, 0x7ff0000000000001, /* nans */
  };
  for (unsigned i = 0; i < sizeof dbits / sizeof *dbits; i++)
    dvals[ndv++] = bits_double(dbits[i]);
  for (unsigned i = 0; i < 6; i++)
    dvals[ndv++] = bits_double(next_random());
  const uint64_t top = 1ull << 63;
  const long double lfixed[] = {
      x87(~0ull, 0x7ffe), /* LDBL_MAX */
      x87(top, 1),        /* LDBL_MIN */
      x87(1, 0),          /* the smallest denormal */
      x87(top >> 1, 0),   /* a denormal */
      x87(top, 0),
      x87(top | 5, 0),
      x87(top | top >> 1, 0x8000), /* pseudo-denormals */
      x87(top >> 1, 0x3fff),       /* an unnormal: glibc's nan */
      x87(top, 0x7fff),
      x87(top, 0xffff), /* +-inf */
      x87(top | top >> 1, 0x7fff),
      x87(top | top >> 1, 0xffff), /* nans */
      x87(1, 0x7fff),              /* a pseudo-nan */
      x87(0, 0x7fff),              /* a pseudo-infinity */
      x87(~0ull, 0x3ffe),
      x87(0xcccccccccccccccd, 0x3ffb),
      1e4000L,
      1e-4000L,
  };
  for (unsigned i = 0; i < sizeof lfixed / sizeof *lfixed; i++)
    lvals[nlv++] = lfixed[i];
  for (unsigned i = 0; i < 6; i++) /* valid ones, exponents anywhere */
    lvals[nlv++] = x87(next_random() | top, (unsigned)next_random() & 0xfffe);
}

/* valgrind carries x87 values at double precision (its documented limitation), so a
 * long double argument reaches our va_arg rounded (LDBL_MAX as inf) but glibc's intact:
 * under valgrind the long double cases are left out, and said so. */
static int long_double_ok(void) {
  static int said;
  if (!oracle_under_valgrind())
    return 1;
  if (!said++)
    print_message("long double cases SKIPPED under valgrind: its x87 is 64-bit\n");
  return 0;
}

static void test_float_specs(void **state) {
  (void)state;
  needs = &sysgate_printf_fp, use_vsnprintf = 0; /* the floats without strerror */
  unsigned long before = ncases;
  float_corpus();
  for (const char *c = "fFeEgGaA"; *c; c++) {
    cur_long = 0;
    each_spec("", *c, float_spec);
    cur_long = 1;
    if (long_double_ok())
      each_spec("L", *c, float_spec);
  }
  report("f F e E g G a A x flags x widths x precisions, double and long double", before);
}

/* The output is long: a buffer of its own size, compared whole. */
static void check_long(const char *fmt, ...) {
  enum { BIG = 24000 };
  static char ours[BIG], theirs[BIG];
  va_list a1, a2;
  va_start(a1, fmt);
  va_copy(a2, a1);
  int r1 = vsnprintf(ours, BIG, fmt, a1);
  int r2 = oracle_vsnprintf(theirs, BIG, fmt, a2);
  va_end(a1);
  va_end(a2);
  ncases++;
  if (r1 != r2 || strcmp(ours, theirs) != 0)
    show("long output", fmt, BIG, r1, ours, r2, theirs);
}

static void test_float_rounding(void **state) {
  (void)state;
  unsigned long before = ncases;
  int vg = oracle_under_valgrind(), step = vg ? 5 : 1; /* valgrind: a fifth */
  int lstep = vg ? 20 : 1; /* and a twentieth of the long doubles, whose digits cost most */
  int ld = long_double_ok();
  /* ties and near-ties at every precision: k/8 and k/1024 are exact in binary */
  char fmt[32];
  for (int p = 0; p <= 22; p += step)
    for (const char *c = "feEgGa"; *c; c++) {
      snprintf(fmt, sizeof fmt, "%%.%d%c", p, *c);
      for (int k = -40; k <= 40; k++) {
        check(fmt, k / 8.0);
        check(fmt, k / 1024.0 + 1000);
      }
      snprintf(fmt, sizeof fmt, "%%#.%dL%c", p, *c);
      for (int k = 1; k <= 40 && ld; k++)
        check(fmt, (long double)k / 16 + 1e10L);
    }
  /* powers of 2 and 10 over the whole range, both types */
  double d = 0x1p-1074;
  for (int e = -1074; e <= 1023; e += 7 * step, d *= vg ? 0x1p35 : 0x1p7)
    check("%.17g|%e|%.3a|%.0f", d, d, d, d);
  long double l = x87(1, 0); /* 2^-16445 */
  for (int e = -16445; e <= 16383 && ld; e += 105 * lstep, l *= vg ? 0x1p2100L : 0x1p105L)
    check("%.25Lg|%.30Le|%.2La", l, l, l);
  long double t = 1;
  for (int e = 0; e < 4932 && ld; e += 37 * lstep, t *= vg ? 1e740L : 1e37L)
    check("%.21Lg|%.40Le|%La", t, 1 / t, t);
  /* random bit patterns at random precisions */
  unsigned n = vg ? 1000 : 30000;
  for (unsigned i = 0; i < n; i++) {
    uint64_t b = next_random();
    char conv = "fFeEgGaA"[b % 8];
    int p = (int)(b >> 8) % 30;
    snprintf(fmt, sizeof fmt, "%%.%d%c", p, conv);
    check(fmt, bits_double(next_random()));
    snprintf(fmt, sizeof fmt, "%%.%dL%c", p, conv);
    /* exponents near 1 mostly: the extremes cost milliseconds each, in glibc too */
    unsigned se = (unsigned)(b >> 16) & 0x8000;
    se |= i % (vg ? 128 : 16) ? 16383 - 200 + (unsigned)(b >> 20) % 400
                              : (unsigned)(b >> 20) % 0x7fff;
    if (ld)
      check(fmt, x87(next_random() | 1ull << 63, se));
  }
  /* the longest outputs */
  check_long("%f|%.1000f", 0x1.fffffffffffffp1023, 1e-300);
  if (ld) {
    check_long("%Lf|%.1100Le|%.5000Lf", x87(~0ull, 0x7ffe), x87(1, 0), 1e-4000L);
    check_long("%.17000Lf", x87(1, 0));
  }
  check_long("%.2000e|%.2000a|%#.2000g", 0.1, 0.1, 0.1);
  /* later arguments stay in step after each kind of floating argument */
  check("%f|%d|%Lf|%s|%.3e|%lld|%10.2g|%a|%c|%llg|%#+E|%G|%F|%A", 1.5, 7, (long double)2.5, "x",
        1e10, -5LL, 3.0, 1.0, 'q', (long double)4.0, 2.0, 3.0, 4.0, 5.0);
  report("halfway cases, powers of 2 and 10, random bits, long outputs", before);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_float_specs),
      cmocka_unit_test(test_float_rounding),
  };
  int r = cmocka_run_group_tests(tests, NULL, NULL);
  print_message("total: %lu cases against glibc\n", ncases);
  return r;
}
