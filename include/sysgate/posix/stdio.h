/* <stdio.h>: perror, and nothing else (sysgate/stdio.h).
 *
 * Not obvious: sysgate has no FILE streams at all: no printf, fopen, stdout or
 * getchar. A program writes with write(2) on descriptors 0, 1 and 2; perror is
 * here because it needs no buffer, one write(2) per message.
 */
#ifndef SYSGATE_POSIX_STDIO_H
#define SYSGATE_POSIX_STDIO_H

#include <stddef.h>
#include <sysgate/stdio.h>

#endif
