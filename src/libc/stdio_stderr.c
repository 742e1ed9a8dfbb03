/* stderr (stderr(3)): the standard error stream, unbuffered (its one-byte buffer is the
 * struct's own, so it has no array here).
 *
 * Not obvious: it is in a file of its own, and stdio_core.c reaches it only through a
 * weak reference, so a program that never names stderr does not link it.
 */
#include "stdio_impl.h"

struct sysgate_file sysgate_stdio_stderr_file = {
    .fd = 2, .flags = STREAM_NO_READS | STREAM_UNBUF | STREAM_BUF_SET};
FILE *stderr = &sysgate_stdio_stderr_file;
