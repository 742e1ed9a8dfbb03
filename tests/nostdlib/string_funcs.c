/* string_funcs: sysgate's memcpy, memmove, memset, memcmp and strlen (string(3)),
 * over every small length, alignment and overlap.
 *
 * Each function is called through a volatile function pointer: the compiler must
 * load the pointer and call whatever it holds, so it cannot expand the call inline
 * as a builtin or fold it away, and the code under test really is sysgate's.
 * Results are compared with bytes computed from their index (pattern()), never
 * with the output of another copy routine.
 *
 * Not obvious: memcmp compares the bytes as unsigned char (C11 7.24.4), so
 * "\x80" is greater than "\x01"; an implementation comparing plain (signed) char
 * gets the sign wrong on x86, and only bytes >= 0x80 show it.
 */
#include <stddef.h>
#include <sysgate.h>

#include "check.h"

static void *(*volatile memcpy_fn)(void *restrict, const void *restrict, size_t) = memcpy;
static void *(*volatile memmove_fn)(void *, const void *, size_t) = memmove;
static void *(*volatile memset_fn)(void *, int, size_t) = memset;
static int (*volatile memcmp_fn)(const void *, const void *, size_t) = memcmp;
static size_t (*volatile strlen_fn)(const char *) = strlen;

#define BUF 64
#define MAX_LEN 40
#define MAX_OFF 8
#define CANARY 0xa5

/* The byte at index i of the source data: varied, never 0, never the canary. */
static unsigned char pattern(size_t i) {
  unsigned char b = (unsigned char)(i * 7 + 1);
  return b == CANARY || b == 0 ? 0x11 : b;
}

/* Fills the whole buffer with the canary, byte by byte through a volatile
 * pointer so that the compiler cannot turn the loop into a call to memset,
 * which is under test. */
static void fill_canary(unsigned char *buf) {
  volatile unsigned char *p = buf;
  for (size_t i = 0; i < BUF; i++)
    p[i] = CANARY;
}

static int memcpy_all(void) {
  unsigned char src[BUF], dst[BUF];
  for (size_t i = 0; i < BUF; i++)
    src[i] = pattern(i);
  for (size_t soff = 0; soff < MAX_OFF; soff++)
    for (size_t doff = 0; doff < MAX_OFF; doff++)
      for (size_t n = 0; n <= MAX_LEN; n++) {
        fill_canary(dst);
        if (memcpy_fn(dst + doff, src + soff, n) != dst + doff)
          return 0;
        for (size_t i = 0; i < BUF; i++) {
          int inside = i >= doff && i < doff + n;
          if (dst[i] != (inside ? pattern(soff + i - doff) : CANARY))
            return 0;
        }
      }
  return 1;
}

/* Every source and destination offset in one buffer, so every overlap in both
 * directions: the result is what copying through a separate buffer would give. */
static int memmove_all(void) {
  unsigned char buf[BUF];
  for (size_t soff = 0; soff < MAX_OFF * 2; soff++)
    for (size_t doff = 0; doff < MAX_OFF * 2; doff++)
      for (size_t n = 0; n <= MAX_LEN && soff + n <= BUF && doff + n <= BUF; n++) {
        for (size_t i = 0; i < BUF; i++)
          buf[i] = pattern(i);
        if (memmove_fn(buf + doff, buf + soff, n) != buf + doff)
          return 0;
        for (size_t i = 0; i < BUF; i++) {
          int inside = i >= doff && i < doff + n;
          if (buf[i] != pattern(inside ? soff + i - doff : i))
            return 0;
        }
      }
  return 1;
}

/* Two fixed cases, readable on their own: a copy up (dest > src) must go back to
 * front, a copy down front to back, or the source is overwritten before it is read. */
static int memmove_examples(void) {
  char up[] = "0123456789", down[] = "0123456789";
  memmove_fn(up + 2, up, 6);
  memmove_fn(down, down + 2, 6);
  return str_eq(up, "0101234589") && str_eq(down, "2345676789");
}

static int memset_all(void) {
  unsigned char buf[BUF];
  for (size_t off = 0; off < MAX_OFF; off++)
    for (size_t n = 0; n <= MAX_LEN; n++) {
      fill_canary(buf);
      /* 0x1ff: only the low byte counts (the int is converted to unsigned char). */
      if (memset_fn(buf + off, 0x1ff, n) != buf + off)
        return 0;
      for (size_t i = 0; i < BUF; i++)
        if (buf[i] != (i >= off && i < off + n ? 0xff : CANARY))
          return 0;
    }
  return 1;
}

static int sign(int v) {
  return (v > 0) - (v < 0);
}

/* memcmp over every length and every position of a single differing byte:
 * zero before the difference is reached, the sign of the difference after. */
static int memcmp_all(void) {
  unsigned char a[BUF], b[BUF];
  for (size_t i = 0; i < BUF; i++)
    a[i] = b[i] = pattern(i);
  for (size_t n = 0; n <= MAX_LEN; n++) {
    if (memcmp_fn(a, b, n) != 0)
      return 0;
    for (size_t at = 0; at < MAX_LEN; at++) {
      /* Flipping the top bit makes half the differences cross 0x80, where a
       * signed comparison would disagree with the unsigned one. */
      b[at] = (unsigned char)(a[at] ^ 0x80);
      int want = at < n ? (a[at] < b[at] ? -1 : 1) : 0;
      int ok = sign(memcmp_fn(a, b, n)) == want && sign(memcmp_fn(b, a, n)) == -want;
      b[at] = a[at];
      if (!ok)
        return 0;
    }
  }
  return 1;
}

static int strlen_all(void) {
  char buf[BUF];
  for (size_t off = 0; off < MAX_OFF; off++)
    for (size_t n = 0; n <= MAX_LEN; n++) {
      for (size_t i = 0; i < BUF; i++)
        buf[i] = 'x';
      buf[off + n] = '\0';
      if (strlen_fn(buf + off) != n)
        return 0;
    }
  return 1;
}

int main(void) {
  check(memcpy_all(), "memcpy: lengths 0..40 at source and destination offsets 0..7");
  check(memmove_examples(), "memmove: \"0123456789\" up by 2 and down by 2");
  check(memmove_all(), "memmove: every overlap of lengths 0..40 at offsets 0..15");
  check(memset_all(), "memset: value 0x1ff sets 0xff, lengths 0..40 at offsets 0..7");
  check(memcmp_fn("\x80", "\x01", 1) > 0,
        "memcmp(\"\\x80\", \"\\x01\", 1) > 0: bytes are unsigned");
  check(memcmp_fn("\x01", "\x80", 1) < 0, "memcmp(\"\\x01\", \"\\x80\", 1) < 0");
  check(memcmp_fn("abc", "abd", 2) == 0, "memcmp stops after n bytes");
  check(memcmp_fn("x", "y", 0) == 0, "memcmp of 0 bytes == 0");
  check(memcmp_all(), "memcmp: lengths 0..40, one differing byte anywhere, both orders");
  check(strlen_fn("") == 0, "strlen(\"\") == 0");
  check(strlen_fn("ab\0cd") == 2, "strlen stops at the first NUL");
  check(strlen_all(), "strlen: lengths 0..40 at offsets 0..7");
  return check_status();
}
