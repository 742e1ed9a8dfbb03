/* fwrite(3), fputc(3), putc, fputs(3): writing to a stream, and their _unlocked names
 * (putchar and puts, which name stdout, are stdio_stdout.c's).
 *
 * Not obvious: the return values are glibc's, not just "non-negative": fputs returns
 * 1 (libio/iofputs.c).
 * A write to a read-only stream fails with EBADF and sets the error flag.
 */
#include <sysgate/string.h>

#include "stdio_impl.h"

STDIO_BODY size_t put_items(const void *ptr, size_t size, size_t nmemb, FILE *f, int lock) {
  size_t n = size * nmemb;
  if (!n)
    return 0;
  if (lock)
    STREAM_LOCK(f);
  size_t done = sysgate_stdio_put(f, ptr, n);
  if (lock)
    STREAM_UNLOCK(f);
  return done == n ? nmemb : done / size;
}

size_t fwrite(const void *restrict ptr, size_t size, size_t nmemb, FILE *restrict f) {
  return put_items(ptr, size, nmemb, f, 1);
}

size_t fwrite_unlocked(const void *restrict ptr, size_t size, size_t nmemb, FILE *restrict f) {
  return UNLOCKED_OR(put_items(ptr, size, nmemb, f, 0), fwrite(ptr, size, nmemb, f));
}

STDIO_BODY int put_byte(int c, FILE *f) {
  if (f->wpos < f->wend) {
    *f->wpos++ = (char)c;
    return (unsigned char)c;
  }
  return sysgate_stdio_overflow(f, c);
}

int fputc(int c, FILE *f) {
  STREAM_LOCK(f);
  int r = put_byte(c, f);
  STREAM_UNLOCK(f);
  return r;
}

int putc(int c, FILE *f) {
  return fputc(c, f);
}
int fputc_unlocked(int c, FILE *f) {
  return UNLOCKED_OR(put_byte(c, f), fputc(c, f));
}
int putc_unlocked(int c, FILE *f) {
  return UNLOCKED_OR(put_byte(c, f), fputc(c, f));
}

STDIO_BODY int put_string(const char *s, FILE *f) {
  size_t n = strlen(s);
  return sysgate_stdio_put(f, s, n) == n ? 1 : EOF;
}

int fputs(const char *restrict s, FILE *restrict f) {
  STREAM_LOCK(f);
  int r = put_string(s, f);
  STREAM_UNLOCK(f);
  return r;
}

int fputs_unlocked(const char *restrict s, FILE *restrict f) {
  return UNLOCKED_OR(put_string(s, f), fputs(s, f));
}
