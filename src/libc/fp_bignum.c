/* The exact integers behind the floating-point conversions (fp_bignum.h): multiply by a
 * small number or a power of 5, shift, compare, subtract, and print in decimal.
 *
 * Not obvious: the decimal digits come from dividing by 10^9 from the top limb down,
 * nine digits per pass; the 64-by-32-bit division there never overflows because each
 * partial remainder is below 10^9 (Knuth, TAOCP vol. 2, 4.3.1, exercise 16).
 */
#include "fp_bignum.h"

static void trim(struct fpb *b) {
  while (b->n > 0 && b->w[b->n - 1] == 0)
    b->n--;
}

void fpb_set(struct fpb *b, uint64_t v) {
  b->w[0] = (uint32_t)v;
  b->w[1] = (uint32_t)(v >> 32);
  b->n = 2;
  trim(b);
}

void fpb_mul_small(struct fpb *b, uint32_t m) {
  uint32_t carry = 0;
  for (int i = 0; i < b->n; i++) {
    uint64_t t = (uint64_t)b->w[i] * m + carry;
    b->w[i] = (uint32_t)t;
    carry = (uint32_t)(t >> 32);
  }
  if (carry && b->n < FPB_LIMBS)
    b->w[b->n++] = carry;
}

void fpb_add_small(struct fpb *b, uint32_t a) {
  for (int i = 0; a && i < b->n; i++) {
    uint32_t t = b->w[i] + a;
    a = t < a;
    b->w[i] = t;
  }
  if (a && b->n < FPB_LIMBS)
    b->w[b->n++] = a;
}

void fpb_mul_pow5(struct fpb *b, unsigned e) {
  for (; e >= 13; e -= 13)
    fpb_mul_small(b, 1220703125u); /* 5^13, the largest power of 5 below 2^32 */
  uint32_t m = 1;
  while (e--)
    m *= 5;
  fpb_mul_small(b, m);
}

/* The 32 bits of b at limb i and the next one down, as a 64-bit pair (0 outside b). */
static uint64_t pair(const struct fpb *b, int i) {
  uint64_t hi = i >= 0 && i < b->n ? b->w[i] : 0, lo = i >= 1 && i - 1 < b->n ? b->w[i - 1] : 0;
  return hi << 32 | lo;
}

void fpb_shl(struct fpb *b, unsigned bits) {
  if (!b->n)
    return;
  int limbs = (int)(bits / 32), n = b->n + limbs + 1;
  if (n > FPB_LIMBS)
    n = FPB_LIMBS;                 /* callers stay far below; this only keeps the writes inside */
  for (int i = n - 1; i >= 0; i--) /* from the top: limb i takes bits of i - limbs and below */
    b->w[i] = (uint32_t)(pair(b, i - limbs) >> (32 - bits % 32));
  b->n = n;
  trim(b);
}

int fpb_shr(struct fpb *b, unsigned bits) {
  if (!bits)
    return FPB_EXACT;
  /* the tail first: the bit just below the cut, and whether any bit below it is set */
  unsigned hb = bits - 1;
  int half = fpb_bit(b, hb), rest = 0;
  for (int i = 0; i < (int)(hb / 32) && i < b->n; i++)
    rest |= b->w[i] != 0;
  if ((int)(hb / 32) < b->n)
    rest |= (b->w[hb / 32] & ((1u << (hb % 32)) - 1)) != 0;
  int limbs = (int)(bits / 32), n = b->n - limbs;
  for (int i = 0; i < n; i++) /* from the bottom: limb i takes bits of i + limbs and above */
    b->w[i] = (uint32_t)(pair(b, i + limbs + 1) >> (bits % 32));
  b->n = n > 0 ? n : 0;
  trim(b);
  return 2 * half + rest; /* FPB_EXACT, FPB_BELOW, FPB_HALF, FPB_ABOVE in that order */
}

unsigned fpb_bitlen(const struct fpb *b) {
  if (!b->n)
    return 0;
  unsigned top = b->w[b->n - 1], len = 32 * (unsigned)(b->n - 1);
  while (top) {
    len++;
    top >>= 1;
  }
  return len;
}

int fpb_cmp(const struct fpb *a, const struct fpb *b) {
  if (a->n != b->n)
    return a->n < b->n ? -1 : 1;
  for (int i = a->n - 1; i >= 0; i--)
    if (a->w[i] != b->w[i])
      return a->w[i] < b->w[i] ? -1 : 1;
  return 0;
}

void fpb_sub(struct fpb *a, const struct fpb *b) {
  uint32_t borrow = 0;
  for (int i = 0; i < a->n; i++) {
    uint64_t t = (uint64_t)a->w[i] - (i < b->n ? b->w[i] : 0) - borrow;
    a->w[i] = (uint32_t)t;
    borrow = (uint32_t)(t >> 63);
  }
  trim(a);
}

uint64_t fpb_low64(const struct fpb *b) {
  uint64_t v = b->n > 0 ? b->w[0] : 0;
  if (b->n > 1)
    v |= (uint64_t)b->w[1] << 32;
  return v;
}

int fpb_bit(const struct fpb *b, unsigned i) {
  return (int)(i / 32) < b->n ? (int)(b->w[i / 32] >> (i % 32) & 1) : 0;
}

char *fpb_decimal(struct fpb *b, char *end) {
  char *stop = end;
  while (b->n) {
    uint64_t rem = 0;
    for (int i = b->n - 1; i >= 0; i--) {
      uint64_t cur = rem << 32 | b->w[i];
      b->w[i] = (uint32_t)(cur / 1000000000u);
      rem = cur % 1000000000u;
    }
    trim(b);
    uint32_t r = (uint32_t)rem;
    for (int k = 0; k < 9; k++) {
      *--end = (char)('0' + r % 10);
      r /= 10;
    }
  }
  while (end < stop && *end == '0') /* the top chunk's leading zeros */
    end++;
  return end;
}
