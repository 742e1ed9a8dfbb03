/* fread(3), fgetc(3), getc, fgets(3), getline(3), getdelim: reading from a stream, and
 * their _unlocked names (ungetc is stdio_unread.c's, getchar stdio_stdin.c's).
 *
 * Not obvious: fread of at least a buffer's worth reads straight into the caller's memory, a whole
 * number of buffers at a time, and getline grows its line to twice its size (120 bytes first) when
 * a chunk does not fit, both as glibc does (libio/fileops.c, _IO_file_xsgetn; libio/iogetdelim.c).
 * fgets returns NULL when an error happened during this call even if bytes were read, and keeps an
 * error flag set before it; getline on a stream whose error flag is set returns -1 at once.
 */
#include <sysgate/errno.h>
#include <sysgate/malloc.h>
#include <sysgate/string.h>
#include <sysgate/unistd.h>

#include "stdio_impl.h"

static size_t read_bytes(FILE *f, char *s, size_t want) {
  size_t done = 0;
  sysgate_stdio_setup(f);
  while (done < want) {
    size_t have = (size_t)(f->rend - f->rpos);
    if (have) {
      size_t n = have < want - done ? have : want - done;
      memcpy(s + done, f->rpos, n);
      f->rpos += n;
      done += n;
      continue;
    }
    if (f->save_rend || want - done < f->size) {
      if (sysgate_stdio_underflow(f) == EOF)
        break;
      continue;
    }
    /* An empty buffer and a big request: underflow's checks, then read(2) directly. */
    if ((f->flags & (STREAM_EOF | STREAM_NO_READS | STREAM_PUTTING)) &&
        sysgate_stdio_underflow(f) == EOF)
      break;
    if (f->rpos < f->rend)
      continue;
    size_t count = want - done;
    if (f->size >= 128)
      count -= count % f->size;
    ssize_t r = read(f->fd, s + done, count);
    if (r <= 0) {
      f->flags |= r == 0 ? STREAM_EOF : STREAM_ERR;
      break;
    }
    done += (size_t)r;
  }
  return done;
}

STDIO_BODY size_t get_items(void *ptr, size_t size, size_t nmemb, FILE *f, int lock) {
  if (!size || !nmemb)
    return 0;
  size_t want = size * nmemb; /* wraps as glibc's does: no caller has that much room */
  if (lock)
    STREAM_LOCK(f);
  size_t done = read_bytes(f, ptr, want);
  if (lock)
    STREAM_UNLOCK(f);
  return done == want ? nmemb : done / size;
}

size_t fread(void *restrict ptr, size_t size, size_t nmemb, FILE *restrict f) {
  return get_items(ptr, size, nmemb, f, 1);
}

size_t fread_unlocked(void *restrict ptr, size_t size, size_t nmemb, FILE *restrict f) {
  return UNLOCKED_OR(get_items(ptr, size, nmemb, f, 0), fread(ptr, size, nmemb, f));
}

STDIO_BODY int get_byte(FILE *f) {
  int c;
  if (f->rpos < f->rend)
    c = (unsigned char)*f->rpos++;
  else if ((c = sysgate_stdio_underflow(f)) != EOF)
    f->rpos++;
  return c;
}

int fgetc(FILE *f) {
  STREAM_LOCK(f);
  int c = get_byte(f);
  STREAM_UNLOCK(f);
  return c;
}

int getc(FILE *f) {
  return fgetc(f);
}
int fgetc_unlocked(FILE *f) {
  return UNLOCKED_OR(get_byte(f), fgetc(f));
}
int getc_unlocked(FILE *f) {
  return UNLOCKED_OR(get_byte(f), fgetc(f));
}

STDIO_BODY char *get_line(char *restrict s, int n, FILE *restrict f) {
  if (n <= 0)
    return 0;
  if (n == 1) {
    s[0] = '\0';
    return s;
  }
  unsigned old_err = f->flags & STREAM_ERR;
  f->flags &= ~STREAM_ERR;
  size_t count = 0, limit = (size_t)n - 1;
  while (count < limit) {
    if (f->rpos == f->rend && sysgate_stdio_underflow(f) == EOF)
      break;
    size_t len = (size_t)(f->rend - f->rpos);
    if (len > limit - count)
      len = limit - count;
    char *nl = memchr(f->rpos, '\n', len);
    if (nl)
      len = (size_t)(nl - f->rpos) + 1;
    memcpy(s + count, f->rpos, len);
    f->rpos += len;
    count += len;
    if (nl)
      break;
  }
  char *r = s;
  if (count == 0 || ((f->flags & STREAM_ERR) && errno != EAGAIN))
    r = 0;
  else
    s[count] = '\0';
  f->flags |= old_err;
  return r;
}

char *fgets(char *restrict s, int n, FILE *restrict f) {
  STREAM_LOCK(f);
  char *r = get_line(s, n, f);
  STREAM_UNLOCK(f);
  return r;
}

char *fgets_unlocked(char *restrict s, int n, FILE *restrict f) {
  return UNLOCKED_OR(get_line(s, n, f), fgets(s, n, f));
}

ssize_t getdelim(char **restrict lineptr, size_t *restrict n, int delim, FILE *restrict f) {
  if (!lineptr || !n) {
    errno = EINVAL;
    return -1;
  }
  STREAM_LOCK(f);
  ssize_t result = -1;
  size_t cur = 0;
  if (f->flags & STREAM_ERR) /* glibc: a stream in error reads nothing, errno untouched */
    goto out;
  if (!*lineptr || !*n) {
    *n = 120;
    if (!(*lineptr = malloc(*n)))
      goto out;
  }
  if (f->rpos == f->rend && sysgate_stdio_underflow(f) == EOF)
    goto out;
  for (;;) {
    size_t len = (size_t)(f->rend - f->rpos);
    char *t = memchr(f->rpos, delim, len);
    if (t)
      len = (size_t)(t - f->rpos) + 1;
    size_t needed = cur + len + 1;
    if (needed > *n) {
      if (needed < 2 * *n)
        needed = 2 * *n;
      char *p = realloc(*lineptr, needed);
      if (!p) {
        f->flags |= STREAM_ERR;
        goto out;
      }
      *lineptr = p;
      *n = needed;
    }
    memcpy(*lineptr + cur, f->rpos, len);
    f->rpos += len;
    cur += len;
    if (t || sysgate_stdio_underflow(f) == EOF)
      break;
  }
  (*lineptr)[cur] = '\0';
  result = (ssize_t)cur;
out:
  STREAM_UNLOCK(f);
  return result;
}

ssize_t getline(char **restrict lineptr, size_t *restrict n, FILE *restrict f) {
  return getdelim(lineptr, n, '\n', f);
}
