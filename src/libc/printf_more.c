/* What a printf call may need beyond integers and strings (printf_sink.h): the full
 * entry points pass sysgate_printf_more, the macros of sysgate/printf_lean.h the least
 * object the call's arguments and format allow, or NULL.
 *
 * Not obvious: these objects are the only references to the float formatter and to
 * strerror from the printf family, so with --gc-sections a program links each only if
 * one of its calls could need it.
 */
#include <sysgate/string.h>

#include "printf_sink.h"

const struct sysgate_printf_more sysgate_printf_more = {sysgate_printf_float, strerror};
const struct sysgate_printf_more sysgate_printf_fp = {sysgate_printf_float, 0};
const struct sysgate_printf_more sysgate_printf_m = {0, strerror};
