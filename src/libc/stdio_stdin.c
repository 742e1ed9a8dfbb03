/* stdin (stdin(3)): the standard input stream, fully buffered in a static buffer.
 *
 * Not obvious: it is in a file of its own, and stdio_core.c reaches it only through a
 * weak reference, so a program that never names stdin links neither it nor its buffer.
 */
#include "stdio_impl.h"

static char buffer[STDIO_BUFSIZE];

struct sysgate_file sysgate_stdio_stdin_file = {.fd = 0, .flags = STREAM_NO_WRITES, .home = buffer};
FILE *stdin = &sysgate_stdio_stdin_file;
