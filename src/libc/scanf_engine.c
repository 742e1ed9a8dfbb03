/* The scanf family's engine (scanf(3)): directives d i u o x X p c s [ n %, the wide C S lc
 * ls l[ (C locale: ASCII only), the floating ones (through scanf_float.c), '*', widths, hh h l
 * ll j z t L q, the 'm' of %mc %ms %m[ (a block from malloc, its address stored; NULL when the
 * directive fails, as glibc leaves it), glibc's return rules.
 *
 * Not obvious: two kinds of failure end a scan (C11 7.21.6.2p10): an input failure (the input
 * ended) and a matching failure (a byte that does not fit). The result is the count of assignments
 * either way, except that an input failure before the first assignment makes it EOF: so sscanf("",
 * "%n%d", ...) is EOF, while sscanf("x", "%d", ...) is 0. (the rest: docs/libc.md)
 */
#include <stdint.h>
#include <sysgate/ctype.h>
#include <sysgate/errno.h>
#include <sysgate/stdlib.h>
#include <sysgate/string.h>

#include "scanf_source.h"

int sysgate_scanf_get(struct sysgate_scanf_source *src) {
  int c = src->get(src);
  if (c >= 0)
    src->count++;
  return c;
}

void sysgate_scanf_unget(struct sysgate_scanf_source *src, int c) {
  if (c >= 0) {
    src->unget(src, c);
    src->count--;
  }
}

static int is_space(int c) {
  return c == ' ' || (c >= '\t' && c <= '\r');
}

/* The engine's result so far: assignments, and whether the scan ended on input. */
struct scan {
  struct sysgate_scanf_source *src;
  int done;
};

/* Skips white space; the first byte that is not is left unread. */
static void skip_space(struct sysgate_scanf_source *src) {
  int c;
  while ((c = sysgate_scanf_get(src)) >= 0 && is_space(c))
    ;
  sysgate_scanf_unget(src, c);
}

/* Stores value into *dest, sized by the length modifier (size, see parse). */
static void store_integer(void *dest, char size, unsigned long long value) {
  switch (size) {
  case 'H': /* hh */
    *(signed char *)dest = (signed char)value;
    break;
  case 'h':
    *(short *)dest = (short)value;
    break;
  case 'l':
    *(long *)dest = (long)value;
    break;
  case 'L':
    *(long long *)dest = (long long)value;
    break;
  default:
    *(int *)dest = (int)value;
  }
}

/* Room for any number worth keeping: leading zeros past the first are dropped, and
 * a number with more significant digits than this overflows whatever is kept. */
#define NUMBER_MAX 80

/* Reads an integer in base (0: C's prefixes decide) of at most width bytes.
 * 1 and *value, 0 on a matching failure, -1 when the input ended first. */
