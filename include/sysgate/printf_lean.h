/* sysgate/printf_lean.h (included by printf.h): printf, fprintf, sprintf, snprintf, dprintf
 * and asprintf as macros that hand the formatter what each call may need beyond integers and
 * strings (README, "The C library layer"); calls through a pointer get the full functions.
 *
 * Not obvious: strerror, for %m, is left out when the format is a literal without the letter
 * m (gcc and clang fold strchr on it); floating point always comes, unless
 * -DSYSGATE_PRINTF_NO_FLOAT: types cannot decide it in a macro (a compound literal's comma).
 */
#ifndef SYSGATE_PRINTF_LEAN_H
#define SYSGATE_PRINTF_LEAN_H

#include "base.h"
#include <stdarg.h>
#include <stddef.h>

/* Floating point and %m (sysgate_printf_more), only floating point, only %m. */
struct sysgate_printf_more;
extern const struct sysgate_printf_more sysgate_printf_more, sysgate_printf_fp, sysgate_printf_m;

/* The entry points with what the call needs beyond integers and strings (NULL: nothing). */
struct sysgate_file;
typedef const struct sysgate_printf_more *sysgate_printf_needs;
int sysgate_printf_with(sysgate_printf_needs more, const char *restrict format, ...)
    SG_PRINTF(2, 3);
int sysgate_fprintf_with(sysgate_printf_needs more, struct sysgate_file *restrict stream,
                         const char *restrict format, ...) SG_PRINTF(3, 4);
int sysgate_sprintf_with(sysgate_printf_needs more, char *restrict buf, const char *restrict format,
                         ...) SG_PRINTF(3, 4);
int sysgate_vsnprintf_with(sysgate_printf_needs more, char *restrict buf, size_t size,
                           const char *restrict format, va_list ap) SG_PRINTF(4, 0);
int sysgate_snprintf_with(sysgate_printf_needs more, char *restrict buf, size_t size,
                          const char *restrict format, ...) SG_PRINTF(4, 5);
int sysgate_dprintf_with(sysgate_printf_needs more, int fd, const char *restrict format, ...)
    SG_PRINTF(3, 4);
int sysgate_asprintf_with(sysgate_printf_needs more, char **restrict strp,
                          const char *restrict format, ...) SG_PRINTF(3, 4);

#if !defined(SYSGATE_PREFIX_NAMES) && !defined(SYSGATE_PRINTF_FULL)

/* 0 when the format (the first of the arguments) is a literal without the letter m */
#define SG_MAYBE_M_(f, ...)                                                                        \
  (!(__builtin_constant_p(__builtin_strchr(f, 'm') == 0) && __builtin_strchr(f, 'm') == 0))

/* What a call with (format, arguments...) needs */
#ifdef SYSGATE_PRINTF_NO_FLOAT
#define SG_PRINTF_NEEDS(...) (SG_MAYBE_M_(__VA_ARGS__, ) ? &sysgate_printf_m : 0)
#else
#define SG_PRINTF_NEEDS(...)                                                                       \
  (SG_MAYBE_M_(__VA_ARGS__, ) ? &sysgate_printf_more : &sysgate_printf_fp)
#endif

#define printf(...) sysgate_printf_with(SG_PRINTF_NEEDS(__VA_ARGS__), __VA_ARGS__)
#define fprintf(f, ...) sysgate_fprintf_with(SG_PRINTF_NEEDS(__VA_ARGS__), f, __VA_ARGS__)
#define sprintf(b, ...) sysgate_sprintf_with(SG_PRINTF_NEEDS(__VA_ARGS__), b, __VA_ARGS__)
#define snprintf(b, n, ...) sysgate_snprintf_with(SG_PRINTF_NEEDS(__VA_ARGS__), b, n, __VA_ARGS__)
#define dprintf(fd, ...) sysgate_dprintf_with(SG_PRINTF_NEEDS(__VA_ARGS__), fd, __VA_ARGS__)
#define asprintf(p, ...) sysgate_asprintf_with(SG_PRINTF_NEEDS(__VA_ARGS__), p, __VA_ARGS__)

#endif
#endif
