/* setvbuf(3), setbuf, setbuffer, setlinebuf: how a stream buffers.
 *
 * Not obvious: glibc lets these run at any time, not only before the first I/O as C asks; the
 * output waiting is written first and input read ahead is given back to the descriptor (a seek),
 * then the new buffer starts empty. A choice made here is final: the terminal check of the first
 * I/O (line buffering) no longer happens. (the rest: docs/libc.md)
 */
#include <sysgate/errno.h>

#include "stdio_impl.h"

int setvbuf(FILE *restrict f, char *restrict buf, int mode, size_t size) {
  if (mode != _IOFBF && mode != _IOLBF && mode != _IONBF) {
    errno = EINVAL;
    return EOF;
  }
  STREAM_LOCK(f);
  int r = f->buf ? sysgate_stdio_sync(f) : 0;
  f->flags &= ~(STREAM_PUTTING | STREAM_LINEBUF | STREAM_UNBUF);
  f->flags |= STREAM_BUF_SET;
  f->save_rpos = f->save_rend = 0;
  char *old = f->buf;
  f->buf = 0;
  if (mode == _IONBF)
    f->flags |= STREAM_UNBUF;
  else if (mode == _IOLBF)
    f->flags |= STREAM_LINEBUF;
  if (mode != _IONBF && buf && size) {
    f->buf = buf;
    f->size = size;
  } else if (mode != _IONBF && old) {
    f->buf = old; /* glibc keeps the buffer there is, even unbuffered's one byte */
  }
  if (f->buf)
    f->rpos = f->rend = f->wpos = f->wend = f->buf;
  if (mode == _IONBF) /* the one byte; a buffer of the stream's own waits for the first I/O */
    sysgate_stdio_setup(f);
  STREAM_UNLOCK(f);
  return r ? EOF : 0;
}

void setbuf(FILE *restrict f, char *restrict buf) {
  setvbuf(f, buf, buf ? _IOFBF : _IONBF, BUFSIZ);
}

void setbuffer(FILE *restrict f, char *restrict buf, size_t size) {
  setvbuf(f, buf, buf ? _IOFBF : _IONBF, size);
}

void setlinebuf(FILE *f) {
  setvbuf(f, 0, _IOLBF, 0);
}
