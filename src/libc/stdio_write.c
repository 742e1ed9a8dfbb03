/* fwrite(3), fputc(3), putc, fputs(3): writing to a stream, and their _unlocked names
 * (putchar and puts, which name stdout, are stdio_stdout.c's).
 *
 * Not obvious: the return values are glibc's, not just "non-negative": fputs returns
 * 1 (libio/iofputs.c).
 * A write to a read-only stream fails with EBADF and sets the error flag.
 */
#include <sysgate/string.h>

#include "stdio_impl.h"

size_t fwrite(const void *restrict ptr, size_t size, size_t nmemb, FILE *restrict f) {
  size_t n = size * nmemb;
  if (!n)
    return 0;
  STREAM_LOCK(f);
  size_t done = sysgate_stdio_put(f, ptr, n);
  STREAM_UNLOCK(f);
  return done == n ? nmemb : done / size;
}

size_t fwrite_unlocked(const void *restrict ptr, size_t size, size_t nmemb, FILE *restrict f) {
  return fwrite(ptr, size, nmemb, f);
}

int fputc(int c, FILE *f) {
  STREAM_LOCK(f);
  int r;
  if (f->wpos < f->wend) {
    *f->wpos++ = (char)c;
    r = (unsigned char)c;
  } else {
    r = sysgate_stdio_overflow(f, c);
  }
  STREAM_UNLOCK(f);
  return r;
}

int putc(int c, FILE *f) {
  return fputc(c, f);
}
int fputc_unlocked(int c, FILE *f) {
  return fputc(c, f);
}
int putc_unlocked(int c, FILE *f) {
  return fputc(c, f);
}

int fputs(const char *restrict s, FILE *restrict f) {
  size_t n = strlen(s);
  STREAM_LOCK(f);
  int r = sysgate_stdio_put(f, s, n) == n ? 1 : EOF;
  STREAM_UNLOCK(f);
  return r;
}

int fputs_unlocked(const char *restrict s, FILE *restrict f) {
  return fputs(s, f);
}
