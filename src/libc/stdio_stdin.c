/* stdin (stdin(3)): the standard input stream, fully buffered in a static buffer, and
 * getchar(3), getchar_unlocked, the calls that name it.
 *
 * Not obvious: it is in a file of its own, and stdio_core.c reaches it only through a
 * weak reference, so a program that never names stdin links neither it nor its buffer
 * (fgetc's file does not name it: getchar is here).
 */
#include "stdio_impl.h"

static char buffer[STDIO_BUFSIZE];

struct sysgate_file sysgate_stdio_stdin_file = {.fd = 0, .flags = STREAM_NO_WRITES, .home = buffer};
FILE *stdin = &sysgate_stdio_stdin_file;

int getchar(void) {
  return fgetc(stdin);
}

int getchar_unlocked(void) {
  return UNLOCKED_OR(fgetc_unlocked(stdin), fgetc(stdin));
}
