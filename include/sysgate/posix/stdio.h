/* <stdio.h>: FILE streams, stdin, stdout, stderr, the printf family, perror, remove
 * (sysgate/stdio.h, sysgate/printf.h).
 *
 * Not obvious: stdin, stdout and stderr are variables holding pointers to the three
 * standard streams, as glibc's are, so `FILE *out = stdout;` and `stdout = f;` work;
 * glibc's <stdio.h> also defines each as a macro naming itself, which programs test
 * with #ifdef, so this header does too.
 */
#ifndef SYSGATE_POSIX_STDIO_H
#define SYSGATE_POSIX_STDIO_H

#include <stdarg.h>
#include <stddef.h>
#include <sysgate/path.h> /* rename(2) */
#include <sysgate/stdio.h>

#define stdin stdin
#define stdout stdout
#define stderr stderr

#include <sysgate/lfs64.h> /* the *64 names under _GNU_SOURCE */

#endif
