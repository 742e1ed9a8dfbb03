/* printf(3), fprintf, vprintf, vfprintf and their sysgate_*_with twins (sysgate/printf_lean.h):
 * the formatter (printf_engine.c) to a stream.
 *
 * Not obvious: the output is formatted in 1 KiB pieces on the stack and each piece is
 * handed to the stream like an fwrite, so buffering decides the write(2) calls: an
 * unbuffered stream (stderr) gets one write per piece, a whole message when it fits,
 * as glibc's helper buffer for unbuffered streams gives one (libio/vfprintf-internal.c,
 * buffered_vfprintf). A stream that cannot be written fails the call with EBADF.
 */
#include <sysgate/errno.h>

#include "printf_sink.h"
#include "stdio_impl.h"

struct file_sink {
  struct sysgate_printf_sink sink; /* first: the engine's pointer is also ours */
  FILE *stream;
};

static int to_stream(struct sysgate_printf_sink *s) {
  struct file_sink *fs = (struct file_sink *)s;
  size_t n = s->used;
  s->used = 0;
  return sysgate_stdio_put(fs->stream, s->buf, n) == n ? 0 : -1;
}

/* The one body, with what the call may need beyond integers and strings (more). */
static int to_file(FILE *f, const struct sysgate_printf_more *more, const char *format,
                   va_list ap) {
  char buf[1024];
  struct file_sink fs = {.sink = {.buf = buf, .cap = sizeof buf, .flush = to_stream, .more = more},
                         .stream = f};
  STREAM_LOCK(f);
  int n = -1;
  if (f->flags & STREAM_NO_WRITES) { /* before formatting, as glibc's ARGCHECK */
    f->flags |= STREAM_ERR;
    errno = EBADF;
  } else {
    n = sysgate_printf_engine(&fs.sink, format, ap);
    if (fs.sink.used && to_stream(&fs.sink)) /* what was formatted goes out, even on failure */
      n = -1;
  }
  STREAM_UNLOCK(f);
  return n;
}

int vfprintf(FILE *restrict f, const char *restrict format, va_list ap) {
  return to_file(f, &sysgate_printf_more, format, ap);
}

int(fprintf)(FILE *restrict f, const char *restrict format, ...) {
  va_list ap;
  va_start(ap, format);
  int n = vfprintf(f, format, ap);
  va_end(ap);
  return n;
}

int vprintf(const char *restrict format, va_list ap) {
  return vfprintf(stdout, format, ap);
}

int(printf)(const char *restrict format, ...) {
  va_list ap;
  va_start(ap, format);
  int n = vfprintf(stdout, format, ap);
  va_end(ap);
  return n;
}

int sysgate_fprintf_with(const struct sysgate_printf_more *more, FILE *restrict f,
                         const char *restrict format, ...) {
  va_list ap;
  va_start(ap, format);
  int n = to_file(f, more, format, ap);
  va_end(ap);
  return n;
}

int sysgate_printf_with(const struct sysgate_printf_more *more, const char *restrict format, ...) {
  va_list ap;
  va_start(ap, format);
  int n = to_file(stdout, more, format, ap);
  va_end(ap);
  return n;
}
