/* <err.h>: err, errx, warn, warnx and their v* forms (sysgate/err.h).
 *
 * Not obvious: the program name they print is program_invocation_short_name, the
 * last component of argv[0], as glibc's __progname.
 */
#ifndef SYSGATE_POSIX_ERR_H
#define SYSGATE_POSIX_ERR_H

#include <stdarg.h>
#include <sysgate/err.h>

#endif
