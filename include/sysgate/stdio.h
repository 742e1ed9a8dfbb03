/* sysgate/stdio.h: perror(3), and the printf family without FILE (sysgate/printf.h:
 * snprintf, sprintf, dprintf, asprintf and their v* forms). sysgate has no FILE streams.
 *
 * Not obvious: perror writes "prefix: message\n" to fd 2 with one write when it
 * fits in a 512-byte buffer, so lines from concurrent processes do not interleave.
 */
#ifndef SYSGATE_STDIO_H
#define SYSGATE_STDIO_H

#include "base.h"
#include "printf.h"
#include "scanf.h"

void perror(const char *prefix) SG_SYMBOL(perror);

#endif