static int read_integer(struct sysgate_scanf_source *src, int width, int base, int is_signed,
                        int wide, int pointer, unsigned long long *value) {
  char buf[NUMBER_MAX + 4];
  size_t n = 0;
  int c = sysgate_scanf_get(src);
  if (c < 0)
    return -1;
  if (c == '+' || c == '-') {
    buf[n++] = (char)c;
    if (width > 0)
      width--;
    c = width != 0 ? sysgate_scanf_get(src) : -1;
  }
  if (width != 0 && c == '0') {
    buf[n++] = '0';
    if (width > 0)
      width--;
    c = width != 0 ? sysgate_scanf_get(src) : -1;
    if (width != 0 && (c == 'x' || c == 'X') && (base == 0 || base == 16)) {
      base = 16; /* the x is read and not kept: "0x" alone is 0 */
      if (width > 0)
        width--;
      c = width != 0 ? sysgate_scanf_get(src) : -1;
    } else if (base == 0) {
      base = 8;
    }
  }
  if (base == 0)
    base = 10;
  while (width != 0 && c >= 0) {
    int digit = (int)sysgate_ctype_digit_value(c);
    if (digit >= base)
      break;
    size_t sign = n > 0 && (buf[0] == '+' || buf[0] == '-');
    int only_zero = n == sign + 1 && buf[sign] == '0';
    if (only_zero)
      buf[n - 1] = (char)c; /* a leading zero says nothing */
    else if (n < NUMBER_MAX)
      buf[n++] = (char)c;
    if (width > 0)
      width--;
    c = width != 0 ? sysgate_scanf_get(src) : -1;
  }
  if (n == 0 && pointer && (width < 0 || width >= 5) && c == '(') {
    /* %p reads back what printf's %p writes for NULL (glibc's vfscanf) */
    for (const char *nil = "nil)"; *nil; nil++) {
      int d = sysgate_scanf_get(src);
      if ((d >= 'A' && d <= 'Z' ? d + 32 : d) != *nil)
        return 0;
    }
    *value = 0;
    return 1;
  }
  if (width != 0)
    sysgate_scanf_unget(src, c);
  if (n == 0 || (n == 1 && (buf[0] == '+' || buf[0] == '-')))
    return 0;
  buf[n] = '\0';
  if (is_signed)
    *value = wide ? (unsigned long long)strtoll(buf, NULL, base)
                  : (unsigned long long)(long long)strtol(buf, NULL, base);
  else
    *value = wide ? strtoull(buf, NULL, base) : strtoul(buf, NULL, base);
  return 1;
}

/* The scanset of a %[ directive at f (after the '['): 1 for each byte in it. glibc's
 * rules: a ']' or '-' first is a member; "a-z" is a range when the '-' is neither
 * first nor last and the ends are in order, else three members. The end, or NULL
 * when there is no closing ']'. */
static const char *parse_set(const char *f, unsigned char set[256]) {
  int invert = *f == '^';
  if (invert)
    f++;
  memset(set, 0, 256);
  if (*f == ']' || *f == '-')
    set[(unsigned char)*f++] = 1;
  unsigned char fc;
  while ((fc = (unsigned char)*f++) != '\0' && fc != ']') {
    if (fc == '-' && *f != '\0' && *f != ']' && (unsigned char)f[-2] <= (unsigned char)*f)
      for (unsigned r = (unsigned char)f[-2]; r < (unsigned char)*f; r++)
        set[r] = 1;
    else
      set[fc] = 1;
  }
  if (fc == '\0')
    return NULL;
  if (invert)
    for (int i = 0; i < 256; i++)
      set[i] = !set[i];
  return f;
}

/* Where %c, %s and %[ put their characters: the caller's array, nowhere (buf NULL: '*'), or
 * for %m a block from malloc that doubles when full (cap characters; unbounded: 0). A wide
 * directive (%lc %ls %l[ %C %S) stores each one as a wchar_t. */
struct chars {
  char *buf;
  size_t cap;
  size_t unit; /* bytes per character: 1, or sizeof(wchar_t) for a wide directive */
};

typedef __WCHAR_TYPE__ wide_char;

/* Stores c as character n; 0, or -1 when a bigger block cannot be had. */
static int put_char(struct chars *out, size_t n, unsigned char c) {
  if (!out->buf)
    return 0;
  if (out->cap && n == out->cap) {
    char *p = realloc(out->buf, out->cap * 2 * out->unit);
    if (!p)
      return -1;
    out->buf = p;
    out->cap *= 2;
  }
  if (out->unit > 1)
    ((wide_char *)(void *)out->buf)[n] = c;
  else
    out->buf[n] = (char)c;
  return 0;
}

/* A byte a wide directive takes: the C locale converts ASCII only (glibc's mbrtowc there),
 * so any other byte is read, and fails the directive with EILSEQ. */
static int narrow_only(const struct chars *out, int c) {
  if (out->unit > 1 && c > 0x7f) {
    errno = EILSEQ;
    return 0;
  }
  return 1;
}

