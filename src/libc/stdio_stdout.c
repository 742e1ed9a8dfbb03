/* stdout (stdout(3)): the standard output stream, line-buffered on a terminal and fully
 * buffered otherwise (the check is made at its first I/O, stdio_core.c's setup).
 *
 * Not obvious: it is in a file of its own, and stdio_core.c reaches it only through a
 * weak reference, so a program that never names stdout links neither it nor its buffer.
 */
#include "stdio_impl.h"

static char buffer[STDIO_BUFSIZE];

struct sysgate_file sysgate_stdio_stdout_file = {.fd = 1, .flags = STREAM_NO_READS, .home = buffer};
FILE *stdout = &sysgate_stdio_stdout_file;
