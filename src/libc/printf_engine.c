/* The formatter behind printf(3), snprintf(3), dprintf(3), asprintf(3) and their v*
 * forms: flags, width, precision, length modifiers and the conversions d i u o x X c s
 * p % m n (and C S lc ls); the floating-point ones f F e E g G a A are printf_float.c's.
 *
 * Not obvious: a conversion glibc does not know ("%y", "%hLd", "%.-3d") is not an error there:
 * glibc prints it back, rebuilt from what it parsed ('%', the flags in the fixed order # ' + or
 * space, - 0 I, the width, ".precision", the conversion byte; stdio-common printf_unknown), and the
 * format goes on after that byte. Only a format that ends inside a conversion fails (EINVAL). (the
 * rest: docs/libc.md)
 */
#include <stdint.h>
#include <sysgate/errno.h>
#include <sysgate/string.h>

#include "printf_sink.h"

#define INT_MAX_ __INT_MAX__

#define put sysgate_printf_put

/* Appends n bytes of p, or n copies of fill when p is NULL. Counts them all; stops at
 * an error, and fails with EOVERFLOW when the count would pass INT_MAX (as glibc). */
void sysgate_printf_put(struct sysgate_printf_sink *s, const char *p, size_t n, char fill) {
  if (s->error)
    return;
  if (n > (size_t)INT_MAX_ - s->count) {
    s->error = EOVERFLOW;
    return;
  }
  s->count += n;
  while (n) {
    size_t room = s->cap - s->used;
    if (!room) {
      if (!s->flush)
        return; /* a bounded buffer keeps counting */
      if (s->flush(s)) {
        s->error = errno ? errno : EIO;
        return;
      }
      room = s->cap - s->used;
    }
    size_t k = n < room ? n : room;
    if (p) {
      memcpy(s->buf + s->used, p, k);
      p += k;
    } else {
      memset(s->buf + s->used, fill, k);
    }
    s->used += k;
    n -= k;
  }
}

/* Spaces up to width around a field of len bytes: before it unless '-'. */
static void pad(struct sysgate_printf_sink *s, int width, size_t len) {
  if ((size_t)width > len)
    put(s, 0, (size_t)width - len, ' ');
}

/* The position of c in set, or NULL; never a match for the NUL. */
static const char *find(const char *set, char c) {
  for (; *set; set++)
    if (*set == c)
      return set;
  return 0;
}

/* v's digits in base (8, 10 or 16) ending at end, upper-case hex when upper; returns
 * the first. Values that fit a long divide in long: i386 then needs no 64-bit division. */
__attribute__((noinline)) static char *digits(char *end, uintmax_t v, unsigned base, int upper) {
  const char *set = upper ? "0123456789ABCDEF" : "0123456789abcdef";
  while (v > (unsigned long)-1) {
    *--end = set[v % base];
    v /= base;
  }
  unsigned long w = (unsigned long)v;
  do
    *--end = set[w % base];
  while ((w /= base) != 0);
  return end;
}

/* Writes a number: prefix (sign, "0x"), then zeros to the precision (or to the width
 * with '0', which the caller drops when a precision is given), then the digits. */
static void number(struct sysgate_printf_sink *s, const char *prefix, size_t plen, const char *dig,
                   size_t dlen, unsigned flags, int width, int prec) {
  size_t zeros = prec >= 0 && (size_t)prec > dlen ? (size_t)prec - dlen : 0;
  size_t len = plen + zeros + dlen;
  if ((flags & (F_ZERO | F_MINUS)) == F_ZERO && (size_t)width > len) {
    zeros += (size_t)width - len;
    len = (size_t)width;
  }
  if (!(flags & F_MINUS))
    pad(s, width, len);
  put(s, prefix, plen, 0);
  put(s, 0, zeros, '0');
  put(s, dig, dlen, 0);
  if (flags & F_MINUS)
    pad(s, width, len);
}

/* A text field: width, '-', and nothing else (precision is the caller's cut). */
static void text(struct sysgate_printf_sink *s, const char *p, size_t len, unsigned flags,
                 int width) {
  number(s, 0, 0, p, len, flags & F_MINUS, width, -1);
}

/* The flag characters, in the order of their F_ bits (printf_sink.h). */
static const char flag_chars[] = "-+ #0'I";

/* A conversion this formatter does not do, printed back as glibc's printf_unknown does:
 * the flags in the order # ' + (or space) - 0 I, '-' cancelling '0' there too. */
