/* <stdio_ext.h>: glibc's stream inspection functions, __fbufsize, __fpending,
 * __freading, __fwriting, __freadable, __fwritable, __flbf, __fpurge, _flushlbf,
 * __fsetlocking and FSETLOCKING_* (declared in sysgate/stdio.h).
 *
 * Not obvious: __fsetlocking(FSETLOCKING_BYCALLER) stops the calls' own stream locking only
 * in the threaded build; without threads no stream is locked and it changes nothing.
 */
#ifndef SYSGATE_POSIX_STDIO_EXT_H
#define SYSGATE_POSIX_STDIO_EXT_H

#include <sysgate/stdio.h>

#endif
