/* sysgate/libgen.h: POSIX basename(3) as glibc names it, __xpg_basename, and dirname(3);
 * the GNU basename is declared in sysgate/string.h.
 *
 * Not obvious: there are two basenames. The GNU one (<string.h> with _GNU_SOURCE)
 * returns what follows the last '/', so "dir/" gives "", and never writes. The POSIX
 * one (<libgen.h>, glibc's __xpg_basename) drops trailing slashes first, writing a
 * '\0' into the path, so "dir/" gives "dir", and "" or NULL give ".".
 */
#ifndef SYSGATE_LIBGEN_H
#define SYSGATE_LIBGEN_H

#include "base.h"

char *__xpg_basename(char *path) SG_SYMBOL(__xpg_basename);
/* The parent of PATH, written into PATH: "/usr/lib" -> "/usr", "usr" -> ".". */
char *dirname(char *path) SG_SYMBOL(dirname);

#endif
