/* strtol(3), strtoul(3), strtoll(3), strtoull(3), strtoimax(3), strtoumax(3), atoi(3),
 * atol(3), atoll(3) (sysgate/stdlib.h, sysgate/inttypes.h) against glibc's on a
 * generated corpus: every base from -1 to 37, the limits of 32- and 64-bit types
 * in every base written one below, at and past them, random digit strings,
 * whitespace, signs, "0x" prefixes, empty and invalid input. Value, *endptr (or
 * that it was not stored) and errno must all be glibc's. abs and div are
 * test_stdlib_abs.c's.
 *
 * The file stays over 400 lines: its one corpus test and the generator it needs are one
 * piece, and the documented cases use the same two sides.
 *
 * Not obvious: errno is set to a canary before each call on both sides (sysgate's
 * errno and glibc's are different variables), so a conversion that succeeds must
 * leave it alone and one that fails must set it; and *endptr starts at a sentinel,
 * since for a bad base glibc leaves it unstored.
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

/* --- the corpus ------------------------------------------------------------- */

#define MAX_CASES 12000
#define CASE_LEN 160

static char corpus[MAX_CASES][CASE_LEN];
static unsigned ncases;

static void add(const char *s) {
  assert_true(ncases < MAX_CASES);
  assert_true(strlen(s) < CASE_LEN);
  strcpy(corpus[ncases++], s);
}

/* Concatenation of up to four parts, as one case. */
static void add4(const char *a, const char *b, const char *c, const char *d) {
  char buf[CASE_LEN];
  assert_true(strlen(a) + strlen(b) + strlen(c) + strlen(d) < sizeof buf);
  strcpy(stpcpy(stpcpy(stpcpy(buf, a), b), c), d);
  add(buf);
}

static unsigned below(unsigned n) {
  return (unsigned)(next_random() % n);
}

static const char digit_chars[] = "0123456789abcdefghijklmnopqrstuvwxyz";

/* v in base b, most significant digit first; upper-case letters when upper. */
static void to_base(char *out, unsigned long long v, unsigned b, int upper) {
  char tmp[70];
  int n = 0;
  do {
    char c = digit_chars[v % b];
    tmp[n++] = upper && c >= 'a' ? (char)(c - 32) : c;
    v /= b;
  } while (v);
  while (n)
    *out++ = tmp[--n];
  *out = '\0';
}

/* Adds one to a digit string in base b (it may grow by a digit). */
static void increment(char *digits, unsigned b) {
  size_t n = strlen(digits);
  for (size_t i = n; i-- > 0;) {
    unsigned d = (unsigned)(strchr(digit_chars, digits[i] | 32) - digit_chars);
    if (d + 1 < b) {
      digits[i] = digit_chars[d + 1];
      return;
    }
    digits[i] = '0';
  }
  memmove(digits + 1, digits, n + 1);
  digits[0] = '1';
}

static const char *const fixed_cases[] = {
    "",
    " ",
    "\t\n\v\f\r ",
    "+",
    "-",
    "+-1",
    "-+1",
    "--1",
    "++1",
    " + 1",
    "- 1",
    "0",
    "-0",
    "+0",
    "00",
    "0x",
    "0X",
    "-0x",
    "+0X",
    "0xg",
    "0Xg",
    " -0xg",
    "\t+0XZ",
    "0x0x",
    "0x1",
    "0X1f",
    "0xG1",
    "00x1",
    "0b1",
    "0b",
    "0B11",
    "1e5",
    "12abc",
    "z",
    "Z",
    "zz",
    "10",
    "1\x80",
    "\3771",
    "\0341",
    "\2401",
    "0x ",
    "0x-1",
    "0x+1",
    "1 ",
    " 0x10",
    "0x8000000000000000",
    "-0x8000000000000000",
    "-0x8000000000000001",
    "0xffffffffffffffff",
    "0x10000000000000000",
    "-0xffffffffffffffff",
    "-1",
    "-2147483648",
    "-2147483649",
    "2147483647",
    "2147483648",
    "4294967295",
    "4294967296",
    "-4294967295",
    "-4294967296",
    "9223372036854775807",
    "9223372036854775808",
    "-9223372036854775808",
    "-9223372036854775809",
    "18446744073709551615",
    "18446744073709551616",
    "-18446744073709551615",
    "-18446744073709551616",
    "99999999999999999999999999999",
    "-99999999999999999999999999999",
    "000000000000000000000000000000000000012",
    "0777",
    "08",
    "09",
    "0xFfFf",
    "1__",
    ".5",
    "1.5",
    "\n\n\n-7",
    "\v42",
    "\f-0x7fffffff",
    "\r+0x80000000",
    "0x7FFFFFFF",
    "0x80000000",
    "-0x80000000",
    "-0x80000001",
    "0xFFFFFFFF",
    "0x100000000",
    "-0xFFFFFFFF",
    "-0x100000000",
    "zzzzzzzzzzzzz",
    "3w5e11264sgsf",
    "3w5e11264sgsg",
    "-3w5e11264sgsg",
    "1y2p0ij32e8e7",
    "1y2p0ij32e8e8",
    "11111111111111111111111111111111111111111111111111111111111111111",
    "1111111111111111111111111111111111111111111111111111111111111111",
    "-1000000000000000000000000000000000000000000000000000000000000000"};

