/* Exact unsigned integers of up to FPB_LIMBS 32-bit limbs, for the floating-point
 * conversions both ways: printf's f e g (printf_float.c) and strtod(3) (strtod.c).
 * Internal to the C library layer.
 *
 * Not obvious: the largest number either side needs is m * 5^16445 (a long double's
 * 64-bit significand times the power of 5 that makes its smallest denormal, 2^-16445,
 * an integer in decimal: 38250 bits), so 1250 limbs are enough and nothing allocates.
 */
#ifndef SYSGATE_SRC_LIBC_FP_BIGNUM_H
#define SYSGATE_SRC_LIBC_FP_BIGNUM_H

#include <stddef.h>
#include <stdint.h>

#define FPB_LIMBS 1250

struct fpb {
  int n;                 /* limbs in use; w[n-1] != 0 unless n == 0 (the number 0) */
  uint32_t w[FPB_LIMBS]; /* least significant first */
};

/* Where the bits dropped by a right shift (or a truncation) leave the value: exactly
 * on the kept part, below half a unit of the last kept place, at half, or above. */
enum fpb_tail { FPB_EXACT, FPB_BELOW, FPB_HALF, FPB_ABOVE };

void fpb_set(struct fpb *b, uint64_t v);
void fpb_mul_small(struct fpb *b, uint32_t m);
void fpb_add_small(struct fpb *b, uint32_t a);
void fpb_mul_pow5(struct fpb *b, unsigned e);
void fpb_shl(struct fpb *b, unsigned bits);
/* b >>= bits; returns what the dropped bits were (enum fpb_tail). */
int fpb_shr(struct fpb *b, unsigned bits);
unsigned fpb_bitlen(const struct fpb *b);
int fpb_cmp(const struct fpb *a, const struct fpb *b);
void fpb_sub(struct fpb *a, const struct fpb *b); /* a -= b, with a >= b */
uint64_t fpb_low64(const struct fpb *b);
int fpb_bit(const struct fpb *b, unsigned i); /* bit i, 0 beyond the top */

/* Writes b's decimal digits so that they end at end (b becomes 0); returns the first.
 * 0 has no digits: the result is end. */
char *fpb_decimal(struct fpb *b, char *end);

#endif