/* %c, %s and %[: bytes into out while accept says so; *len is how many (with %s and %[
 * the NUL after them). 1, 0 on a matching failure (no byte accepted, or a wide directive's
 * non-ASCII byte), -1 when the input ended first, -2 when memory ran out. */
static int read_chars(struct sysgate_scanf_source *src, int width, char conv,
                      const unsigned char *set, struct chars *out, size_t *len) {
  int c = sysgate_scanf_get(src);
  if (c < 0)
    return -1;
  size_t n = 0;
  if (conv == 'c') {
    if (width < 0)
      width = 1;
    for (;;) { /* the input ending early still stores what was read (glibc) */
      if (!narrow_only(out, c))
        return 0;
      if (put_char(out, n++, (unsigned char)c))
        return -2;
      if (--width == 0 || (c = sysgate_scanf_get(src)) < 0) {
        *len = n;
        return 1;
      }
    }
  }
  while (c >= 0 && width != 0 && (conv == 's' ? !is_space(c) : set[c])) {
    if (!narrow_only(out, c))
      return 0;
    if (put_char(out, n++, (unsigned char)c))
      return -2;
    if (width > 0)
      width--;
    c = width != 0 ? sysgate_scanf_get(src) : -1;
  }
  if (width != 0)
    sysgate_scanf_unget(src, c);
  if (n == 0)
    return 0;
  *len = n + 1;
  return put_char(out, n, 0) ? -2 : 1;
}

/* Argument n (from 1) of the ones after the format: every argument is a pointer. */
static void *argument(va_list start, int n) {
  va_list ap;
  va_copy(ap, start);
  void *p = NULL;
  while (n-- > 0)
    p = va_arg(ap, void *);
  va_end(ap);
  return p;
}

