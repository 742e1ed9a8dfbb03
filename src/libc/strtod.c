/* strtod(3), strtof(3), strtold(3), atof(3): decimal and hexadecimal floating-point
 * numbers, inf, infinity, nan and nan(chars), correctly rounded to nearest (ties to
 * even) for float, double and the x87 long double, with *endptr and errno as glibc.
 *
 * Not obvious: the result is exact, not nearly so, because the digits become an integer D and the
 * value D * 10^E is rounded in integer arithmetic (fp_bignum.c): D * 5^E for E >= 0, else the
 * quotient D / 5^-E to a few bits more than the type has, with the remainder as a sticky bit. (the
 * rest: docs/libc.md)
 */
#include <stdint.h>
#include <sysgate/ctype.h>
#include <sysgate/errno.h>
#include <sysgate/stdlib.h>
#include <sysgate/string.h>

#include "fp_bignum.h"

/* A floating-point type: p significand bits (the integer bit counted), the exponents of
 * the leading bit of the smallest and largest normal numbers, and how many decimal
 * digits are worth keeping. */
struct fptype {
  int p, emin, emax;
  long maxdigits;
};

static const struct fptype t_float = {24, -126, 127, 200};
static const struct fptype t_double = {53, -1022, 1023, 800};
static const struct fptype t_ldouble = {64, -16382, 16383, 11600};

enum { R_ZERO, R_FINITE, R_INF, R_NAN };

/* The result: (-1)^neg * m * 2^e when finite (m below 2^p), or the nan's payload in m. */
struct fpres {
  int cls, neg, has_payload;
  uint64_t m;
  long long e;
};

static int lower(int c) {
  return c >= 'A' && c <= 'Z' ? c + 32 : c;
}

/* Whether s starts with word (lower case), in any case. */
static int starts(const char *s, const char *word) {
  for (; *word; s++, word++)
    if (lower((unsigned char)*s) != *word)
      return 0;
  return 1;
}

static int hexval(int c) {
  unsigned d = sysgate_ctype_digit_value(c);
  return d < 16 ? (int)d : -1;
}

/* Rounds q * 2^exp2 (plus less than 2^exp2 more when sticky) to the type, with errno. q
 * has at least p + 2 bits when sticky is set. q is used up. */
static void round_to(struct fpres *r, struct fpb *q, long long exp2, int sticky,
                     const struct fptype *t) {
  long long top = (long long)fpb_bitlen(q) - 1 + exp2; /* the leading bit's exponent */
  if (top > t->emax) {
    r->cls = R_INF;
    errno = ERANGE;
    return;
  }
  if (top < t->emin - t->p - 1) { /* below half the smallest denormal */
    r->cls = R_ZERO;
    errno = ERANGE;
    return;
  }
  /* tiny: below 2^emin even when rounded to p bits with no lower limit on the exponent */
  int tiny = top < t->emin;
  if (top == t->emin - 1) {
    unsigned L = fpb_bitlen(q), ones = 0;
    while (ones < (unsigned)t->p + 1 && ones < L && fpb_bit(q, L - 1 - ones))
      ones++;
    tiny = ones < (unsigned)t->p + 1; /* p ones and a half: rounds up to 2^emin */
  }
  long long ulp = top - t->p + 1; /* the exponent of the last place kept */
  if (ulp < t->emin - t->p + 1)
    ulp = t->emin - t->p + 1;
  int tail = FPB_EXACT;
  if (ulp > exp2) {
    tail = fpb_shr(q, (unsigned)(ulp - exp2));
  } else {
    fpb_shl(q, (unsigned)(exp2 - ulp));
  }
  if (sticky)
    tail = tail == FPB_EXACT ? FPB_BELOW : tail == FPB_HALF ? FPB_ABOVE : tail;
  uint64_t m = fpb_low64(q);
  if (tail == FPB_ABOVE || (tail == FPB_HALF && (m & 1))) {
    m++;
    if (t->p < 64 ? m >> t->p != 0 : m == 0) { /* 1.11...1 became 10.00...0 */
      m = 1ull << (t->p - 1);
      ulp++;
    }
  }
  if (ulp + t->p - 1 > t->emax) {
    r->cls = R_INF;
    errno = ERANGE;
    return;
  }
  if (tail != FPB_EXACT && (tiny || !m))
    errno = ERANGE;
  r->cls = m ? R_FINITE : R_ZERO;
  r->m = m;
  r->e = ulp;
}

/* An exponent part, e.g. "e-12" (letter 'e') or "p+3" (letter 'p'), added to *exp;
 * without a digit it is not part of the number: s comes back unchanged. */
