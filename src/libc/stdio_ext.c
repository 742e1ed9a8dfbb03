/* __fbufsize(3), __fpending, __freading, __fwriting, __freadable, __fwritable,
 * __flbf, __fpurge, _flushlbf, __fsetlocking: glibc's <stdio_ext.h>.
 *
 * Not obvious: "reading" and "writing" mean the last operation, or the only one the
 * stream allows: a read-only stream is always reading, a write-only one always
 * writing, and a fresh "r+" stream neither (glibc's libio/freading.c, fwriting.c).
 * A stream's buffer exists only from its first I/O, so __fbufsize is 0 before.
 */
#include "stdio_impl.h"

size_t __fbufsize(FILE *f) {
  return f->buf ? f->size : 0;
}

size_t __fpending(FILE *f) {
  return f->flags & STREAM_PUTTING ? (size_t)(f->wpos - f->buf) : 0;
}

int __freading(FILE *f) {
  return (f->flags & STREAM_NO_WRITES) ||
         (!(f->flags & (STREAM_PUTTING | STREAM_NO_READS)) && f->buf != 0);
}

int __fwriting(FILE *f) {
  return (f->flags & (STREAM_NO_READS | STREAM_PUTTING)) != 0;
}

int __freadable(FILE *f) {
  return !(f->flags & STREAM_NO_READS);
}

int __fwritable(FILE *f) {
  return !(f->flags & STREAM_NO_WRITES);
}

int __flbf(FILE *f) {
  return (f->flags & STREAM_LINEBUF) != 0;
}

void __fpurge(FILE *f) {
  STREAM_LOCK(f);
  f->rpos = f->rend = f->wpos = f->buf;
  f->save_rpos = f->save_rend = 0;
  STREAM_UNLOCK(f);
}

void _flushlbf(void) {
  fflush(0);
}

/* Kept and reported; FSETLOCKING_BYCALLER stops the calls' own locking in the threaded build
 * (stdio_lock.c), and changes nothing without threads. */
int __fsetlocking(FILE *f, int type) {
  int old = f->locking ? f->locking : FSETLOCKING_INTERNAL;
  if (type != FSETLOCKING_QUERY)
    f->locking = type;
  return old;
}
