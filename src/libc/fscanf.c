/* fscanf(3), vfscanf(3), scanf(3), vscanf(3): scanf from a FILE stream.
 *
 * Not obvious: the one byte read past a field goes back with ungetc, so it is the
 * next byte the stream gives, as with glibc; a read error ends the scan like the end
 * of the file (an input failure) and leaves the stream's error flag set.
 */
#include <sysgate/stdio.h>

#include "scanf_source.h"

static int stream_get(struct sysgate_scanf_source *src) {
  int c = getc((FILE *)src->state);
  return c == EOF ? -1 : c;
}

static void stream_unget(struct sysgate_scanf_source *src, int c) {
  ungetc(c, (FILE *)src->state);
}

int vfscanf(FILE *restrict stream, const char *restrict fmt, va_list ap) {
  struct sysgate_scanf_source src = {stream_get, stream_unget, stream, 0};
  return sysgate_scanf_engine(&src, fmt, ap);
}

int fscanf(FILE *restrict stream, const char *restrict fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = vfscanf(stream, fmt, ap);
  va_end(ap);
  return r;
}

int vscanf(const char *restrict fmt, va_list ap) {
  return vfscanf(stdin, fmt, ap);
}

int scanf(const char *restrict fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = vfscanf(stdin, fmt, ap);
  va_end(ap);
  return r;
}