static void unknown(struct sysgate_printf_sink *s, unsigned flags, int width, int prec, char conv) {
  static const unsigned char order[] = {F_ALT, F_GROUP, F_PLUS, F_SPACE, F_MINUS, F_ZERO, F_I18N};
  if (flags & F_PLUS)
    flags &= ~(unsigned)F_SPACE;
  if (flags & F_MINUS)
    flags &= ~(unsigned)F_ZERO;
  char b[40], *p = b, *end = b + sizeof b;
  *p++ = '%';
  for (unsigned i = 0; i < sizeof order; i++)
    if (flags & order[i])
      *p++ = flag_chars[__builtin_ctz(order[i])];
  *--end = conv;
  if (prec >= 0) {
    end = digits(end, (unsigned)prec, 10, 0);
    *--end = '.';
  }
  if (width)
    end = digits(end, (unsigned)width, 10, 0);
  put(s, b, (size_t)(p - b), 0);
  put(s, end, (size_t)(b + sizeof b - end), 0);
}

/* Reads a decimal field of the format; -1 (and EOVERFLOW in s) past INT_MAX. */
static int decimal(struct sysgate_printf_sink *s, const char **fp) {
  const char *f = *fp;
  int v = 0;
  for (; *f >= '0' && *f <= '9'; f++) {
    int d = *f - '0';
    if (v > (INT_MAX_ - d) / 10) { /* checked before it can wrap, in int on both arches */
      s->error = EOVERFLOW;
      v = 0;
      break;
    }
    v = v * 10 + d;
  }
  *fp = f;
  return v;
}

/* A wide character in the C locale: ASCII only, anything else EILSEQ (glibc's wcrtomb). */
static int narrow(struct sysgate_printf_sink *s, unsigned wc) {
  if (wc > 0x7f) {
    s->error = EILSEQ;
    return -1;
  }
  return (int)wc;
}

/* The next integer or pointer argument, of size bytes (1 for hh ... 8 for ll),
 * sign-extended when is_signed, else zero-extended: hh and h arguments come promoted to
 * int. Every argument but a floating one is read here. */
__attribute__((noinline)) static uintmax_t integer(va_list *ap, unsigned size, int is_signed) {
  uintmax_t v;
  if (size > sizeof(long))
    v = va_arg(*ap, unsigned long long);
  else if (size > sizeof(int))
    v = va_arg(*ap, unsigned long);
  else
    v = va_arg(*ap, unsigned);
  unsigned drop = 64 - 8 * size;
  v <<= drop;
  return is_signed ? (uintmax_t)((intmax_t)v >> drop) : v >> drop;
}

/* A width or precision given as '*': an int argument. */
static int star(va_list *ap) {
  return (int)integer(ap, sizeof(int), 1);
}

/* Stores count for %n in the size bytes at at (1 for hh ... 8 for ll). */
static void store_count(void *at, unsigned size, int count) {
  if (size == 1)
    *(signed char *)at = (signed char)count;
  else if (size == 2)
    *(short *)at = (short)count;
  else if (size == 4)
    *(int *)at = count;
  else
    *(long long *)at = count;
}

#define POINTER_ARG(ap) (void *)(uintptr_t)integer(ap, sizeof(void *), 0)

