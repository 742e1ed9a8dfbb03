/* fseek(3), fseeko, ftell(3), ftello, rewind(3), fgetpos(3), fsetpos: a stream's
 * position.
 *
 * Not obvious: the position is the descriptor's offset corrected by the buffer: less
 * the input read ahead and not consumed (ungetc's bytes included, so each pushed-back
 * byte moves it back by one), plus the output not yet written. A stream in append
 * mode with output waiting is at the end of the file plus that output, wherever the
 * descriptor's offset is (glibc's libio/fileops.c, do_ftell).
 */
#include <sysgate/errno.h>
#include <sysgate/fd.h>

#include "stdio_impl.h"

int fseeko(FILE *f, off_t offset, int whence) {
  if (whence != SEEK_SET && whence != SEEK_CUR && whence != SEEK_END) {
    errno = EINVAL;
    return -1;
  }
  STREAM_LOCK(f);
  int r = -1;
  if ((f->flags & STREAM_PUTTING) && sysgate_stdio_sync(f))
    goto out;
  if (whence == SEEK_CUR && !(f->flags & STREAM_PUTTING))
    offset -= (off_t)sysgate_stdio_unread(f);
  if (lseek(f->fd, offset, whence) < 0)
    goto out;
  f->flags &= ~(STREAM_PUTTING | STREAM_EOF);
  f->rpos = f->rend = f->wpos = f->wend = f->buf;
  f->save_rpos = f->save_rend = 0;
  r = 0;
out:
  STREAM_UNLOCK(f);
  return r;
}

int fseek(FILE *f, long offset, int whence) {
  return fseeko(f, offset, whence);
}

off_t ftello(FILE *f) {
  STREAM_LOCK(f);
  off_t pending = f->flags & STREAM_PUTTING ? f->wpos - f->buf : 0;
  int whence = pending && (f->flags & STREAM_APPEND) ? SEEK_END : SEEK_CUR;
  off_t pos = lseek(f->fd, 0, whence);
  if (pos >= 0)
    pos += pending - (off_t)sysgate_stdio_unread(f);
  STREAM_UNLOCK(f);
  return pos;
}

long ftell(FILE *f) {
  off_t pos = ftello(f);
  if (pos > __LONG_MAX__) {
    errno = EOVERFLOW;
    return -1;
  }
  return (long)pos;
}

void rewind(FILE *f) {
  fseeko(f, 0, SEEK_SET);
  STREAM_LOCK(f);
  f->flags &= ~(STREAM_ERR | STREAM_EOF);
  STREAM_UNLOCK(f);
}

int fgetpos(FILE *restrict f, fpos_t *restrict pos) {
  off_t p = ftello(f);
  if (p < 0)
    return -1;
  pos->pos = p;
  pos->state[0] = pos->state[1] = 0;
  return 0;
}

int fsetpos(FILE *f, const fpos_t *pos) {
  return fseeko(f, pos->pos, SEEK_SET);
}
