/* What a printf call may need beyond integers and strings (printf_sink.h): the full
 * entry points pass sysgate_printf_more, the macros of sysgate/printf_lean.h the least
 * object the call's format allows (fp: floats, m: strerror, x: the extra conversions;
 * nofp: -DSYSGATE_PRINTF_NO_FLOAT's float skipped and printed back), or NULL.
 *
 * Not obvious: these objects are the only references to the float formatter, to strerror
 * and to the extra conversions from the printf family, so with --gc-sections a program
 * links each only if one of its calls could need it.
 */
#include <sysgate/string.h>

#include "printf_sink.h"

/* A float conversion where floats are left out: its argument skipped, its spec printed
 * back by the engine. */
static int skip_float(struct sysgate_printf_sink *s, va_list *ap, unsigned size, char conv,
                      unsigned flags, int width, int prec) {
  (void)s, (void)conv, (void)flags, (void)width, (void)prec;
  if (size & PRINTF_LD)
    (void)va_arg(*ap, long double);
  else
    (void)va_arg(*ap, double);
  return 1;
}

#define FP sysgate_printf_float
#define X sysgate_printf_extra
const struct sysgate_printf_more sysgate_printf_more = {FP, strerror, X};
extern const struct sysgate_printf_more sysgate_printf_fp_m_x
    __attribute__((alias("sysgate_printf_more"))); /* the macros' name for it */
const struct sysgate_printf_more sysgate_printf_fp = {FP, 0, 0};
const struct sysgate_printf_more sysgate_printf_m = {0, strerror, 0};
const struct sysgate_printf_more sysgate_printf_x = {0, 0, X};
const struct sysgate_printf_more sysgate_printf_fp_m = {FP, strerror, 0};
const struct sysgate_printf_more sysgate_printf_fp_x = {FP, 0, X};
const struct sysgate_printf_more sysgate_printf_m_x = {0, strerror, X};
const struct sysgate_printf_more sysgate_printf_nofp = {skip_float, 0, 0};
const struct sysgate_printf_more sysgate_printf_nofp_m = {skip_float, strerror, 0};
const struct sysgate_printf_more sysgate_printf_nofp_x = {skip_float, 0, X};
const struct sysgate_printf_more sysgate_printf_nofp_m_x = {skip_float, strerror, X};
