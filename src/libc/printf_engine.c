/* The formatter behind printf(3), snprintf(3), dprintf(3), asprintf(3) and their v*
 * forms: flags, width, precision, length modifiers and the conversions d i u o x X c s
 * p % m; f F e E g G a A are printf_float.c's, C S lc ls n printf_extra.c's (hooks).
 *
 * Not obvious: every conversion ends in one field (prefix, zeros, body, padding), and a
 * conversion glibc does not know ("%y", "%hLd") is printed back as glibc rebuilds it
 * (docs/libc.md). Only a format that ends inside a conversion fails (EINVAL).
 */
#include <stdint.h>
#include <sysgate/errno.h>
#include <sysgate/string.h>

#include "printf_sink.h"

#define INT_MAX_ __INT_MAX__

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
    if (s->used == s->cap) {
      if (!s->flush)
        return; /* a bounded buffer keeps counting */
      if (s->flush(s)) {
        s->error = errno ? errno : EIO;
        return;
      }
    }
    size_t k = s->cap - s->used < n ? s->cap - s->used : n; /* whole pieces: a long %s is */
    if (p) /* copied at memcpy's speed, not a byte per turn */
      memcpy(s->buf + s->used, p, k), p += k;
    else
      memset(s->buf + s->used, fill, k);
    s->used += k;
    n -= k;
  }
}

#define put sysgate_printf_put

/* The position of c in set, or NULL; never a match for the NUL. */
static const char *find(const char *set, char c) {
  for (; *set; set++)
    if (*set == c)
      return set;
  return 0;
}

/* v's digits in base (8, 10 or 16) ending at end, hex letters from alpha ('a' or 'A');
 * returns the first. Values that fit a long divide in long: i386 then needs no 64-bit
 * division. */
__attribute__((noinline)) static char *digits(char *end, uintmax_t v, unsigned base, char alpha) {
  unsigned d;
  while (v > (unsigned long)-1) {
    d = (unsigned)(v % base);
    *--end = (char)(d < 10 ? '0' + d : alpha - 10 + d);
    v /= base;
  }
  unsigned long w = (unsigned long)v;
  do {
    d = (unsigned)(w % base);
    *--end = (char)(d < 10 ? '0' + d : alpha - 10 + d);
  } while ((w /= base) != 0);
  return end;
}

/* The next integer or pointer argument, of size bytes (1 for hh ... 8 for ll), sign-
 * or zero-extended; hh and h arguments come promoted to int. */
__attribute__((noinline)) static uintmax_t integer(va_list *ap, unsigned size, int is_signed) {
  uintmax_t v = size > sizeof(long)  ? va_arg(*ap, unsigned long long)
                : size > sizeof(int) ? va_arg(*ap, unsigned long)
                                     : va_arg(*ap, unsigned);
  unsigned drop = 8 * (unsigned)(sizeof v - size);
  v <<= drop;
  return is_signed ? (uintmax_t)((intmax_t)v >> drop) : v >> drop;
}

#define ARG_POINTER(ap) (const void *)(uintptr_t)integer(ap, sizeof(void *), 0)

/* The flag characters, in the order of their F_ bits (printf_sink.h): glibc's order for
 * printing a conversion back. */
static const char flag_chars[] = "#'+ -0I";

/* The length modifiers and what each makes (printf_sink.h's PRINTF_ bits): the size of
 * an integer, long double for floats, wide for c and s (glibc: l, or wider than int).
 * hh and ll are h and l doubled. */
#define WIDE_(n) ((n) > sizeof(int) ? PRINTF_WIDE : 0)
#define LD_(n) ((n) > sizeof(long) ? PRINTF_LD : 0)
static const char modifiers[] = "hlLqjzZt";
static const unsigned char modifier_size[] = {
    2,
    sizeof(long) | PRINTF_WIDE,
    8 | PRINTF_LD | PRINTF_WIDE,
    8 | PRINTF_LD | PRINTF_WIDE,
    sizeof(intmax_t) | WIDE_(sizeof(intmax_t)) | LD_(sizeof(intmax_t)),
    sizeof(size_t) | WIDE_(sizeof(size_t)),
    sizeof(size_t) | WIDE_(sizeof(size_t)),
    sizeof(ptrdiff_t) | WIDE_(sizeof(ptrdiff_t)),
};

/* The conversions by kind: integers (d i signed; o u base 8, 10; x X p 16), text, then
 * those of the hooks: wide text and %n (extra), floats (fp). */
static const char conversions[] = "diouxXpcs%mCSnfFeEgGaA";
enum { CONV_P = 6, CONV_C = 7, CONV_PERCENT = 9, CONV_M = 10, CONV_WIDE_C = 11, CONV_FLOAT = 14 };

