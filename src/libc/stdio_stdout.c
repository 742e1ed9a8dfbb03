/* stdout (stdout(3)): the standard output stream, line-buffered on a terminal and fully
 * buffered otherwise (the check is made at its first I/O, stdio_core.c's setup), and
 * putchar(3), putchar_unlocked, puts(3), the calls that name it.
 *
 * Not obvious: it is in a file of its own, and stdio_core.c reaches it only through a
 * weak reference, so a program that never names stdout links neither it nor its buffer
 * (fputc's and fputs's file does not name it). puts returns the bytes it wrote with the
 * newline, as glibc's (libio/ioputs.c).
 */
#include <sysgate/string.h>

#include "stdio_impl.h"

static char buffer[STDIO_BUFSIZE];

struct sysgate_file sysgate_stdio_stdout_file = {.fd = 1, .flags = STREAM_NO_READS, .home = buffer};
FILE *stdout = &sysgate_stdio_stdout_file;

int putchar(int c) {
  return fputc(c, stdout);
}

int putchar_unlocked(int c) {
  return UNLOCKED_OR(fputc_unlocked(c, stdout), fputc(c, stdout));
}

int puts(const char *s) {
  size_t n = strlen(s);
  FILE *f = stdout;
  STREAM_LOCK(f);
  int r = EOF;
  if (sysgate_stdio_put(f, s, n) == n && fputc('\n', f) != EOF)
    r = n + 1 > (size_t)__INT_MAX__ ? __INT_MAX__ : (int)(n + 1);
  STREAM_UNLOCK(f);
  return r;
}