int sysgate_printf_engine(struct sysgate_printf_sink *s, const char *fmt, va_list args) {
  int saved_errno = errno; /* %m's: a flush may change errno */
  va_list ap;
  va_copy(ap, args); /* a va_list of our own, for integer()'s pointer */
  const char *f = fmt;
  while (*f && !s->error) {
    if (*f != '%') {
      const char *lit = f;
      while (*f && *f != '%')
        f++;
      put(s, lit, (size_t)(f - lit), 0);
      continue;
    }
    f++;
    unsigned flags = 0;
    for (const char *flag; (flag = find(flag_chars, *f)) != 0; f++)
      flags |= 1u << (flag - flag_chars);
    int width = 0;
    if (*f == '*') {
      f++;
      width = star(&ap);
      if (width < 0) {
        if (width == -INT_MAX_ - 1) {
          s->error = EOVERFLOW;
          break;
        }
        flags |= F_MINUS;
        width = -width;
      }
    } else {
      width = decimal(s, &f);
    }
    int prec = -1;
    if (*f == '.') {
      f++;
      if (*f == '*') {
        f++;
        prec = star(&ap);
        if (prec < 0)
          prec = -1;
      } else {
        prec = decimal(s, &f);
      }
    }
    if (s->error)
      break;
    /* The length modifier, as glibc reads it (one at most; hh and ll count as one): the
     * integer's size in bytes; ll, L and q make it long long, and long double for floats;
     * wide for c and s is glibc's "long" bit (l, and any size above int's). */
    unsigned size = sizeof(int);
    int ll = 0, wide = 0;
    char m = *f++;
    if (m == 'h') {
      size = *f == 'h' ? (f++, 1) : 2;
    } else if (m == 'l') {
      wide = 1;
      size = *f == 'l' ? (f++, ll = 1, sizeof(long long)) : sizeof(long);
    } else if (m == 'L' || m == 'q') {
      ll = 1, size = sizeof(long long);
    } else if (m == 'j') {
      size = sizeof(intmax_t);
    } else if (m == 'z' || m == 'Z') {
      size = sizeof(size_t);
    } else if (m == 't') {
      size = sizeof(ptrdiff_t);
    } else {
      f--; /* no modifier */
    }
    wide |= size > sizeof(int);
    char conv = *f;
    if (!conv) { /* the format ends inside a conversion */
      s->error = EINVAL;
      break;
    }
    f++;

    if (find("fFeEgGaA", conv)) {
      /* long double for L, q and ll, and for j where intmax_t is wider than long (glibc) */
      int is_long = ll || size > sizeof(long);
      if (s->more && s->more->fp) {
        s->more->fp(s, &ap, is_long, conv, flags, width, prec);
        continue;
      }
      /* built without floating point (SYSGATE_PRINTF_NO_FLOAT): skip it, print the spec */
      if (is_long)
        (void)va_arg(ap, long double);
      else
        (void)va_arg(ap, double);
      unknown(s, flags, width, prec, conv);
      continue;
    }

    if (find("diouxXp", conv)) {
      char buf[3 * sizeof(uintmax_t)], *end = buf + sizeof buf;
      char prefix[3]; /* sign, or "0x"; or the sign and "0x" of %p */
      size_t plen = 0;
      unsigned base = conv == 'o' ? 8 : conv == 'd' || conv == 'i' || conv == 'u' ? 10 : 16;
      int is_signed = conv == 'd' || conv == 'i';
      uintmax_t v = integer(&ap, conv == 'p' ? sizeof(void *) : size, is_signed);
      if (conv == 'p' && !v) {
        text(s, "(nil)", 5, flags, width);
        continue;
      }
      if (is_signed && (intmax_t)v < 0) {
        prefix[plen++] = '-';
        v = 0 - v;
      } else if ((is_signed || conv == 'p') && (flags & (F_PLUS | F_SPACE))) {
        prefix[plen++] = flags & F_PLUS ? '+' : ' '; /* p takes them too, as glibc */
      }
      if (conv == 'p' || ((flags & F_ALT) && base == 16 && v)) {
        prefix[plen++] = '0';
        prefix[plen++] = conv == 'X' ? 'X' : 'x';
      }
      /* a precision cancels '0' (the one '#' may make for o below does not) */
      unsigned nflags = prec >= 0 ? flags & ~(unsigned)F_ZERO : flags;
      char *d = prec == 0 && v == 0 ? end : digits(end, v, base, conv == 'X');
      /* '#' with o: the precision grows until the first digit is a 0 */
      if ((flags & F_ALT) && base == 8 && (d == end || *d != '0') &&
          (prec < 0 || (size_t)prec <= (size_t)(end - d)))
        prec = (int)(end - d) + 1;
      number(s, prefix, plen, d, (size_t)(end - d), nflags, width, prec);
      continue;
    }

    const char *str;
    if (conv == 'c' || conv == 'C') {
      unsigned c = (unsigned)integer(&ap, sizeof(int), 0);
      char byte = (char)c;
      if ((conv == 'C' || wide) && narrow(s, c) < 0)
        break;
      text(s, &byte, 1, flags, width);
      continue;
    } else if (conv == 's' || conv == 'S') {
      str = POINTER_ARG(&ap);
      if (str && (conv == 'S' || wide)) {
        const __WCHAR_TYPE__ *ws = (const __WCHAR_TYPE__ *)(const void *)str;
        /* count first (the padding goes before), converting as far as prec allows */
        size_t n = 0;
        while (ws[n] && (prec < 0 || n < (size_t)prec) && narrow(s, (unsigned)ws[n]) >= 0)
          n++;
        if (s->error)
          break;
        if (!(flags & F_MINUS))
          pad(s, width, n);
        for (size_t i = 0; i < n; i++) {
          char c = (char)ws[i];
          put(s, &c, 1, 0);
        }
        if (flags & F_MINUS)
          pad(s, width, n);
        continue;
      }
      if (!str) /* glibc: "(null)" when it fits the precision, else nothing */
        str = prec < 0 || prec >= 6 ? "(null)" : "";
    } else if (conv == 'm' && s->more && s->more->strerror) { /* else the format has no m */
      str = s->more->strerror(saved_errno);
    } else if (conv == '%') {
      put(s, "%", 1, 0);
      continue;
    } else if (conv == 'n') {
      store_count(POINTER_ARG(&ap), size, (int)s->count);
      continue;
    } else {
      unknown(s, flags, width, prec, conv);
      continue;
    }
    size_t len = 0; /* strnlen's answer for a precision, strlen's without */
    while ((prec < 0 || len < (size_t)prec) && str[len])
      len++;
    text(s, str, len, flags, width);
  }
  va_end(ap);
  if (s->error) {
    errno = s->error;
    return -1;
  }
  return (int)s->count;
}