/* For every base 2..36 and both widths: the limits of the signed and unsigned types,
 * written one below, at, one and two past, with signs, leading zeros, "0x" and a
 * byte after that is a digit in some bases and not in others. */
static void add_limits(void) {
  static const char *const signs[] = {"", "-", "+"};
  for (unsigned b = 2; b <= 36; b++)
    for (unsigned w = 32; w <= 64; w += 32) {
      unsigned long long umax = w == 64 ? ~0ull : 0xffffffffull, smax = umax >> 1;
      unsigned long long vals[] = {umax - 1, umax, smax - 1, smax, smax + 1, smax + 2};
      for (unsigned v = 0; v < sizeof vals / sizeof vals[0] + 2; v++) {
        char digits[80];
        if (v < sizeof vals / sizeof vals[0]) {
          to_base(digits, vals[v], b, v & 1);
        } else { /* umax + 1, umax + 2: past every type of this width */
          to_base(digits, umax, b, 0);
          increment(digits, b);
          if (v == sizeof vals / sizeof vals[0] + 1)
            increment(digits, b);
        }
        const char *sign = signs[(b + v + w) % 3];
        const char *prefix = b == 16 ? ((v & 1) ? "0x" : "0X") : (v % 3 == 0 ? "000" : "");
        char tail[2] = {digit_chars[(b + v) % 36], 0};
        add4(sign, prefix, digits, "");
        add4(signs[(b + v + w + 1) % 3], "", digits, tail);
      }
    }
}

/* Random: whitespace, sign, prefix, a run of digits of some random largest value, a tail. */
static void add_random(unsigned n) {
  static const char *const spaces[] = {"", "", "", " ", "\t", "\n \v", "\f\r", "\x1c", "  "};
  static const char *const signs[] = {"", "", "", "-", "+", "--", "+-", "-"};
  static const char *const prefixes[] = {"", "", "", "", "0", "0x", "0X", "00", "0b", "x", "00x"};
  static const char tails[] = "xXzZ! 9\x80-+.";
  for (unsigned i = 0; i < n; i++) {
    char buf[CASE_LEN], *p = buf;
    p = stpcpy(p, spaces[below(sizeof spaces / sizeof spaces[0])]);
    p = stpcpy(p, signs[below(sizeof signs / sizeof signs[0])]);
    p = stpcpy(p, prefixes[below(sizeof prefixes / sizeof prefixes[0])]);
    unsigned top = 1 + below(36), len = below(4) == 0 ? below(90) : below(24);
    for (unsigned k = 0; k < len; k++) {
      char c = digit_chars[below(top)];
      *p++ = below(2) && c >= 'a' ? (char)(c - 32) : c;
    }
    if (below(2))
      *p++ = tails[below(sizeof tails - 1)];
    *p = '\0';
    add(buf);
  }
}

static int setup_corpus(void **state) {
  (void)state;
  ncases = 0;
  for (unsigned i = 0; i < sizeof fixed_cases / sizeof fixed_cases[0]; i++)
    add(fixed_cases[i]);
  add_limits();
  /* Under valgrind (the memory checks, not the comparison, are what it adds) a tenth. */
  unsigned want = oracle_under_valgrind() ? MAX_CASES / 10 : MAX_CASES;
  add_random(want > ncases ? want - ncases : 0);
  return 0;
}

