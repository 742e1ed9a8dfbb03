/* sysgate/printf_lean.h (included by printf.h): printf, fprintf, sprintf, snprintf, dprintf
 * and asprintf as macros that hand the formatter what each call may need beyond integers and
 * strings (README, "The C library layer"); calls through a pointer get the full functions.
 *
 * Not obvious: what a call needs is read from its format when that is a string literal, which
 * gcc and clang fold at every -O: after the first '%', an m brings strerror, any of
 * f F e E g G a A the float formatter, n, C, S or a wide-making modifier with c or s the extra
 * conversions; any other format brings all three (the rest: docs/libc.md).
 */
#ifndef SYSGATE_PRINTF_LEAN_H
#define SYSGATE_PRINTF_LEAN_H

#include "base.h"
#include <stdarg.h>
#include <stddef.h>

/* What a call needs beyond integers and strings: everything (sysgate_printf_more), or some of
 * floating point (fp, or nofp: skipped), %m (m), and the wide conversions and %n (x). */
struct sysgate_printf_more;
extern const struct sysgate_printf_more sysgate_printf_more, sysgate_printf_fp, sysgate_printf_m,
    sysgate_printf_x, sysgate_printf_fp_m, sysgate_printf_fp_x, sysgate_printf_fp_m_x,
    sysgate_printf_m_x, sysgate_printf_nofp, sysgate_printf_nofp_m, sysgate_printf_nofp_x,
    sysgate_printf_nofp_m_x;

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

/* The format (the first of the arguments) from its first '%' on when it is a literal ("" when
 * it has none), so that the letters of the text before a conversion do not count */
#define SG_CONVERSIONS_(f, ...) (__builtin_strchr(f, '%') ? __builtin_strchr(f, '%') : "")
/* 1 when f is a literal without the letter c */
#define SG_LACKS_(f, c)                                                                            \
  (__builtin_constant_p(__builtin_strchr(f, c) == 0) && __builtin_strchr(f, c) == 0)
/* 0 when the conversions of a literal format have no letter m */
#define SG_MAYBE_M_(f) (!SG_LACKS_(f, 'm'))
/* 0 when the conversions of a literal format have none of the letters of f F e E g G a A */
#define SG_MAYBE_FP_(f)                                                                            \
  (!(SG_LACKS_(f, 'f') && SG_LACKS_(f, 'F') && SG_LACKS_(f, 'e') && SG_LACKS_(f, 'E') &&           \
     SG_LACKS_(f, 'g') && SG_LACKS_(f, 'G') && SG_LACKS_(f, 'a') && SG_LACKS_(f, 'A')))

/* 0 when the conversions of a literal format have no n, C or S, and no c or s with a length
 * modifier that may make them wide (l L q j z Z t) */
#define SG_MAYBE_X_(f)                                                                             \
  (!(SG_LACKS_(f, 'n') && SG_LACKS_(f, 'C') && SG_LACKS_(f, 'S') &&                                \
     ((SG_LACKS_(f, 'c') && SG_LACKS_(f, 's')) ||                                                  \
      (SG_LACKS_(f, 'l') && SG_LACKS_(f, 'L') && SG_LACKS_(f, 'q') && SG_LACKS_(f, 'j') &&         \
       SG_LACKS_(f, 'z') && SG_LACKS_(f, 'Z') && SG_LACKS_(f, 't')))))

/* What a call with (format, arguments...) needs: with -DSYSGATE_PRINTF_NO_FLOAT, the objects
 * that skip a float argument and print its conversion back instead of formatting it */
#ifdef SYSGATE_PRINTF_NO_FLOAT
#define SG_FP_(name) &sysgate_printf_nofp##name
#else
#define SG_FP_(name) &sysgate_printf_fp##name
#endif
#define SG_PRINTF_NEEDS(...) SG_PRINTF_NEEDS_(SG_CONVERSIONS_(__VA_ARGS__, ))
#define SG_PRINTF_NEEDS_(c)                                                                        \
  (SG_MAYBE_FP_(c)  ? SG_MAYBE_M_(c)   ? SG_MAYBE_X_(c) ? SG_FP_(_m_x) : SG_FP_(_m)                \
                        : SG_MAYBE_X_(c) ? SG_FP_(_x)                                              \
                                       : SG_FP_()                                                  \
    : SG_MAYBE_M_(c) ? SG_MAYBE_X_(c) ? &sysgate_printf_m_x : &sysgate_printf_m                    \
   : SG_MAYBE_X_(c) ? &sysgate_printf_x                                                            \
                    : 0)

#define printf(...) sysgate_printf_with(SG_PRINTF_NEEDS(__VA_ARGS__), __VA_ARGS__)
#define fprintf(f, ...) sysgate_fprintf_with(SG_PRINTF_NEEDS(__VA_ARGS__), f, __VA_ARGS__)
#define sprintf(b, ...) sysgate_sprintf_with(SG_PRINTF_NEEDS(__VA_ARGS__), b, __VA_ARGS__)
#define snprintf(b, n, ...) sysgate_snprintf_with(SG_PRINTF_NEEDS(__VA_ARGS__), b, n, __VA_ARGS__)
#define dprintf(fd, ...) sysgate_dprintf_with(SG_PRINTF_NEEDS(__VA_ARGS__), fd, __VA_ARGS__)
#define asprintf(p, ...) sysgate_asprintf_with(SG_PRINTF_NEEDS(__VA_ARGS__), p, __VA_ARGS__)

#endif
#endif