int sysgate_printf_engine(struct sysgate_printf_sink *s, const char *fmt, va_list args) {
  int saved_errno = errno; /* %m's: a flush may change errno */
  va_list ap;
  va_copy(ap, args); /* a va_list of our own, for the helpers' pointer */
  const char *f = fmt;
  while (*f && !s->error) {
    /* the field: prefix (sign, 0x), zeros, body, padded to width ('-': after it) */
    char buf[32], *end = buf + sizeof buf, prefix[3];
    size_t plen = 0, zeros = 0, len;
    const char *body = f;
    unsigned flags = 0;
    int width = 0;
    if (*f != '%') {
      while (*f && *f != '%')
        f++;
      len = (size_t)(f - body);
      goto emit;
    }
    f++;
    for (const char *q; (q = find(flag_chars, *f)) != 0; f++)
      flags |= 1u << (q - flag_chars);
    /* the width, then the precision: '*' takes an int argument, digits are read (EOVERFLOW
     * past INT_MAX) */
    int prec = -1;
    for (int i = 0;; i++) {
      int v = 0;
      if (*f == '*') {
        f++;
        v = (int)integer(&ap, sizeof(int), 1);
      } else {
        for (; *f >= '0' && *f <= '9'; f++)
          if (__builtin_mul_overflow(v, 10, &v) || __builtin_add_overflow(v, *f - '0', &v)) {
            s->error = EOVERFLOW;
            break;
          }
      }
      if (i) {
        prec = v < 0 ? -1 : v;
        break;
      }
      width = v;
      if (*f != '.')
        break;
      f++;
    }
    if (width < 0) { /* from '*' */
      if (width == -INT_MAX_ - 1) {
        s->error = EOVERFLOW;
        break;
      }
      flags |= F_MINUS;
      width = -width;
    }
    flags &= ~((flags & (F_PLUS | F_MINUS)) << 1); /* '+' clears ' ', '-' clears '0' */
    if (s->error)
      break;
    unsigned size = sizeof(int);
    const char *q = find(modifiers, *f);
    if (q) {
      size = modifier_size[q - modifiers];
      if (f[1] == *f && q - modifiers < 2) /* hh, ll */
        f++, size = *f == 'h' ? 1 : 8 | PRINTF_LD | PRINTF_WIDE;
      f++;
    }
    char conv = *f;
    if (!conv) { /* the format ends inside a conversion */
      s->error = EINVAL;
      break;
    }
    f++;
    q = find(conversions, conv);
    int kind = q ? (int)(q - conversions) : -1;
    if ((kind == CONV_C || kind == CONV_C + 1) && (size & PRINTF_WIDE))
      kind += CONV_WIDE_C - CONV_C; /* lc ls are C S */
    if (kind >= CONV_WIDE_C) {
      sysgate_printf_hook *hook = 0;
      if (s->more)
        hook = kind >= CONV_FLOAT ? s->more->fp : s->more->extra;
      if (hook && !hook(s, &ap, size, conv, flags, width, prec))
        continue;
      kind = -1; /* without the hook, or as it asks: printed back */
    }
    if (kind == CONV_M) {
      if (!s->more || !s->more->strerror)
        kind = -1; /* the format has no m (printf_lean.h) */
      else
        body = s->more->strerror(saved_errno);
    }
    if (kind < 0) { /* printed back, as glibc's printf_unknown */
      *--end = conv;
      if (prec >= 0) {
        end = digits(end, (unsigned)prec, 10, 'a');
        *--end = '.';
      }
      if (width)
        end = digits(end, (unsigned)width, 10, 'a');
      for (unsigned i = sizeof flag_chars - 1; i--;)
        if (flags >> i & 1)
          *--end = flag_chars[i];
      *--end = '%';
      width = 0;
    } else if (kind < CONV_C) {
      int is_signed = kind < 2;
      unsigned base = (unsigned char)"\12\12\10\12\20\20\20"[kind];
      uintmax_t v = integer(&ap, kind == CONV_P ? sizeof(void *) : size & 15, is_signed);
      if (kind == CONV_P && !v) {
        body = "(nil)";
        len = 5;
        flags &= F_MINUS;
        goto emit;
      }
      if (is_signed && (intmax_t)v < 0) {
        prefix[plen++] = '-';
        v = 0 - v;
      } else if ((is_signed || kind == CONV_P) && (flags & (F_PLUS | F_SPACE))) {
        prefix[plen++] = flags & F_PLUS ? '+' : ' '; /* p takes them too, as glibc */
      }
      if (kind == CONV_P || ((flags & F_ALT) && base == 16 && v)) {
        prefix[plen++] = '0';
        prefix[plen++] = conv == 'X' ? 'X' : 'x';
      }
      if (prec >= 0) /* a precision cancels '0' (the one '#' makes for o does not) */
        flags &= ~(unsigned)F_ZERO;
      char *d = prec == 0 && v == 0 ? end : digits(end, v, base, conv == 'X' ? 'A' : 'a');
      len = (size_t)(end - d);
      /* '#' with o: the precision grows until the first digit is a 0 */
      if ((flags & F_ALT) && base == 8 && (!len || *d != '0') && (size_t)prec + 1 <= len + 1)
        prec = (int)len + 1;
      if ((size_t)prec + 1 > len + 1) /* prec > len, and not -1 */
        zeros = (size_t)prec - len;
      body = d;
      goto emit;
    } else {
      flags &= F_MINUS;
      if (kind == CONV_C) {
        *--end = (char)integer(&ap, sizeof(int), 0);
      } else if (kind == CONV_PERCENT) {
        *--end = '%';
        width = 0;
      } else {
        if (kind != CONV_M) {
          body = ARG_POINTER(&ap);
          if (!body) /* glibc: "(null)" when it fits the precision, else nothing */
            body = prec < 0 || prec >= 6 ? "(null)" : "";
        }
        for (len = 0; len < (size_t)prec && body[len]; len++) /* prec -1: no limit */
          ;
        goto emit;
      }
    }
    body = end;
    len = (size_t)(buf + sizeof buf - end);
  emit:;
    size_t total = plen + zeros + len;
    size_t room = (size_t)width > total ? (size_t)width - total : 0;
    if (flags & F_ZERO)
      zeros += room, room = 0;
    if (!(flags & F_MINUS))
      put(s, 0, room, ' ');
    put(s, prefix, plen, 0);
    put(s, 0, zeros, '0');
    put(s, body, len, 0);
    if (flags & F_MINUS)
      put(s, 0, room, ' ');
  }
  va_end(ap);
  if (s->error) {
    errno = s->error;
    return -1;
  }
  return (int)s->count;
}
