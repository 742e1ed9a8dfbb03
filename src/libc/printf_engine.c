/* The formatter behind printf(3), snprintf(3), dprintf(3), asprintf(3) and their v*
 * forms: flags, width, precision, length modifiers and the conversions d i u o x X c s
 * p % m n (and C S lc ls); the floating-point ones f F e E g G a A are printf_float.c's.
 *
 * Not obvious: a conversion glibc does not know ("%y", "%hLd", "%.-3d") is not an error
 * there: glibc prints it back, rebuilt from what it parsed ('%', the flags in the fixed
 * order # ' + or space, - 0 I, the width, ".precision", the conversion byte; stdio-common
 * printf_unknown), and the format goes on after that byte. Only a format that ends inside
 * a conversion fails (EINVAL). This file does the same, and so prints "%hLd" as "%Ld".
 * %n is supported as C11 7.21.6.1 and glibc have it: the format string is the program's,
 * and refusing it would break programs that measure columns with it.
 */
#include <stdint.h>
#include <sysgate/errno.h>
#include <sysgate/string.h>

#include "printf_sink.h"

#define INT_MAX_ __INT_MAX__

/* Length modifiers, as glibc reads them: one at most (hh and ll count as one). */
enum { L_NONE, L_HH, L_H, L_L, L_LL, L_BIG_L, L_J, L_Z, L_T };

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

/* v's digits in base (8, 10 or 16) ending at end, upper-case hex when upper; returns
 * the first. Values that fit a long divide in long: i386 then needs no 64-bit division. */
static char *digits(char *end, uintmax_t v, unsigned base, int upper) {
  const char *set = upper ? "0123456789ABCDEF" : "0123456789abcdef";
  if (base != 10) {
    unsigned shift = base == 8 ? 3 : 4;
    do
      *--end = set[v & (base - 1)];
    while ((v >>= shift) != 0);
    return end;
  }
  while (v > (unsigned long)-1) {
    *--end = (char)('0' + v % 10);
    v /= 10;
  }
  unsigned long w = (unsigned long)v;
  do
    *--end = (char)('0' + w % 10);
  while ((w /= 10) != 0);
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
  if (!(flags & F_MINUS))
    pad(s, width, len);
  put(s, p, len, 0);
  if (flags & F_MINUS)
    pad(s, width, len);
}

