/* printf(3)'s floating-point conversions f F e E g G a A, for double and (with L or ll)
 * long double, exactly as glibc prints them: correctly rounded to nearest, ties to
 * even, from the exact binary value; inf, nan and their signs ("-nan"); every flag,
 * width and precision. Called by the engine (printf_engine.c).
 *
 * Not obvious: the decimal digits are exact because v = m * 2^-k is m * 5^k / 10^k, so floor(v *
 * 10^s) is (m * 5^s) >> (k - s), an integer shift whose dropped bits say how to round
 * (fp_bignum.c); no floating-point arithmetic is involved. (the rest: docs/libc.md)
 */
#include <stdint.h>
#include <sysgate/string.h>

#include "fp_bignum.h"
#include "printf_sink.h"

#define DIGITS_MAX 11600 /* m * 5^16445 has 11514 digits; 2^16384 has 4933 */

enum { CLS_ZERO, CLS_FINITE, CLS_INF, CLS_NAN };

/* A value taken apart: (-1)^neg * m * 2^e, plus what %a prints (lead digit, the
 * fraction's nibbles from the top of frac, nd of them, and the binary exponent). */
struct fpv {
  int cls, neg, e;
  uint64_t m;
  unsigned lead, nd;
  uint64_t frac;
  int xexp;
};

static void split_double(struct fpv *v, const void *arg) {
  uint64_t bits;
  memcpy(&bits, arg, sizeof bits);
  unsigned exp = (unsigned)(bits >> 52) & 0x7ff;
  uint64_t f = bits & ((1ull << 52) - 1);
  v->neg = (int)(bits >> 63);
  v->cls = exp == 0x7ff ? (f ? CLS_NAN : CLS_INF) : exp == 0 && !f ? CLS_ZERO : CLS_FINITE;
  v->m = exp ? f | 1ull << 52 : f;
  v->e = (exp ? (int)exp : 1) - 1075;
  v->lead = exp ? 1 : 0;
  v->frac = f << 12;
  v->nd = 13;
  v->xexp = v->cls == CLS_ZERO ? 0 : (exp ? (int)exp : 1) - 1023;
}

/* The x87 80-bit format: 64-bit significand with an explicit integer bit, then 15 bits
 * of exponent and the sign (the same bytes on x86_64 and i386). */
static void split_long_double(struct fpv *v, const void *arg) {
  uint64_t m;
  uint16_t se;
  memcpy(&m, arg, sizeof m);
  memcpy(&se, (const char *)arg + 8, sizeof se);
  unsigned exp = se & 0x7fff;
  v->neg = se >> 15;
  if (exp == 0x7fff)
    v->cls = m == 1ull << 63 ? CLS_INF : CLS_NAN; /* pseudo-infinity too: nan */
  else if (exp && !(m >> 63))
    v->cls = CLS_NAN; /* unnormal */
  else
    v->cls = m ? CLS_FINITE : CLS_ZERO;
  /* glibc's decimal conversions read a pseudo-denormal (exponent 0, integer bit set)
   * without its integer bit, unless nothing else is set; %La reads it as it is */
  v->m = !exp && m << 1 ? m & ~(1ull << 63) : m;
  v->e = (exp ? (int)exp : 1) - 16383 - 63;
  v->lead = (unsigned)(m >> 60);
  v->frac = m << 4;
  v->nd = 15;
  v->xexp = v->cls == CLS_ZERO ? 0 : (exp ? (int)exp : 1) - 16383 - 3;
}

/* Output, or only its length when s is NULL. */
struct out {
  struct sysgate_printf_sink *s;
  long long len;
};

static void emit(struct out *o, const char *p, long long n, char fill) {
  if (n <= 0)
    return;
  o->len += n;
  if (o->s)
    sysgate_printf_put(o->s, p, (size_t)n, fill);
}

/* The decimal digits: the number is d[0..len) followed by zeros more '0's, times
 * 10^pow. */
struct dec {
  char *d;
  long long len, zeros, pow;
  int carried; /* rounding made one more digit (9.99 to 10.0) */
};

/* The digits [a, b) of dec (past len they are the zeros). */
static void emit_digits(struct out *o, const struct dec *x, long long a, long long b) {
  long long stop = b < x->len ? b : x->len;
  if (a < stop)
    emit(o, x->d + a, stop - a, 0);
  long long from = a > x->len ? a : x->len;
  emit(o, 0, b - from, '0');
}

/* Rounds d[0..len) up by one unit in its last place when tail says so (ties to even);
 * a carry out of the top makes a new leading 1 in the byte before d. */
static void round_digits(struct dec *x, int tail) {
  int odd = x->len > 0 && (x->d[x->len - 1] - '0') & 1;
  if (!(tail == FPB_ABOVE || (tail == FPB_HALF && odd)))
    return;
  long long i = x->len - 1;
  while (i >= 0 && x->d[i] == '9')
    x->d[i--] = '0';
  if (i >= 0) {
    x->d[i]++;
  } else {
    *--x->d = '1';
    x->len++;
  }
}