static const char *parse_exponent(const char *s, int letter, long long *exp) {
  if (lower((unsigned char)*s) != letter)
    return s;
  const char *d = s + 1;
  int neg = *d == '-';
  if (*d == '-' || *d == '+')
    d++;
  if (*d < '0' || *d > '9')
    return s;
  long long v = 0;
  for (; *d >= '0' && *d <= '9'; d++)
    if (v < 1000000000000000ll) /* far past any result's range: no overflow */
      v = v * 10 + (*d - '0');
  *exp += neg ? -v : v;
  return d;
}

/* Digits, after "0x": hexadecimal. Returns the end of the number (s itself when it has
 * no digit). */
static const char *parse_hex(struct fpres *r, const char *s, const struct fptype *t) {
  struct fpb q;
  fpb_set(&q, 0);
  long long exp2 = 0;
  int any = 0, point = 0, sticky = 0;
  unsigned kept = 0;
  for (;; s++) {
    int v = hexval((unsigned char)*s);
    if (v < 0) {
      if (*s == '.' && !point) {
        point = 1;
        continue;
      }
      break;
    }
    any = 1;
    if (kept < 30) { /* 120 bits: enough for any type */
      if (kept || v) {
        fpb_mul_small(&q, 16);
        fpb_add_small(&q, (uint32_t)v);
        kept++;
      }
      if (point && exp2 > -(1ll << 60))
        exp2 -= 4;
    } else {
      sticky |= v != 0;
      if (!point && exp2 < 1ll << 60)
        exp2 += 4;
    }
  }
  if (!any)
    return 0;
  s = parse_exponent(s, 'p', &exp2);
  if (!q.n) {
    r->cls = R_ZERO;
    return s;
  }
  round_to(r, &q, exp2, sticky, t);
  return s;
}

/* Decimal digits: D * 10^E, with D the first maxdigits significant digits and a 1 after
 * them when a nonzero digit was dropped. Returns the end (0 when there is no digit). */
static const char *parse_decimal(struct fpres *r, const char *s, const struct fptype *t) {
  const char *start = s;
  long long before = 0, after = 0; /* digits before and after the point */
  for (; *s >= '0' && *s <= '9'; s++)
    before++;
  if (*s == '.')
    for (s++; *s >= '0' && *s <= '9'; s++)
      after++;
  if (!before && !after)
    return 0;
  long long e10 = -after;
  const char *end = parse_exponent(s, 'e', &e10);

  struct fpb a, b, q;
  fpb_set(&a, 0);
  long long kept = 0, dropped = 0;
  int sticky = 0;
  uint32_t chunk = 0, scale = 1;
  for (const char *d = start; d < s; d++) {
    if (*d == '.')
      continue;
    int v = *d - '0';
    if (!kept && !v)
      continue; /* leading zeros */
    if (kept < t->maxdigits) {
      chunk = chunk * 10 + (uint32_t)v;
      scale *= 10;
      kept++;
      if (scale == 1000000000u) { /* nine digits at a time */
        fpb_mul_small(&a, scale);
        fpb_add_small(&a, chunk);
        chunk = 0;
        scale = 1;
      }
    } else {
      dropped++;
      sticky |= v != 0;
    }
  }
  fpb_mul_small(&a, scale);
  fpb_add_small(&a, chunk);
  if (!a.n) {
    r->cls = R_ZERO;
    return end;
  }
  e10 += dropped;
  if (sticky) {
    fpb_mul_small(&a, 10);
    fpb_add_small(&a, 1);
    e10--;
    kept++;
  }
  /* the value is below 10^(kept + e10) and at least a tenth of it: settle the far
   * cases (log10 2 > 0.301) before any big arithmetic */
  long long mag = kept + e10;
  if (mag - 1 > (long long)(t->emax + 1) * 302 / 1000 + 1) {
    r->cls = R_INF;
    errno = ERANGE;
    return end;
  }
  if (mag < (long long)(t->emin - t->p) * 301 / 1000 - 2) {
    r->cls = R_ZERO;
    errno = ERANGE;
    return end;
  }
  if (e10 >= 0) {
    fpb_mul_pow5(&a, (unsigned)e10);
    round_to(r, &a, e10, 0, t);
    return end;
  }
  /* a / 5^-e10 * 2^e10: the quotient to p + 3 or p + 4 bits, bit by bit */
  unsigned t5 = (unsigned)-e10, bits = (unsigned)t->p + 3;
  fpb_set(&b, 1);
  fpb_mul_pow5(&b, t5);
  long long shift = (long long)bits - ((long long)fpb_bitlen(&a) - (long long)fpb_bitlen(&b));
  if (shift >= 0)
    fpb_shl(&a, (unsigned)shift);
  else
    fpb_shl(&b, (unsigned)-shift);
  fpb_shl(&b, bits);
  fpb_set(&q, 0);
  for (unsigned i = 0; i <= bits; i++) {
    fpb_shl(&q, 1);
    if (fpb_cmp(&a, &b) >= 0) {
      fpb_sub(&a, &b);
      fpb_add_small(&q, 1);
    }
    fpb_shr(&b, 1);
  }
  round_to(r, &q, e10 - shift, a.n != 0, t);
  return end;
}

