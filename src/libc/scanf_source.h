/* The scanf family's one engine (scanf_engine.c) and the source it reads from:
 * a string (sscanf.c) or a FILE stream (fscanf.c). Internal to the C library layer.
 *
 * Not obvious: the engine never needs more than one byte of pushback: it reads one
 * byte past a field, and gives that one back (the C standard's one-character
 * lookahead, C11 7.21.6.2p9, which is why "1e+" read by %f leaves nothing behind).
 */
#ifndef SYSGATE_SRC_LIBC_SCANF_SOURCE_H
#define SYSGATE_SRC_LIBC_SCANF_SOURCE_H

#include <stdarg.h>
#include <stddef.h>

struct sysgate_scanf_source {
  int (*get)(struct sysgate_scanf_source *src);           /* the next byte, or -1 */
  void (*unget)(struct sysgate_scanf_source *src, int c); /* c: the byte get gave */
  void *state;                                            /* the string or the stream */
  size_t count;                                           /* bytes consumed, for %n */
};

/* Reads per fmt from src, storing through ap's pointers; returns the number of
 * assignments made, or -1 (EOF) when input ended before the first one (C11
 * 7.21.6.2p16). */
int sysgate_scanf_engine(struct sysgate_scanf_source *src, const char *fmt, va_list ap);

/* One byte from the source, counted, and its return. */
int sysgate_scanf_get(struct sysgate_scanf_source *src);
void sysgate_scanf_unget(struct sysgate_scanf_source *src, int c);

/* The floating conversions (scanf_float.c): reads a number of at most width bytes
 * (width < 0: no limit) and, unless dest is NULL, stores it as a float, double
 * (size 'l') or long double (size 'L'). 1 on success, 0 on a matching failure, -1
 * on an input failure (nothing to read). */
int sysgate_scanf_float(struct sysgate_scanf_source *src, int width, char size, void *dest);

#endif
