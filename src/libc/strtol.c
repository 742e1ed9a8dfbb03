/* strtol(3), strtoul(3), strtoll(3), strtoull(3), strtoimax(3), strtoumax(3),
 * atoi(3), atol(3), atoll(3): one parser for all of them.
 *
 * Not obvious: "0x" with no hex digit after it is not a failed conversion. It is
 * the number 0 with *endptr on the 'x' (glibc's stdlib/strtol_l.c calls it "no
 * error case"), so " -0xg" converts to 0 and ends 3 bytes in, not at the start.
 * And an invalid base sets EINVAL and returns 0 without storing *endptr at all.
 */
#include <stdint.h>
#include <sysgate/ctype.h>
#include <sysgate/errno.h>
#include <sysgate/inttypes.h>
#include <sysgate/stdlib.h>

/* Parses nptr for a type whose unsigned maximum is max, signed or not, and returns
 * the result's bits, which the caller narrows to its type. Past the range: errno
 * ERANGE and the limit on that side (max itself for the unsigned types, whatever
 * the sign, as glibc does). */
__attribute__((noinline)) static unsigned long long
convert(const char *nptr, char **endptr, int base, unsigned long long max, int is_signed) {
  if (base < 0 || base == 1 || base > 36) {
    errno = EINVAL;
    return 0;
  }
  const unsigned char *s = (const unsigned char *)nptr;
  while (isspace(*s))
    s++;
  int neg = 0;
  if (*s == '-' || *s == '+')
    neg = *s++ == '-';
  int prefixed = 0;
  if ((base == 0 || base == 16) && s[0] == '0' && (s[1] | 32) == 'x') {
    s += 2;
    base = 16;
    prefixed = 1;
  } else if (base == 0) {
    base = *s == '0' ? 8 : 10;
  }

  /* The largest magnitude this sign allows: one more below zero for signed types. */
  unsigned long long lim = is_signed ? (max >> 1) + (unsigned)neg : max;
  unsigned long long cutoff = lim / (unsigned)base; /* above it, one more digit overflows */
  unsigned cutdigit = (unsigned)(lim % (unsigned)base);
  const unsigned char *first = s;
  unsigned long long mag = 0;
  int over = 0;
  for (unsigned d; (d = sysgate_ctype_digit_value((unsigned char)*s)) < (unsigned)base; s++) {
    if (mag > cutoff || (mag == cutoff && d > cutdigit))
      over = 1; /* keep going: *endptr is still past every digit */
    else
      mag = mag * (unsigned)base + d;
  }
  if (s == first) { /* no digits */
    if (endptr)
      *endptr = (char *)(prefixed ? first - 1 : (const unsigned char *)nptr);
    return 0;
  }
  if (endptr)
    *endptr = (char *)s;
  if (over) {
    errno = ERANGE;
    if (!is_signed)
      return max;
    mag = lim;
  }
  return neg ? 0 - mag : mag;
}

long strtol(const char *restrict nptr, char **restrict endptr, int base) {
  return (long)convert(nptr, endptr, base, 2 * (unsigned long)__LONG_MAX__ + 1, 1);
}

unsigned long strtoul(const char *restrict nptr, char **restrict endptr, int base) {
  return (unsigned long)convert(nptr, endptr, base, 2 * (unsigned long)__LONG_MAX__ + 1, 0);
}

long long strtoll(const char *restrict nptr, char **restrict endptr, int base) {
  return (long long)convert(nptr, endptr, base, 2 * (unsigned long long)__LONG_LONG_MAX__ + 1, 1);
}

unsigned long long strtoull(const char *restrict nptr, char **restrict endptr, int base) {
  return convert(nptr, endptr, base, 2 * (unsigned long long)__LONG_LONG_MAX__ + 1, 0);
}

intmax_t strtoimax(const char *restrict nptr, char **restrict endptr, int base) {
  return (intmax_t)convert(nptr, endptr, base, UINTMAX_MAX, 1);
}

uintmax_t strtoumax(const char *restrict nptr, char **restrict endptr, int base) {
  return (uintmax_t)convert(nptr, endptr, base, UINTMAX_MAX, 0);
}

/* No error return of their own: an out-of-range number is strtol's limit (and its
 * ERANGE), then narrowed to int by atoi. */
int atoi(const char *s) {
  return (int)strtol(s, NULL, 10);
}

long atol(const char *s) {
  return strtol(s, NULL, 10);
}

long long atoll(const char *s) {
  return strtoll(s, NULL, 10);
}