/* The digits of m * 2^e (m != 0), rounded to prec digits after the point (fixed) or to
 * prec significant digits (otherwise, prec >= 1). buf has DIGITS_MAX + 1 bytes. An integer
 * (e >= 0) is written out whole and rounded as a string: all of a long double's 4933
 * digits for %e of LDBL_MAX, fast enough and smaller than dividing by 10^j first. */
static void to_decimal(struct dec *x, uint64_t m, int e, int fixed, long long prec, char *buf,
                       struct fpb *big) {
  int tail = FPB_EXACT;
  long long s = 0;
  fpb_set(big, m);
  if (e >= 0) {
    fpb_shl(big, (unsigned)e);
  } else {
    long long k = -(long long)e;
    if (fixed) {
      s = prec;
    } else {
      /* an estimate of floor(log10 v) that is never above it (78913 / 2^18 is just
       * under log10 2), one lower still for safety: prec or a few more digits come out */
      int bl = 64 - __builtin_clzll(m);                             /* m's bits; m is not 0 */
      s = prec - 1 - (((long long)(bl - 1 + e) * 78913 >> 18) - 1); /* >> floors (gcc, clang) */
      if (s < 0)
        s = 0;
    }
    if (s > k)
      s = k; /* then the digits are exact, and zeros follow */
    fpb_mul_pow5(big, (unsigned)s);
    tail = fpb_shr(big, (unsigned)(k - s));
  }
  char *end = buf + DIGITS_MAX + 1;
  x->d = fpb_decimal(big, end);
  x->len = end - x->d;
  x->pow = -s;
  x->zeros = 0;
  if (fixed) {
    round_digits(x, tail); /* tail is exact when s was cut to k */
    x->zeros = prec - s;
    x->pow = -prec;
    return;
  }
  if (x->len > prec) { /* the dropped digits and the old tail make the new tail */
    char first = x->d[prec];
    int rest = tail != FPB_EXACT;
    for (long long i = prec + 1; i < x->len && !rest; i++)
      rest = x->d[i] != '0';
    tail = first > '5'             ? FPB_ABOVE
           : first == '5'          ? (rest ? FPB_ABOVE : FPB_HALF)
           : first == '0' && !rest ? FPB_EXACT
                                   : FPB_BELOW;
    x->pow += x->len - prec;
    x->len = prec;
  }
  round_digits(x, tail);
  x->carried = x->len > prec;
  if (x->carried) { /* 99.9 became 100.0: one digit too many, a 0 */
    x->len--;
    x->pow++;
  }
  x->zeros = prec - x->len;
  x->pow -= x->zeros;
}

/* What is printed after the sign: a word (inf, nan), or decimal digits, or hex ones. */
struct field {
  char sign;
  int upper, alt, exp_style;
  const char *word;
  /* decimal */
  struct dec x;
  /* hexadecimal */
  int hex;
  unsigned lead;
  uint64_t frac;
  long long fracn;
  int xexp;
};

static void emit_exponent(struct out *o, long long ex, int mindigits) {
  char b[24], *end = b + sizeof b, *p = end;
  unsigned long long u = ex < 0 ? 0 - (unsigned long long)ex : (unsigned long long)ex;
  do
    *--p = (char)('0' + u % 10);
  while ((u /= 10) != 0);
  while (end - p < mindigits)
    *--p = '0';
  *--p = ex < 0 ? '-' : '+';
  emit(o, p, end - p, 0);
}

/* The part after the sign: digits, point, exponent. zeros: '0' padding after the sign
 * (and after "0x"). */
static void body(struct out *o, const struct field *f, long long zeros) {
  const char *hexset = f->upper ? "0123456789ABCDEF" : "0123456789abcdef";
  if (f->word) {
    emit(o, f->word, 3, 0);
    return;
  }
  if (f->hex) {
    emit(o, f->upper ? "0X" : "0x", 2, 0);
    emit(o, 0, zeros, '0');
    emit(o, hexset + f->lead, 1, 0);
    if (f->fracn || f->alt)
      emit(o, ".", 1, 0);
    long long i = 0;
    for (; i < f->fracn && i < 16; i++)
      emit(o, hexset + ((f->frac >> (60 - 4 * i)) & 15), 1, 0);
    emit(o, 0, f->fracn - i, '0');
    emit(o, f->upper ? "P" : "p", 1, 0);
    emit_exponent(o, f->xexp, 1);
    return;
  }
  emit(o, 0, zeros, '0');
  const struct dec *x = &f->x;
  long long total = x->len + x->zeros;
  if (f->exp_style) {
    emit_digits(o, x, 0, 1);
    if (total > 1 || f->alt)
      emit(o, ".", 1, 0);
    emit_digits(o, x, 1, total);
    emit(o, f->upper ? "E" : "e", 1, 0);
    emit_exponent(o, total - 1 + x->pow, 2);
    return;
  }
  long long intlen = total + x->pow, fracn = -x->pow;
  if (intlen > 0)
    emit_digits(o, x, 0, intlen);
  else
    emit(o, "0", 1, 0);
  if (fracn > 0 || f->alt)
    emit(o, ".", 1, 0);
  if (intlen < 0)
    emit(o, 0, -intlen, '0');
  emit_digits(o, x, intlen > 0 ? intlen : 0, total);
}