/* The whole of strtod and its siblings, up to the bits of the type. */
static const char *parse(struct fpres *r, const char *nptr, const struct fptype *t) {
  const char *s = nptr, *end;
  r->cls = R_ZERO;
  r->has_payload = 0;
  r->m = 0;
  r->e = 0;
  while (*s == ' ' || (*s >= '\t' && *s <= '\r'))
    s++;
  r->neg = *s == '-';
  if (*s == '-' || *s == '+')
    s++;
  if (starts(s, "inf")) {
    r->cls = R_INF;
    return s + (starts(s + 3, "inity") ? 8 : 3);
  }
  if (starts(s, "nan")) {
    r->cls = R_NAN;
    s += 3;
    if (*s != '(')
      return s;
    const char *c = s + 1;
    while ((*c >= '0' && *c <= '9') ||
           (lower((unsigned char)*c) >= 'a' && lower((unsigned char)*c) <= 'z') || *c == '_')
      c++;
    if (*c != ')')
      return s; /* only "nan" is the number */
    char *pend;
    unsigned long long payload = strtoull(s + 1, &pend, 0);
    if (pend == c) {
      r->has_payload = 1;
      r->m = payload;
    }
    return c + 1;
  }
  if (s[0] == '0' && lower((unsigned char)s[1]) == 'x' && (end = parse_hex(r, s + 2, t)) != 0)
    return end;
  if ((end = parse_decimal(r, s, t)) != 0)
    return end;
  r->neg = 0;
  return nptr; /* no number */
}

double strtod(const char *restrict nptr, char **restrict endptr) {
  struct fpres r;
  const char *end = parse(&r, nptr, &t_double);
  if (endptr)
    *endptr = (char *)end;
  uint64_t bits = r.cls == R_INF ? 0x7ffull << 52 : 0;
  if (r.cls == R_NAN) {
    uint64_t payload = r.has_payload ? r.m & ((1ull << 51) - 1) : 0;
    bits = 0x7ff8ull << 48 | payload;
  } else if (r.cls == R_FINITE) {
    uint64_t biased = r.m >> 52 ? (uint64_t)(r.e + 52 + 1023) : 0;
    bits = biased << 52 | (r.m & ((1ull << 52) - 1));
  }
  bits |= (uint64_t)r.neg << 63;
  double d;
  memcpy(&d, &bits, sizeof d);
  return d;
}

float strtof(const char *restrict nptr, char **restrict endptr) {
  struct fpres r;
  const char *end = parse(&r, nptr, &t_float);
  if (endptr)
    *endptr = (char *)end;
  uint32_t bits = r.cls == R_INF ? 0xffu << 23 : 0;
  if (r.cls == R_NAN) {
    uint32_t payload = r.has_payload ? (uint32_t)r.m & ((1u << 22) - 1) : 0;
    bits = 0x7fcu << 20 | payload;
  } else if (r.cls == R_FINITE) {
    uint32_t biased = r.m >> 23 ? (uint32_t)(r.e + 23 + 127) : 0;
    bits = biased << 23 | ((uint32_t)r.m & ((1u << 23) - 1));
  }
  bits |= (uint32_t)r.neg << 31;
  float f;
  memcpy(&f, &bits, sizeof f);
  return f;
}

/* The x87 80-bit format: a 64-bit significand with its integer bit, then sign and
 * 15-bit exponent (sizeof is 12 or 16: the rest is padding, left 0). */
long double strtold(const char *restrict nptr, char **restrict endptr) {
  struct fpres r;
  const char *end = parse(&r, nptr, &t_ldouble);
  if (endptr)
    *endptr = (char *)end;
  uint64_t m = 0;
  unsigned se = 0;
  if (r.cls == R_INF) {
    m = 1ull << 63;
    se = 0x7fff;
  } else if (r.cls == R_NAN) {
    m = 3ull << 62 | (r.has_payload ? r.m & ((1ull << 62) - 1) : 0);
    se = 0x7fff;
  } else if (r.cls == R_FINITE) {
    m = r.m;
    se = m >> 63 ? (unsigned)(r.e + 63 + 16383) : 0;
  }
  se |= (unsigned)r.neg << 15;
  long double x = 0;
  uint16_t se16 = (uint16_t)se;
  memcpy(&x, &m, sizeof m);
  memcpy((char *)&x + 8, &se16, sizeof se16);
  return x;
}

double atof(const char *s) {
  return strtod(s, 0);
}
