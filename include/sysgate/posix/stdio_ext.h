/* <stdio_ext.h>: glibc's stream inspection functions, __fbufsize, __fpending,
 * __freading, __fwriting, __freadable, __fwritable, __flbf, __fpurge, _flushlbf,
 * __fsetlocking and FSETLOCKING_* (declared in sysgate/stdio.h).
 *
 * Not obvious: __fsetlocking is accepted and changes nothing, since sysgate has no
 * threads yet and so takes no stream locks.
 */
#ifndef SYSGATE_POSIX_STDIO_EXT_H
#define SYSGATE_POSIX_STDIO_EXT_H

#include <sysgate/stdio.h>

#endif
