/* sysgate/printf.h: snprintf(3), vsnprintf(3), sprintf(3), vsprintf(3), dprintf(3),
 * vdprintf(3), asprintf(3), vasprintf(3): the entry points without FILE streams (printf,
 * fprintf and their v* forms are sysgate/stdio.h's, which includes this header).
 *
 * What the format takes: flags - + space # 0 ' I (' and I are accepted and change nothing: the C
 * locale has no grouping and its own digits), width and precision with * (a negative * width is '-'
 * and its size, a negative * precision is none), length modifiers hh h l ll L q j z Z t, and the
 * conversions d i u o x X c s p % m n, with C, S, %lc and %ls for wide characters in the C locale
 * (ASCII; anything else fails with EILSEQ). (the rest: docs/libc.md)
 *
 * Floating point: f F e E g G a A, of a double, or of a long double with L (or ll or q,
 * as glibc reads them), exactly as glibc prints them: correctly rounded (to nearest,
 * ties to even), inf/nan with their sign ("-nan"), %La in glibc's x87 form ("0x8p-3"
 * for 1.0L), invalid x87 encodings as nan. The ' flag groups nothing (C locale). Not
 * there: positional arguments ("%1$d"), printed back like an unknown conversion.
 *
 * Not obvious: every function returns the number of bytes the whole output has, even where it did
 * not fit (snprintf with a small size; size 0 writes nothing, and buf may then be NULL), or -1 with
 * errno: EOVERFLOW past INT_MAX bytes or for a width or precision above INT_MAX, EINVAL for a
 * format that ends inside a conversion, EILSEQ, or write(2)'s errno for dprintf. The functions with
 * a buffer always terminate it when they have room for one byte, even on failure.
 */
#ifndef SYSGATE_PRINTF_H
#define SYSGATE_PRINTF_H

#include "base.h"
#include <stdarg.h>
#include <stddef.h>

#define SG_PRINTF(fmt, args) __attribute__((__format__(__printf__, fmt, args)))

/* printf, fprintf, sprintf, snprintf, dprintf and asprintf are also macros choosing a lean
 * twin where a call cannot need floating point (this header names them in parentheses). */
#include "printf_lean.h"

/* At most size - 1 bytes of output and a NUL into buf. */
int(snprintf)(char *restrict buf, size_t size, const char *restrict format, ...) SG_SYMBOL(snprintf)
    SG_PRINTF(3, 4);
int vsnprintf(char *restrict buf, size_t size, const char *restrict format, va_list ap)
    SG_SYMBOL(vsnprintf) SG_PRINTF(3, 0);

/* The whole output and a NUL into buf, however long: the caller must know it fits. */
int(sprintf)(char *restrict buf, const char *restrict format, ...) SG_SYMBOL(sprintf)
    SG_PRINTF(2, 3);
int vsprintf(char *restrict buf, const char *restrict format, va_list ap) SG_SYMBOL(vsprintf)
    SG_PRINTF(2, 0);

/* To a descriptor, through a 512-byte buffer on the stack written out with write(2)
 * (short writes continued, EINTR retried); what was written before a failure stays. */
int(dprintf)(int fd, const char *restrict format, ...) SG_SYMBOL(dprintf) SG_PRINTF(2, 3);
int vdprintf(int fd, const char *restrict format, va_list ap) SG_SYMBOL(vdprintf) SG_PRINTF(2, 0);

/* Into a block from malloc, NUL-terminated, stored in *strp for the caller to free. On
 * failure (ENOMEM included) -1, and *strp is NULL (glibc leaves it undefined). */
int(asprintf)(char **restrict strp, const char *restrict format, ...) SG_SYMBOL(asprintf)
    SG_PRINTF(2, 3);
int vasprintf(char **restrict strp, const char *restrict format, va_list ap) SG_SYMBOL(vasprintf)
    SG_PRINTF(2, 0);

#endif