/* --- one conversion on each side -------------------------------------------------- */

enum kind { K_STRTOL, K_STRTOUL, K_STRTOLL, K_STRTOULL, K_STRTOIMAX, K_STRTOUMAX, K_STRTO_COUNT };
enum akind { K_ATOI, K_ATOL, K_ATOLL, K_ATO_COUNT };
static const char *const kind_names[] = {"strtol",    "strtoul", "strtoll", "strtoull", "strtoimax",
                                         "strtoumax", "atoi",    "atol",    "atoll"};

struct result {
  unsigned long long bits; /* the value, sign-extended from its type */
  long end;                /* *endptr - s, -1 when not stored, -2 when no endptr */
  int err;
};

static char sentinel; /* what *endptr holds until a function stores it */

static struct result finish(unsigned long long bits, const char *s, char **endp, char *end,
                            int err) {
  struct result r = {bits, endp == NULL ? -2 : end == &sentinel ? -1 : (long)(end - s), err};
  return r;
}

static struct result ours(int kind, const char *s, int base, int with_end) {
  char *end = &sentinel, **endp = with_end ? &end : NULL;
  unsigned long long v = 0;
  errno = SUITE_ERRNO_CANARY;
  switch (kind) {
  case K_STRTOL:
    v = (unsigned long long)(long long)strtol(s, endp, base);
    break;
  case K_STRTOUL:
    v = strtoul(s, endp, base);
    break;
  case K_STRTOLL:
    v = (unsigned long long)strtoll(s, endp, base);
    break;
  case K_STRTOULL:
    v = strtoull(s, endp, base);
    break;
  case K_STRTOIMAX:
    v = (unsigned long long)(long long)strtoimax(s, endp, base);
    break;
  case K_STRTOUMAX:
    v = strtoumax(s, endp, base);
    break;
  }
  return finish(v, s, endp, end, errno);
}

/* ASan's strtol interceptors (compiler-rt's StrtolFixAndCheck) store *endptr from a
 * local that glibc never wrote when the base is invalid, where glibc itself leaves
 * *endptr alone; under ASan that one field is taken as glibc leaves it (every other
 * cell compares it with glibc's own). */

static int bad_base(int base) {
  return base < 0 || base == 1 || base > 36;
}

static struct result theirs(int kind, const char *s, int base, int with_end) {
  char *end = &sentinel, **endp = with_end ? &end : NULL;
  unsigned long long v = 0;
  oracle_set_errno(SUITE_ERRNO_CANARY);
  switch (kind) {
  case K_STRTOL:
    v = (unsigned long long)(long long)oracle_stdlib.strtol(s, endp, base);
    break;
  case K_STRTOUL:
    v = oracle_stdlib.strtoul(s, endp, base);
    break;
  case K_STRTOLL:
    v = (unsigned long long)oracle_stdlib.strtoll(s, endp, base);
    break;
  case K_STRTOULL:
    v = oracle_stdlib.strtoull(s, endp, base);
    break;
  case K_STRTOIMAX:
    v = (unsigned long long)oracle_strtoimax(s, endp, base);
    break;
  case K_STRTOUMAX:
    v = oracle_strtoumax(s, endp, base);
    break;
  }
  struct result r = finish(v, s, endp, end, oracle_get_errno());
  if (UNDER_ASAN && with_end && bad_base(base))
    r.end = -1;
  return r;
}

static struct result ours_ato(int kind, const char *s) {
  unsigned long long v = 0;
  errno = SUITE_ERRNO_CANARY;
  if (kind == K_ATOI)
    v = (unsigned long long)(long long)atoi(s);
  else if (kind == K_ATOL)
    v = (unsigned long long)(long long)atol(s);
  else
    v = (unsigned long long)atoll(s);
  return finish(v, s, NULL, NULL, errno);
}

static struct result theirs_ato(int kind, const char *s) {
  unsigned long long v = 0;
  oracle_set_errno(SUITE_ERRNO_CANARY);
  if (kind == K_ATOI)
    v = (unsigned long long)(long long)oracle_stdlib.atoi(s);
  else if (kind == K_ATOL)
    v = (unsigned long long)(long long)oracle_stdlib.atol(s);
  else
    v = (unsigned long long)oracle_stdlib.atoll(s);
  return finish(v, s, NULL, NULL, oracle_get_errno());
}

