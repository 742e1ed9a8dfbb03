/* The printf family's one formatter and the sink it writes to (printf_engine.c), shared by
 * the entry points: vsnprintf.c (buffers), printf_fd.c (descriptors), printf_alloc.c
 * (asprintf). Internal to the C library layer; the later FILE streams are one more sink.
 *
 * Not obvious: the sink counts every byte produced, written or not, so a bounded buffer
 * that is full just stops storing while the count goes on (snprintf's return value).
 */
#ifndef SYSGATE_SRC_LIBC_PRINTF_SINK_H
#define SYSGATE_SRC_LIBC_PRINTF_SINK_H

#include <stdarg.h>
#include <stddef.h>

struct sysgate_printf_sink {
  char *buf;   /* bytes go to buf[used], while used < cap */
  size_t cap;  /* room in buf (a bounded caller keeps one byte back for the NUL) */
  size_t used; /* bytes in buf */
  /* Called when buf is full: make room (write buf out, or grow it) and return 0, or
   * return -1 with errno set. NULL: the bytes past cap are dropped but counted. */
  int (*flush)(struct sysgate_printf_sink *sink);
  size_t count; /* bytes produced so far, never above INT_MAX */
  int error;    /* the errno the call fails with, 0 while all is well */
  int fd;       /* for the descriptor sink's flush */
  /* The conversions beyond integers and strings, or NULL in the lean entry points */
  const struct sysgate_printf_more *more;
};

/* What a call may need beyond integers and strings: floating point, %m's messages, or
 * both (printf_more.c); NULL for neither. The caller names the object (printf for both,
 * sysgate/printf_lean.h's macros for what the call needs), and only the object links them. */
struct sysgate_printf_more {
  void (*fp)(struct sysgate_printf_sink *s, va_list *ap, int is_long, char conv, unsigned flags,
             int width, int prec);
  char *(*strerror)(int errnum);
};
extern const struct sysgate_printf_more sysgate_printf_more, sysgate_printf_fp, sysgate_printf_m;

/* Formats fmt with ap into sink. Returns the count of bytes produced, or -1 with errno
 * set (see sysgate/printf.h for when). Writes no NUL: the caller terminates. */
int sysgate_printf_engine(struct sysgate_printf_sink *sink, const char *fmt, va_list ap);

/* The engine's flags, which the floating-point conversions read too. */
enum {
  F_MINUS = 1,  /* '-': pad on the right */
  F_PLUS = 2,   /* '+': a sign on positive signed numbers */
  F_SPACE = 4,  /* ' ': a space there instead */
  F_ALT = 8,    /* '#': 0x for x, a leading 0 for o, always a point for floats */
  F_ZERO = 16,  /* '0': pad numbers with zeros */
  F_GROUP = 32, /* '\'': thousands grouping, which the C locale does not have */
  F_I18N = 64,  /* 'I': locale digits, the C locale's own */
};

/* Appends n bytes of p, or n copies of fill when p is NULL (printf_engine.c). */
void sysgate_printf_put(struct sysgate_printf_sink *s, const char *p, size_t n, char fill);

/* Formats the next argument, a double (is_long 0) or long double, for conversion conv, one of
 * f F e E g G a A (printf_float.c). prec is -1 when the format has none. */
void sysgate_printf_float(struct sysgate_printf_sink *s, va_list *ap, int is_long, char conv,
                          unsigned flags, int width, int prec);

#endif
