/* sysgate/printf_lean.h (included by printf.h): printf, fprintf, sprintf, snprintf, dprintf
 * and asprintf as macros that link floating point and strerror only where a call may need them.
 *
 * Not obvious: the choice is made at compile time, per call, by naming the least object of
 * what the call may need (src/libc/printf_more.c): floating point when an argument (of the
 * first 16) has a floating type, by _Generic, or there are more; strerror for %m unless the
 * format is a literal without the letter m, by the compiler folding strchr (gcc and clang
 * do, at every -O). A call through a pointer, (printf)(...) or after #undef printf gets the
 * full function; so does everything with -DSYSGATE_PRINTF_FULL. glibc's <stdio.h> makes
 * printf a macro too, under _FORTIFY_SOURCE with clang.
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

/* 1 when an argument of (format, arguments...) has a floating type or is past the 16th:
 * then a17 is not the SG_NO_ARG_ pad. */
struct sysgate_no_arg;
#define SG_NO_ARG_ ((struct sysgate_no_arg *)0)
#define SG_FP_(x) _Generic((x), float : 1, double : 1, long double : 1, default : 0)
#define SG_FP_ARGS_(a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17,    \
                    ...)                                                                           \
  (SG_FP_(a1) | SG_FP_(a2) | SG_FP_(a3) | SG_FP_(a4) | SG_FP_(a5) | SG_FP_(a6) | SG_FP_(a7) |      \
   SG_FP_(a8) | SG_FP_(a9) | SG_FP_(a10) | SG_FP_(a11) | SG_FP_(a12) | SG_FP_(a13) | SG_FP_(a14) | \
   SG_FP_(a15) | SG_FP_(a16) | !_Generic((a17), struct sysgate_no_arg * : 1, default : 0))
#define SG_FP_ARGS(...)                                                                            \
  SG_FP_ARGS_(__VA_ARGS__, SG_NO_ARG_, SG_NO_ARG_, SG_NO_ARG_, SG_NO_ARG_, SG_NO_ARG_, SG_NO_ARG_, \
              SG_NO_ARG_, SG_NO_ARG_, SG_NO_ARG_, SG_NO_ARG_, SG_NO_ARG_, SG_NO_ARG_, SG_NO_ARG_,  \
              SG_NO_ARG_, SG_NO_ARG_, SG_NO_ARG_, SG_NO_ARG_)
/* 1 unless the format is a literal without the letter m */
#define SG_MAYBE_M_(f, ...)                                                                        \
  (!(__builtin_constant_p(__builtin_strchr(f, 'm') == 0) && __builtin_strchr(f, 'm') == 0))

/* What a call with (format, arguments...) needs */
#define SG_PRINTF_NEEDS(...)                                                                       \
  (SG_FP_ARGS(__VA_ARGS__)                                                                         \
       ? (SG_MAYBE_M_(__VA_ARGS__, ) ? &sysgate_printf_more : &sysgate_printf_fp)                  \
       : (SG_MAYBE_M_(__VA_ARGS__, ) ? &sysgate_printf_m : 0))

#define printf(...) sysgate_printf_with(SG_PRINTF_NEEDS(__VA_ARGS__), __VA_ARGS__)
#define fprintf(f, ...) sysgate_fprintf_with(SG_PRINTF_NEEDS(__VA_ARGS__), f, __VA_ARGS__)
#define sprintf(b, ...) sysgate_sprintf_with(SG_PRINTF_NEEDS(__VA_ARGS__), b, __VA_ARGS__)
#define snprintf(b, n, ...) sysgate_snprintf_with(SG_PRINTF_NEEDS(__VA_ARGS__), b, n, __VA_ARGS__)
#define dprintf(fd, ...) sysgate_dprintf_with(SG_PRINTF_NEEDS(__VA_ARGS__), fd, __VA_ARGS__)
#define asprintf(p, ...) sysgate_asprintf_with(SG_PRINTF_NEEDS(__VA_ARGS__), p, __VA_ARGS__)

#endif
#endif
