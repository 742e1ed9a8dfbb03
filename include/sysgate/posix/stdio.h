/* <stdio.h>: perror, snprintf, sprintf, dprintf, asprintf and their v* forms, and
 * nothing else (sysgate/stdio.h, sysgate/printf.h).
 *
 * Not obvious: sysgate has no FILE streams at all: no printf, fopen, stdout or
 * getchar. A program writes with write(2) or dprintf on descriptors 0, 1 and 2; perror
 * and the printf functions here need no FILE: one write(2) per message when it fits.
 */
#ifndef SYSGATE_POSIX_STDIO_H
#define SYSGATE_POSIX_STDIO_H

#include <stddef.h>
#include <sysgate/stdio.h>

#endif