/* Drops trailing zeros after the point (%g without '#'), and the point with them. */
static void trim_zeros(struct dec *x, int exp_style) {
  for (;;) {
    long long total = x->len + x->zeros;
    int frac_left = exp_style ? total > 1 : x->pow < 0;
    if (!frac_left || (total <= x->len && x->d[total - 1] != '0'))
      return;
    if (total > x->len)
      x->zeros--;
    else
      x->len--;
    x->pow++;
  }
}

int sysgate_printf_float(struct sysgate_printf_sink *s, va_list *ap, unsigned size, char conv,
                         unsigned flags, int width, int prec) {
  struct fpv v;
  if (size & PRINTF_LD) {
    long double x = va_arg(*ap, long double);
    split_long_double(&v, &x);
  } else {
    double x = va_arg(*ap, double);
    split_double(&v, &x);
  }
  struct field f;
  memset(&f, 0, sizeof f);
  f.upper = !(conv & 0x20); /* one of f F e E g G a A */
  f.alt = (flags & F_ALT) != 0;
  f.sign = v.neg ? '-' : flags & F_PLUS ? '+' : flags & F_SPACE ? ' ' : 0;
  struct out o = {0, 0};
  char digits[DIGITS_MAX + 1];
  struct fpb big;
  int zero_pad = flags & F_ZERO; /* '-' has cleared it (printf_sink.h) */

  char lower = (char)(conv | 0x20);
  if (v.cls == CLS_INF || v.cls == CLS_NAN) {
    f.word = v.cls == CLS_INF ? (f.upper ? "INF" : "inf") : (f.upper ? "NAN" : "nan");
    zero_pad = 0; /* glibc pads these with spaces, '0' or not */
  } else if (lower == 'a') {
    f.hex = 1;
    f.lead = v.lead;
    f.frac = v.frac;
    f.xexp = v.xexp;
    if (prec >= 0 && (unsigned)prec < v.nd) {
      /* round to prec nibbles, ties to even; a carry can reach the lead digit */
      int up;
      if (prec == 0) {
        up = f.frac > 1ull << 63 || (f.frac == 1ull << 63 && (f.lead & 1));
        f.frac = 0;
      } else {
        uint64_t unit = 1ull << (64 - 4 * prec), rem = f.frac & (unit - 1), half = unit >> 1;
        f.frac -= rem;
        up = rem > half || (rem == half && (f.frac & unit));
        if (up) {
          f.frac += unit;
          up = f.frac == 0; /* wrapped: the carry goes on into the lead digit */
        }
      }
      if (up && ++f.lead == 16) { /* x87 only: 0xf.f... became 0x10: print 0x1, exp + 4 */
        f.lead = 1;
        f.xexp += 4;
      }
      f.fracn = prec;
    } else if (prec >= 0) {
      f.fracn = prec;
    } else { /* up to the last nibble that is not 0 */
      f.fracn = f.frac ? 16 - __builtin_ctzll(f.frac) / 4 : 0;
    }
  } else {
    int fixed = lower == 'f';
    long long p = prec < 0 ? 6 : prec;
    if (lower == 'g' && p == 0)
      p = 1;
    long long n = lower == 'e' ? p + 1 : p; /* digits after the point, or significant */
    if (v.cls == CLS_ZERO) {
      f.x.d = digits;
      digits[0] = '0';
      f.x.len = 1;
      f.x.zeros = fixed ? n : n - 1;
      f.x.pow = fixed ? -n : -(n - 1);
    } else {
      to_decimal(&f.x, v.m, v.e, fixed, n, digits, &big);
    }
    f.exp_style = lower == 'e';
    if (lower == 'g') {
      long long x10 = f.x.len + f.x.zeros - 1 + f.x.pow;
      f.exp_style = !(p > x10 && x10 >= -4);
      /* glibc chooses %g's style before rounding: when rounding then carries the
       * number out of the fixed style (%#g of 999999.5), it prints no digits after
       * the point ("1.e+06", not C's "1.00000e+06") */
      if (!f.alt || (f.exp_style && f.x.carried && x10 == p))
        trim_zeros(&f.x, f.exp_style);
    }
  }

  long long len = (f.sign != 0);
  body(&o, &f, 0);
  len += o.len;
  long long zeros = zero_pad && width > len ? width - len : 0;
  o.s = s;
  if (!(flags & F_MINUS) && !zeros && width > len)
    emit(&o, 0, width - len, ' ');
  if (f.sign)
    emit(&o, &f.sign, 1, 0);
  body(&o, &f, zeros);
  if ((flags & F_MINUS) && width > len)
    emit(&o, 0, width - len, ' ');
  return 0;
}
