/* sysgate/err.h: err(3), errx, warn, warnx, verr, verrx, vwarn, vwarnx, and the
 * program's names program_invocation_name(3) and program_invocation_short_name.
 *
 * Not obvious: the messages go straight to descriptor 2, as "name: message: error\n"
 * (the *x forms without ": error"), with program_invocation_short_name as the name.
 * Both names are set from argv[0] before any constructor runs, by a .preinit_array
 * entry that only a program that links them carries (src/libc/progname.c).
 */
#ifndef SYSGATE_ERR_H
#define SYSGATE_ERR_H

#include "base.h"
#include <stdarg.h>

#define SG_ERR_PRINTF(f, a) __attribute__((format(printf, f, a)))

/* argv[0], and what follows its last '/'. */
extern char *program_invocation_name SG_SYMBOL(program_invocation_name);
extern char *program_invocation_short_name SG_SYMBOL(program_invocation_short_name);

void warn(const char *format, ...) SG_SYMBOL(warn) SG_ERR_PRINTF(1, 2);
void vwarn(const char *format, va_list ap) SG_SYMBOL(vwarn) SG_ERR_PRINTF(1, 0);
void warnx(const char *format, ...) SG_SYMBOL(warnx) SG_ERR_PRINTF(1, 2);
void vwarnx(const char *format, va_list ap) SG_SYMBOL(vwarnx) SG_ERR_PRINTF(1, 0);
/* The warn forms, then exit(status). */
_Noreturn void err(int status, const char *format, ...) SG_SYMBOL(err) SG_ERR_PRINTF(2, 3);
_Noreturn void verr(int status, const char *format, va_list ap) SG_SYMBOL(verr) SG_ERR_PRINTF(2, 0);
_Noreturn void errx(int status, const char *format, ...) SG_SYMBOL(errx) SG_ERR_PRINTF(2, 3);
_Noreturn void verrx(int status, const char *format, va_list ap) SG_SYMBOL(verrx)
    SG_ERR_PRINTF(2, 0);

#endif
