/* feof(3), ferror, clearerr, fileno(3), and their _unlocked names: a stream's flags.
 *
 * Not obvious: the end-of-file flag is sticky (C99 7.19.7.1): while it is set, reads
 * return EOF without asking the descriptor, so clearerr is how a program reads a
 * growing file or a terminal again after ^D.
 */
#include <sysgate/errno.h>

#include "stdio_impl.h"

int feof(FILE *f) {
  return (f->flags & STREAM_EOF) != 0;
}

int ferror(FILE *f) {
  return (f->flags & STREAM_ERR) != 0;
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
  return feof(f);
}
int ferror_unlocked(FILE *f) {
  return ferror(f);
}
void clearerr_unlocked(FILE *f) {
  clearerr(f);
}
int fileno_unlocked(FILE *f) {
  return fileno(f);
}
