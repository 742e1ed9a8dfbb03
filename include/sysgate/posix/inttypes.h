/* <inttypes.h>: the PRI* and SCN* format macros, imaxabs, imaxdiv, strtoimax and
 * strtoumax (sysgate/inttypes.h), and <stdint.h>, which it includes.
 *
 * Not obvious: <stdint.h> is the compiler's own (found after this directory on
 * sysgate-cc's include path); its int64_t is long on x86_64 and long long on i386,
 * as glibc's is, so PRId64 is "ld" or "lld" and printf's -Wformat agrees with it.
 */
#ifndef SYSGATE_POSIX_INTTYPES_H
#define SYSGATE_POSIX_INTTYPES_H

#include <sysgate/inttypes.h>

#endif
