/* <libgen.h>: basename and dirname, the POSIX ones (sysgate/libgen.h).
 *
 * Not obvious: as in glibc, including it makes basename a macro for __xpg_basename,
 * which may write into its argument; <string.h>'s GNU basename is then hidden.
 */
#ifndef SYSGATE_POSIX_LIBGEN_H
#define SYSGATE_POSIX_LIBGEN_H

#include <sysgate/libgen.h>
#define basename __xpg_basename

#endif