/* A conversion this formatter does not do, printed back as glibc's printf_unknown does. */
static void unknown(struct sysgate_printf_sink *s, unsigned flags, int width, int prec, char conv) {
  char b[40], *p = b;
  *p++ = '%';
  if (flags & F_ALT)
    *p++ = '#';
  if (flags & F_GROUP)
    *p++ = '\'';
  if (flags & F_PLUS)
    *p++ = '+';
  else if (flags & F_SPACE)
    *p++ = ' ';
  if (flags & F_MINUS)
    *p++ = '-';
  if ((flags & (F_ZERO | F_MINUS)) == F_ZERO) /* '-' cancels '0', there too */
    *p++ = '0';
  if (flags & F_I18N)
    *p++ = 'I';
  char num[12], *end = num + sizeof num, *d;
  if (width) {
    d = digits(end, (unsigned)width, 10, 0);
    memcpy(p, d, (size_t)(end - d));
    p += end - d;
  }
  if (prec >= 0) {
    *p++ = '.';
    d = digits(end, (unsigned)prec, 10, 0);
    memcpy(p, d, (size_t)(end - d));
    p += end - d;
  }
  *p++ = conv;
  put(s, b, (size_t)(p - b), 0);
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

/* Whether c and s take wide characters: glibc's "long" bit, set by l, ll, L and q, and
 * by j, z and t when their type is wider than int (z and t on x86_64, not on i386). */
static int wide(int len) {
  return len == L_L || len == L_LL || len == L_BIG_L || len == L_J ||
         (sizeof(size_t) > sizeof(int) && (len == L_Z || len == L_T));
}

int sysgate_printf_engine(struct sysgate_printf_sink *s, const char *fmt, va_list ap) {
  int saved_errno = errno; /* %m's: a flush may change errno */
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
    for (;; f++) {
      unsigned bit = *f == '-'    ? F_MINUS
                     : *f == '+'  ? F_PLUS
                     : *f == ' '  ? F_SPACE
                     : *f == '#'  ? F_ALT
                     : *f == '0'  ? F_ZERO
                     : *f == '\'' ? F_GROUP
                     : *f == 'I'  ? F_I18N
                                  : 0;
      if (!bit)
        break;
      flags |= bit;
    }
    int width = 0;
    if (*f == '*') {
      f++;
      width = va_arg(ap, int);
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
        prec = va_arg(ap, int);
        if (prec < 0)
          prec = -1;
      } else {
        prec = decimal(s, &f);
      }
    }
    if (s->error)
      break;
    int len = L_NONE;
    switch (*f) {
    case 'h':
      len = *++f == 'h' ? (f++, L_HH) : L_H;
      break;
    case 'l':
      len = *++f == 'l' ? (f++, L_LL) : L_L;
      break;
    case 'L':
    case 'q':
      len = L_BIG_L, f++;
      break;
    case 'j':
      len = L_J, f++;
      break;
    case 'z':
    case 'Z':
      len = L_Z, f++;
      break;
    case 't':
      len = L_T, f++;
      break;
    }
    char conv = *f;
    if (!conv) { /* the format ends inside a conversion */
      s->error = EINVAL;
      break;
    }
    f++;

    char buf[3 * sizeof(uintmax_t) + 1], *end = buf + sizeof buf;
    unsigned nflags = prec >= 0 ? flags & ~(unsigned)F_ZERO : flags; /* a number's flags */
    uintmax_t v;
    const char *str;
    size_t slen;
    switch (conv) {
    case 'd':
    case 'i': {
      intmax_t sv;
      switch (len) {
      case L_HH:
        sv = (signed char)va_arg(ap, int);
        break;
      case L_H:
        sv = (short)va_arg(ap, int);
        break;
      case L_L:
        sv = va_arg(ap, long);
        break;
      case L_LL:
      case L_BIG_L:
        sv = va_arg(ap, long long);
        break;
      case L_J:
        sv = va_arg(ap, intmax_t);
        break;
      case L_Z: /* size_t's signed twin is long on both arches */
        sv = (long)va_arg(ap, size_t);
        break;
      case L_T:
        sv = va_arg(ap, ptrdiff_t);
        break;
      default:
        sv = va_arg(ap, int);
      }
      char sign = sv < 0 ? '-' : flags & F_PLUS ? '+' : flags & F_SPACE ? ' ' : 0;
      v = sv < 0 ? 0 - (uintmax_t)sv : (uintmax_t)sv;
      char *d = prec == 0 && v == 0 ? end : digits(end, v, 10, 0);
      number(s, &sign, sign ? 1 : 0, d, (size_t)(end - d), nflags, width, prec);
      break;
    }
    case 'u':
    case 'o':
    case 'x':
    case 'X': {
      switch (len) {
      case L_HH:
        v = (unsigned char)va_arg(ap, unsigned);
        break;
      case L_H:
        v = (unsigned short)va_arg(ap, unsigned);
        break;
      case L_L:
        v = va_arg(ap, unsigned long);
        break;
      case L_LL:
      case L_BIG_L:
        v = va_arg(ap, unsigned long long);
        break;
      case L_J:
        v = va_arg(ap, uintmax_t);
        break;
      case L_Z:
        v = va_arg(ap, size_t);
        break;
      case L_T:
        v = (size_t)va_arg(ap, ptrdiff_t);
        break;
      default:
        v = va_arg(ap, unsigned);
      }
      unsigned base = conv == 'u' ? 10 : conv == 'o' ? 8 : 16;
      char *d = prec == 0 && v == 0 ? end : digits(end, v, base, conv == 'X');
      size_t dlen = (size_t)(end - d);
      const char *prefix = conv == 'X' ? "0X" : "0x";
      size_t plen = 0;
      if (flags & F_ALT) {
        if (base == 16 && v)
          plen = 2;
        /* '#' with o: the precision grows until the first digit is a 0 */
        if (base == 8 && (dlen == 0 || *d != '0') && (prec < 0 || (size_t)prec <= dlen))
          prec = (int)dlen + 1;
      }
      number(s, prefix, plen, d, dlen, nflags, width, prec);
      break;
    }
    case 'p': {
      void *ptr = va_arg(ap, void *);
      if (!ptr) {
        text(s, "(nil)", 5, flags, width);
        break;
      }
      /* 0x and the hex digits, with the signed conversions' '+' and ' ' (as glibc) */
      char pre[3], *pp = pre;
      if (flags & (F_PLUS | F_SPACE))
        *pp++ = flags & F_PLUS ? '+' : ' ';
      *pp++ = '0';
      *pp++ = 'x';
      char *d = digits(end, (uintptr_t)ptr, 16, 0);
      number(s, pre, (size_t)(pp - pre), d, (size_t)(end - d), nflags, width, prec);
      break;
    }
    case 'c':
    case 'C': {
      int c;
      if (conv == 'C' || wide(len)) {
        if ((c = narrow(s, va_arg(ap, unsigned))) < 0)
          break;
      } else {
        c = (unsigned char)va_arg(ap, int);
      }
      buf[0] = (char)c;
      text(s, buf, 1, flags, width);
      break;
    }
    case 's':
    case 'S':
      if (conv == 'S' || wide(len)) {
        const __WCHAR_TYPE__ *ws = va_arg(ap, const __WCHAR_TYPE__ *);
        if (ws) {
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
          break;
        }
        str = 0;
      } else {
        str = va_arg(ap, const char *);
      }
      if (!str) /* glibc: "(null)" when it fits the precision, else nothing */
        str = prec < 0 || prec >= 6 ? "(null)" : "";
      goto string;
    case 'm':
      str = strerror(saved_errno);
    string:
      slen = prec >= 0 ? strnlen(str, (size_t)prec) : strlen(str);
      text(s, str, slen, flags, width);
      break;
    case '%':
      put(s, "%", 1, 0);
      break;
    case 'n': {
      void *at = va_arg(ap, void *);
      int n = (int)s->count;
      switch (len) {
      case L_HH:
        *(signed char *)at = (signed char)n;
        break;
      case L_H:
        *(short *)at = (short)n;
        break;
      case L_L:
        *(long *)at = n;
        break;
      case L_LL:
      case L_BIG_L:
        *(long long *)at = n;
        break;
      case L_J:
        *(intmax_t *)at = n;
        break;
      case L_Z:
        *(long *)at = n;
        break;
      case L_T:
        *(ptrdiff_t *)at = n;
        break;
      default:
        *(int *)at = n;
      }
      break;
    }
    case 'f':
    case 'F':
    case 'e':
    case 'E':
    case 'g':
    case 'G':
    case 'a':
    case 'A':
      /* glibc reads a long double for ll as for L */
      if (len == L_BIG_L || len == L_LL) {
        long double x = va_arg(ap, long double);
        sysgate_printf_float(s, &x, 1, conv, flags, width, prec);
      } else {
        double x = va_arg(ap, double);
        sysgate_printf_float(s, &x, 0, conv, flags, width, prec);
      }
      break;
    default:
      unknown(s, flags, width, prec, conv);
    }
  }
  if (s->error) {
    errno = s->error;
    return -1;
  }
  return (int)s->count;
}