/* Prints a case with its control bytes escaped. */
static const char *shown(const char *s) {
  static char buf[4 * CASE_LEN + 1];
  char *p = buf;
  for (; *s; s++) {
    unsigned char c = (unsigned char)*s;
    if (c >= 0x20 && c < 0x7f && c != '\\') {
      *p++ = (char)c;
    } else {
      *p++ = '\\';
      *p++ = 'x';
      *p++ = "0123456789abcdef"[c >> 4];
      *p++ = "0123456789abcdef"[c & 15];
    }
  }
  *p = '\0';
  return buf;
}

static void same(const char *what, const char *s, int base, struct result o, struct result t) {
  if (o.bits != t.bits || o.end != t.end || o.err != t.err)
    fail_msg("%s(\"%s\", base %d): glibc %llu end %ld errno %d, sysgate %llu end %ld errno %d",
             what, shown(s), base, t.bits, t.end, t.err, o.bits, o.end, o.err);
}

/* --- the tests ------------------------------------------------------------------- */

#define FIRST_BASE (-1)
#define LAST_BASE 37

static void test_corpus_as_glibc(void **state) {
  (void)state;
  unsigned long compared = 0, ranges = 0, converted = 0;
  for (unsigned i = 0; i < ncases; i++) {
    const char *s = corpus[i];
    for (int base = FIRST_BASE; base <= LAST_BASE; base++)
      for (int kind = 0; kind < K_STRTO_COUNT; kind++) {
        struct result o = ours(kind, s, base, 1), t = theirs(kind, s, base, 1);
        same(kind_names[kind], s, base, o, t);
        compared++;
        ranges += t.err == ERANGE;
        converted += t.end > 0;
        /* Without an endptr: the same value and errno (a third of the cases). */
        if ((i + (unsigned)base) % 3 == 0) {
          same(kind_names[kind], s, base, ours(kind, s, base, 0), theirs(kind, s, base, 0));
          compared++;
        }
      }
    for (int kind = 0; kind < K_ATO_COUNT; kind++) {
      same(kind_names[K_STRTO_COUNT + kind], s, 10, ours_ato(kind, s), theirs_ato(kind, s));
      compared++;
    }
  }
  print_message("%u strings x bases %d..%d: %lu conversions compared with glibc "
                "(%lu out of range, %lu with digits)\n",
                ncases, FIRST_BASE, LAST_BASE, compared, ranges, converted);
  assert_true(ranges > 10000);
  assert_true(converted > compared / 4);
}

/* The cases the manual pages single out, spelled out, so a failure reads plainly. */
static void test_documented_cases(void **state) {
  (void)state;
  char *end = &sentinel;
  const char *s = " -0xg";
  errno = 0;
  assert_int_equal(strtol(s, &end, 0), 0);
  assert_ptr_equal(end, s + 3); /* after " -0": the x is not part of the number */
  assert_int_equal(strtoul("0x", &end, 16), 0);
  assert_int_equal(errno, 0);
  end = &sentinel;
  assert_int_equal(strtol("12", &end, 1), 0);
  assert_int_equal(errno, EINVAL);
  assert_ptr_equal(end, &sentinel);
  errno = 0;
  assert_int_equal(strtoul("-1", NULL, 10), ~0ul);
  assert_int_equal(errno, 0);
  assert_int_equal(strtol("-9223372036854775809", NULL, 10),
                   SUITE_I386 ? -2147483647 - 1 : (long)(-9223372036854775807 - 1));
  assert_int_equal(errno, ERANGE);
  errno = 0;
  assert_int_equal(strtoull("-18446744073709551615", NULL, 0), 1);
  assert_int_equal(errno, 0);
  assert_int_equal(strtoull("-18446744073709551616", NULL, 0), ~0ull);
  assert_int_equal(errno, ERANGE);
  assert_int_equal(strtol("0777", NULL, 0), 0777);
  assert_int_equal(strtol("zZ", NULL, 36), 35 * 36 + 35);
  assert_int_equal(atoi("  -42abc"), -42);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test_setup(test_corpus_as_glibc, setup_corpus),
      cmocka_unit_test(test_documented_cases),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
