/* libFuzzer target for printf's floating conversions (src/libc/printf_float.c): each
 * 12 bytes of input make a value (a double, or an x87 long double, near 1 or anywhere)
 * and a spec (flags, width, precision or *, the conversion), and sysgate's snprintf
 * must give glibc's bytes and count for that spec under all eight conversions f F e E
 * g G a A. The number of cases run is printed at exit.
 *
 * Properties: same return value, same bytes, nothing past the size written.
 *
 * Not obvious: most long doubles get an exponent near 1, since one with an extreme
 * exponent costs a millisecond in %f on both sides, and the CI session should reach
 * 10^6 cases; one byte value (0xa5) asks for any exponent; every 16th long double has
 * its integer bit clear (x87's invalid encodings).
 */
#include <stdarg.h>
#include <sysgate/printf.h>
#include <sysgate/string.h>

#include "fuzz.h"
#include "oracle_printf.h"

static unsigned long long cases;

/* A message on stderr, by glibc's dprintf (the fuzzer's runtime is glibc's). */
static void say(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  oracle_vdprintf(2, fmt, ap);
  va_end(ap);
}

/* At exit, when the session ends. */
__attribute__((destructor)) static void report(void) {
  say("fuzz_printf_float: %llu cases, 0 mismatches\n", cases);
}

/* Both snprintfs on the same arguments, buffers 'Z'-filled past the output. */
static void compare(size_t size, const char *fmt, ...) {
  static char ours[1100], theirs[1100];
  va_list a1, a2;
  va_start(a1, fmt);
  va_copy(a2, a1);
  oracle_memset(ours, 'Z', sizeof ours);
  oracle_memset(theirs, 'Z', sizeof theirs);
  int r1 = vsnprintf(ours, size, fmt, a1);
  int r2 = oracle_vsnprintf(theirs, size, fmt, a2);
  va_end(a1);
  va_end(a2);
  cases++;
  if (r1 != r2 || oracle_memcmp(ours, theirs, sizeof ours) != 0) {
    say("MISMATCH format \"%s\" size %zu: sysgate %d [%.200s] glibc %d [%.200s]\n", fmt, size, r1,
        ours, r2, theirs);
    __builtin_trap();
  }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  while (size) {
    uint8_t spec[4];
    uint64_t m;
    uint16_t se;
    fuzz_take(&data, &size, spec, sizeof spec);
    fuzz_take(&data, &size, &m, sizeof m);
    se = (uint16_t)(spec[3] << 8 | spec[2]);
    int is_long = spec[0] & 1;
    /* the flags - + space # 0 from five bits */
    char fmt[40], *q = fmt;
    *q++ = '%';
    for (int b = 0; b < 5; b++)
      if (spec[0] >> (b + 1) & 1)
        *q++ = "-+ #0"[b];
    int width = spec[1] & 31, star = spec[1] >> 5; /* 0..7 */
    int prec = spec[2] % 41;
    if (star == 1)
      *q++ = '*';
    else if (width)
      q += sprintf(q, "%d", width);
    if (star == 2)
      *q++ = '.', *q++ = '*';
    else if (star >= 4)
      q += sprintf(q, ".%d", prec);
    if (is_long)
      *q++ = 'L';
    char *conv = q;
    q[1] = '\0';
    long double ld = 0;
    double d;
    if (is_long) {
      if (spec[3] != 0xa5) /* near 1, unless that byte says anywhere */
        se = (uint16_t)((se & 0x8000) | (16383 - 64 + (se & 127)));
      if ((spec[3] & 15) != 1) /* the integer bit, mostly */
        m |= 1ull << 63;
      memcpy(&ld, &m, sizeof m);
      memcpy((char *)&ld + 8, &se, sizeof se);
    } else {
      memcpy(&d, &m, sizeof d);
    }
    size_t n = spec[3] & 16 ? (size_t)(spec[3] >> 5) * 7 : 1100;
    for (const char *c = "fFeEgGaA"; *c; c++) {
      *conv = *c;
      int sw = (int)(int8_t)spec[1] % 40, sp = (int)(int8_t)spec[2] % 40;
      if (is_long) {
        if (star == 1)
          compare(n, fmt, sw, ld);
        else if (star == 2)
          compare(n, fmt, sp, ld);
        else
          compare(n, fmt, ld);
      } else {
        if (star == 1)
          compare(n, fmt, sw, d);
        else if (star == 2)
          compare(n, fmt, sp, d);
        else
          compare(n, fmt, d);
      }
    }
  }
  return 0;
}
