/* A stream's unread input (stdio_impl.h): the buffer filled by sysgate_stdio_underflow
 * (which fgetc, fread, fgets and scanf reach), bytes pushed back by ungetc(3), the count
 * of both, and giving them back to the descriptor when the stream stops reading.
 *
 * Not obvious: only the underflow and ungetc, both here, leave a stream holding unread
 * input, so this file is linked exactly when one can; stdio_core.c's sysgate_stdio_sync
 * calls sysgate_stdio_give_back through a weak reference, and a program that only writes
 * links none of this.
 */
#include <sysgate/errno.h>
#include <sysgate/fd.h>
#include <sysgate/unistd.h>

#include "stdio_impl.h"

size_t sysgate_stdio_unread(const FILE *f) {
  size_t n = (size_t)(f->rend - f->rpos);
  if (f->save_rend)
    n += (size_t)(f->save_rend - f->save_rpos);
  return n;
}

int sysgate_stdio_give_back(FILE *f) {
  size_t unread = sysgate_stdio_unread(f);
  if (!unread)
    return 0;
  if (lseek(f->fd, -(off_t)unread, SEEK_CUR) < 0)
    return errno == ESPIPE ? 0 : EOF; /* a pipe keeps its input buffered */
  f->save_rpos = f->save_rend = 0;
  f->rpos = f->rend = f->buf;
  return 0;
}

int sysgate_stdio_underflow(FILE *f) {
  if (f->flags & STREAM_PUTTING) { /* glibc's __uflow: leave writing mode first */
    if (sysgate_stdio_sync(f))
      return EOF;
    f->flags &= ~STREAM_PUTTING;
    f->rpos = f->rend = f->wpos = f->wend = f->buf;
  }
  if (f->flags & STREAM_EOF)
    return EOF;
  if (f->flags & STREAM_NO_READS) {
    f->flags |= STREAM_ERR;
    errno = EBADF;
    return EOF;
  }
  if (f->rpos < f->rend)
    return (unsigned char)*f->rpos;
  if (f->save_rend) { /* ungetc's bytes are used up: back to the buffer */
    f->rpos = f->save_rpos;
    f->rend = f->save_rend;
    f->save_rpos = f->save_rend = 0;
    if (f->rpos < f->rend)
      return (unsigned char)*f->rpos;
  }
  sysgate_stdio_setup(f);
  if ((f->flags & (STREAM_LINEBUF | STREAM_UNBUF)) &&
      (stdout->flags & (STREAM_LINEBUF | STREAM_PUTTING)) == (STREAM_LINEBUF | STREAM_PUTTING))
    sysgate_stdio_sync(stdout); /* a prompt shows before the program waits for input */
  f->rpos = f->rend = f->wpos = f->wend = f->buf;
  ssize_t r = read(f->fd, f->buf, f->size); /* EINTR is an error, as in glibc */
  if (r <= 0) {
    f->flags |= r == 0 ? STREAM_EOF : STREAM_ERR;
    return EOF;
  }
  f->rend = f->buf + r;
  return (unsigned char)*f->rpos;
}

/* A byte equal to the one just read only steps back; any other goes to `back`
 * (STDIO_BACK of them at most: C promises one). */
int ungetc(int c, FILE *f) {
  if (c == EOF)
    return EOF;
  STREAM_LOCK(f);
  sysgate_stdio_setup(f);
  int r = (unsigned char)c;
  if (f->flags & STREAM_PUTTING) {
    if (sysgate_stdio_sync(f)) {
      STREAM_UNLOCK(f);
      return EOF;
    }
    f->flags &= ~STREAM_PUTTING;
    f->rpos = f->rend = f->wpos = f->wend = f->buf;
  }
  if (!f->save_rend && f->rpos > f->buf && (unsigned char)f->rpos[-1] == r) {
    f->rpos--;
  } else {
    if (!f->save_rend) {
      f->save_rpos = f->rpos;
      f->save_rend = f->rend;
      f->rpos = f->rend = f->back + STDIO_BACK;
    }
    if (f->rpos == f->back)
      r = EOF;
    else
      *--f->rpos = (char)c;
  }
  if (r != EOF)
    f->flags &= ~STREAM_EOF;
  STREAM_UNLOCK(f);
  return r;
}
