/* sysgate/scanf.h: sscanf(3), vsscanf(3), fscanf(3), vfscanf(3), scanf(3), vscanf(3),
 * from the C library layer (src/libc/sscanf.c and fscanf.c over scanf_engine.c);
 * sysgate/stdio.h includes it.
 *
 * Not obvious: what is read: d i u o x X p c s [ n % with '*', widths and the length
 * modifiers hh h l ll j z t L q; e f g a (and capitals) through strtod
 * (src/libc/scanf_float.c). Not read: wide characters (%lc %ls %l[),
 * positional arguments (%1$d), glibc's 'm' allocation and the ' grouping flag: the
 * scan stops there, as at a matching failure.
 */
#ifndef SYSGATE_SCANF_H
#define SYSGATE_SCANF_H

#include <stdarg.h>

#include "base.h"

int sscanf(const char *restrict s, const char *restrict fmt, ...) SG_SYMBOL(sscanf)
    __attribute__((format(scanf, 2, 3)));
int vsscanf(const char *restrict s, const char *restrict fmt, va_list ap) SG_SYMBOL(vsscanf)
    __attribute__((format(scanf, 2, 0)));

/* The same from a stream (src/libc/fscanf.c, which comes with the FILE streams),
 * stdin for scanf and vscanf. */
typedef struct sysgate_file FILE; /* as sysgate/stdio.h has it */
int fscanf(FILE *restrict stream, const char *restrict fmt, ...) SG_SYMBOL(fscanf)
    __attribute__((format(scanf, 2, 3)));
int vfscanf(FILE *restrict stream, const char *restrict fmt, va_list ap) SG_SYMBOL(vfscanf)
    __attribute__((format(scanf, 2, 0)));
int scanf(const char *restrict fmt, ...) SG_SYMBOL(scanf) __attribute__((format(scanf, 1, 2)));
int vscanf(const char *restrict fmt, va_list ap) SG_SYMBOL(vscanf)
    __attribute__((format(scanf, 1, 0)));

#endif
