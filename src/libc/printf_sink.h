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

/* A conversion done outside the engine: the next argument for conversion conv, with the
 * flags, width and precision (-1: none) read, size the length modifier's PRINTF_ bits.
 * Returns 0, or 1 to have the engine print the conversion back. */
typedef int sysgate_printf_hook(struct sysgate_printf_sink *s, va_list *ap, unsigned size,
                                char conv, unsigned flags, int width, int prec);

/* What a call may need beyond integers and strings: floating point, %m's messages, the
 * wide conversions and %n (extra), or any of them (printf_more.c); NULL for none. The
 * caller names the object (printf for all, sysgate/printf_lean.h's macros for what the call
 * needs), and only the object links them. */
struct sysgate_printf_more {
  sysgate_printf_hook *fp;
  char *(*strerror)(int errnum);
  sysgate_printf_hook *extra;
};
extern const struct sysgate_printf_more sysgate_printf_more, sysgate_printf_fp, sysgate_printf_m,
    sysgate_printf_x, sysgate_printf_fp_m, sysgate_printf_fp_x, sysgate_printf_m_x,
    sysgate_printf_fp_m_x, sysgate_printf_nofp, sysgate_printf_nofp_m, sysgate_printf_nofp_x,
    sysgate_printf_nofp_m_x;

/* Formats fmt with ap into sink. Returns the count of bytes produced, or -1 with errno
 * set (see sysgate/printf.h for when). Writes no NUL: the caller terminates. */
int sysgate_printf_engine(struct sysgate_printf_sink *sink, const char *fmt, va_list ap);

/* The engine's flags, which the hooks read too; in glibc's order for printing a conversion
 * back. '+' has cleared ' ', and '-' '0', when a hook sees them. */
enum {
  F_ALT = 1,    /* '#': 0x for x, a leading 0 for o, always a point for floats */
  F_GROUP = 2,  /* '\'': thousands grouping, which the C locale does not have */
  F_PLUS = 4,   /* '+': a sign on positive signed numbers */
  F_SPACE = 8,  /* ' ': a space there instead */
  F_MINUS = 16, /* '-': pad on the right */
  F_ZERO = 32,  /* '0': pad numbers with zeros */
  F_I18N = 64,  /* 'I': locale digits, the C locale's own */
};

/* What a length modifier makes, beside the size in bytes of an integer (the low 4 bits):
 * long double for floats (L q ll, and j where intmax_t is wider than long), wide for c
 * and s (l, and any size above int's). */
enum { PRINTF_LD = 16, PRINTF_WIDE = 32 };

/* Appends n bytes of p, or n copies of fill when p is NULL (printf_engine.c). */
void sysgate_printf_put(struct sysgate_printf_sink *s, const char *p, size_t n, char fill);

/* The hooks: f F e E g G a A of a double or (PRINTF_LD) long double (printf_float.c);
 * C S lc ls in the C locale and n (printf_extra.c). */
sysgate_printf_hook sysgate_printf_float, sysgate_printf_extra;

#endif