int sysgate_scanf_engine(struct sysgate_scanf_source *src, const char *f, va_list ap) {
  int done = 0;
  va_list start;
  va_copy(start, ap);
  for (; *f != '\0'; f++) {
    unsigned char fc = (unsigned char)*f;
    if (is_space(fc)) { /* any amount of white space, none included */
      skip_space(src);
      continue;
    }
    if (fc != '%') {
      int c = sysgate_scanf_get(src);
      if (c < 0)
        goto input_failure;
      if (c != fc) {
        sysgate_scanf_unget(src, c);
        goto matching_failure;
      }
      continue;
    }
    f++;
    int position = 0; /* %n$: the nth argument (POSIX) */
    if (*f >= '1' && *f <= '9') {
      const char *p = f;
      int n = 0;
      while (*p >= '0' && *p <= '9' && n < 10000)
        n = n * 10 + (*p++ - '0');
      if (*p == '$') {
        position = n;
        f = p + 1;
      }
    }
    int suppress = 0;
    for (; *f == '*' || *f == '\''; f++) /* ': digit grouping, none in the C locale */
      suppress |= *f == '*';
    int width = -1;
    if (*f >= '0' && *f <= '9') {
      width = 0;
      while (*f >= '0' && *f <= '9')
        width = width > (__INT_MAX__ - 9) / 10 ? __INT_MAX__ : width * 10 + (*f++ - '0');
      if (width == 0)
        width = -1; /* glibc: a width of 0 is no width */
    }
    int allocate = *f == 'm'; /* %mc, %ms, %m[: into a block from malloc (POSIX.1-2008) */
    f += allocate;
    /* size: 'H' hh, 'h', 'l' long, 'L' long long (and long double), 0 int. wide: c, s
     * and [ store wchar_t, after glibc's LONG bit: l, ll, L, q, and j z t where that type is
     * wider than int and no wider than long (on x86_64, not on i386) */
    char size = 0;
    int wide = 1;
    switch (*f) {
    case 'h':
      size = f[1] == 'h' ? (f++, 'H') : 'h';
      wide = 0;
      f++;
      break;
    case 'l':
      size = f[1] == 'l' ? (f++, 'L') : 'l';
      f++;
      break;
    case 'j':
      wide = sizeof(intmax_t) > sizeof(int) && sizeof(intmax_t) <= sizeof(long);
      /* fall through */
    case 'L':
    case 'q':
      size = 'L';
      f++;
      break;
    case 'z':
    case 't':
      wide = sizeof(size_t) > sizeof(int);
      size = 'l';
      f++;
      break;
    default:
      wide = 0;
    }
    char conv = *f;
    if (conv == '\0')
      goto matching_failure; /* a directive cut short */
    if (conv != '[' && conv != 'c' && conv != 'C' && conv != 'n')
      skip_space(src);
    void *dest = suppress || conv == '%' ? NULL
                 : position              ? argument(start, position)
                                         : va_arg(ap, void *);
    int r;
    unsigned long long value = 0; /* gcc -Os cannot see that r > 0 means read_integer set it */
    switch (conv) {
    case '%': {
      int c = sysgate_scanf_get(src);
      if (c < 0)
        goto input_failure;
      if (c != '%') {
        sysgate_scanf_unget(src, c);
        goto matching_failure;
      }
      continue;
    }
    case 'n':
      if (dest)
        store_integer(dest, size, src->count);
      continue;
    case 'd':
    case 'i':
    case 'u':
    case 'o':
    case 'x':
    case 'X':
    case 'p': {
      int base = conv == 'd' || conv == 'u' ? 10 : conv == 'i' ? 0 : conv == 'o' ? 8 : 16;
      if (conv == 'p')
        size = 'l'; /* a pointer is a long on both arches */
      int big = size == 'L' || (size == 'l' && sizeof(long) == 8);
      r = read_integer(src, width, base, conv == 'd' || conv == 'i', big, conv == 'p', &value);
      if (r > 0 && dest) {
        if (conv == 'p')
          *(void **)dest = (void *)(uintptr_t)value;
        else
          store_integer(dest, size, value);
      }
      break;
    }
    case 'C': /* %lc and %ls */
    case 'S':
      wide = 1;
      conv = conv == 'C' ? 'c' : 's';
      /* fall through */
    case 'c':
    case 's':
    case '[': {
      unsigned char set[256];
      if (conv == '[' && (f = parse_set(f + 1, set)) == NULL)
        goto matching_failure;
      if (conv == '[')
        f--; /* back onto the ']' */
      struct chars out = {dest, 0, wide ? sizeof(wide_char) : 1};
      if (allocate && dest) { /* glibc's first sizes: the width for %c (1024 at most), else 100 */
        out.cap = conv != 'c' ? 100 : width < 0 ? 1 : width > 1024 ? 1024 : (size_t)width;
        if ((out.buf = malloc(out.cap * out.unit)) == NULL) {
          *(char **)dest = NULL;
          goto out_of_memory;
        }
      }
      size_t len = 0;
      r = read_chars(src, width, conv, set, &out, &len);
      if (allocate && dest) { /* the block, cut to its bytes, or NULL when the directive fails */
        char *fit = r > 0 ? realloc(out.buf, len * out.unit) : NULL;
        if (r <= 0)
          free(out.buf);
        *(char **)dest = r > 0 ? (fit ? fit : out.buf) : NULL;
        if (r == -2)
          goto out_of_memory;
      }
      break;
    }
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case 'a':
    case 'A':
      r = sysgate_scanf_float(src, width, size, dest);
      break;
    default:
      goto matching_failure; /* an unknown conversion */
    }
    if (r < 0)
      goto input_failure;
    if (r == 0)
      goto matching_failure;
    if (dest)
      done++;
  }
matching_failure:
  va_end(start);
  return done;
input_failure:
  va_end(start);
  return done ? done : -1;
  /* EOF, as glibc; the blocks of earlier directives stay assigned (glibc frees them) */
out_of_memory:
  va_end(start);
  errno = ENOMEM;
  return -1;
}
