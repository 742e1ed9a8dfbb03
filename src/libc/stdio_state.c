/* feof(3), ferror, clearerr, fileno(3), and their _unlocked names: a stream's flags.
 *
 * Not obvious: the end-of-file flag is sticky (C99 7.19.7.1): while it is set, reads
 * return EOF without asking the descriptor, so clearerr is how a program reads a
 * growing file or a terminal again after ^D.
 */
#include <sysgate/errno.h>

#include "stdio_impl.h"

/* glibc takes the lock for these too (libio/feof.c): a flockfile holder's calls come first. */
int feof(FILE *f) {
  STREAM_LOCK(f);
  int r = (f->flags & STREAM_EOF) != 0;
  STREAM_UNLOCK(f);
  return r;
}

int ferror(FILE *f) {
  STREAM_LOCK(f);
  int r = (f->flags & STREAM_ERR) != 0;
  STREAM_UNLOCK(f);
  return r;
}

void clearerr(FILE *f) {
  STREAM_LOCK(f);
  f->flags &= ~(STREAM_EOF | STREAM_ERR);
  STREAM_UNLOCK(f);
}

int fileno(FILE *f) {
  if (f->fd < 0) {
    errno = EBADF;
    return -1;
  }
  return f->fd;
}

int feof_unlocked(FILE *f) {
  return UNLOCKED_OR((f->flags & STREAM_EOF) != 0, feof(f));
}
int ferror_unlocked(FILE *f) {
  return UNLOCKED_OR((f->flags & STREAM_ERR) != 0, ferror(f));
}
void clearerr_unlocked(FILE *f) {
#ifdef SYSGATE_THREADS
  f->flags &= ~(STREAM_EOF | STREAM_ERR);
#else
  clearerr(f);
#endif
}
int fileno_unlocked(FILE *f) {
  return fileno(f);
}
