/* fopen(3), fdopen(3), freopen(3), fclose(3): streams made and ended.
 *
 * Not obvious: mode strings are read as glibc reads them (libio/fileops.c, _IO_new_file_fopen;
 * libio/iofdopen.c): r, w or a first (anything else is EINVAL), then at most six letters, where +
 * reads and writes, x adds O_EXCL, e O_CLOEXEC, and the rest (b included) is skipped; fdopen looks
 * at four (the rest: docs/libc.md).
 */
#include <sysgate/errno.h>
#include <sysgate/fcntl.h>
#include <sysgate/fd.h>
#include <sysgate/fdctl.h>
#include <sysgate/malloc.h>
#include <sysgate/string.h>
#include <sysgate/unistd.h>

#include "stdio_impl.h"

int sysgate_stdio_mode(const char *mode, int *oflags, unsigned *sflags, int for_fdopen) {
  int acc, extra = 0;
  unsigned fl;
  switch (*mode) {
  case 'r':
    acc = O_RDONLY;
    fl = STREAM_NO_WRITES;
    break;
  case 'w':
    acc = O_WRONLY;
    extra = O_CREAT | O_TRUNC;
    fl = STREAM_NO_READS;
    break;
  case 'a':
    acc = O_WRONLY;
    extra = O_CREAT | O_APPEND;
    fl = STREAM_NO_READS | STREAM_APPEND;
    break;
  default:
    errno = EINVAL;
    return -1;
  }
  for (int i = 1; i < (for_fdopen ? 5 : 7) && mode[i]; i++) {
    if (mode[i] == '+') {
      acc = O_RDWR;
      fl &= STREAM_APPEND;
      if (for_fdopen)
        break;
    } else if (mode[i] == 'x' && !for_fdopen) {
      extra |= O_EXCL;
    } else if (mode[i] == 'e' && !for_fdopen) {
      extra |= O_CLOEXEC;
    }
  }
  *oflags = acc | extra;
  *sflags = fl;
  return 0;
}

FILE *sysgate_stdio_new(int fd, unsigned sflags) {
  FILE *f = malloc(sizeof(FILE) + STDIO_BUFSIZE);
  if (!f)
    return 0;
  memset(f, 0, sizeof *f);
  f->fd = fd;
  f->flags = sflags | STREAM_ALLOCATED;
  LIST_LOCK();
  f->next = sysgate_stdio_streams;
  sysgate_stdio_streams = f;
  LIST_UNLOCK();
  return f;
}

void sysgate_stdio_release(FILE *f) {
  LIST_LOCK();
  for (FILE **p = &sysgate_stdio_streams; *p; p = &(*p)->next)
    if (*p == f) {
      *p = f->next;
      break;
    }
  LIST_UNLOCK();
  if (f->flags & STREAM_ALLOCATED) {
    free(f);
    return;
  }
  /* A standard stream: the object stays, closed, with its buffer for a later freopen. */
  char *home = f->home;
  memset(f, 0, sizeof *f);
  f->home = home;
  f->fd = -1;
  f->flags = STREAM_CLOSED | STREAM_NO_READS | STREAM_NO_WRITES;
}

/* "a" alone starts at the end (glibc: a failed seek other than ESPIPE fails fopen). */
static int seek_append(int fd, unsigned sflags) {
  if ((sflags & (STREAM_APPEND | STREAM_NO_READS)) != (STREAM_APPEND | STREAM_NO_READS))
    return 0;
  return lseek(fd, 0, SEEK_END) < 0 && errno != ESPIPE ? -1 : 0;
}

FILE *fopen(const char *restrict path, const char *restrict mode) {
  int oflags;
  unsigned sflags;
  if (sysgate_stdio_mode(mode, &oflags, &sflags, 0))
    return 0;
  int fd = open(path, oflags, 0666);
  if (fd < 0)
    return 0;
  FILE *f = seek_append(fd, sflags) ? 0 : sysgate_stdio_new(fd, sflags);
  if (!f) {
    int e = errno;
    close(fd);
    errno = e;
  }
  return f;
}

FILE *fdopen(int fd, const char *mode) {
  int oflags;
  unsigned sflags;
  if (sysgate_stdio_mode(mode, &oflags, &sflags, 1))
    return 0;
  int fl = fcntl(fd, F_GETFL);
  if (fl < 0)
    return 0;
  if (((fl & O_ACCMODE) == O_RDONLY && !(sflags & STREAM_NO_WRITES)) ||
      ((fl & O_ACCMODE) == O_WRONLY && !(sflags & STREAM_NO_READS))) {
    errno = EINVAL;
    return 0;
  }
  if ((oflags & O_APPEND) && !(fl & O_APPEND) && fcntl(fd, F_SETFL, fl | O_APPEND) < 0)
    return 0;
  return sysgate_stdio_new(fd, sflags);
}

/* The part of fclose that freopen shares: flush, close; 0 or EOF. */
static int close_stream(FILE *f) {
  int r = 0;
  if (f->flags & STREAM_PUTTING)
    r = sysgate_stdio_sync(f);
  if (f->fd >= 0 && close(f->fd) < 0)
    r = EOF;
  return r;
}

int fclose(FILE *f) {
  STREAM_LOCK(f);
  int r = close_stream(f);
  STREAM_UNLOCK(f);
  sysgate_stdio_release(f);
  return r;
}

/* glibc's freopen: a NULL path reopens the same file through /proc/self/fd/N, and the
 * new descriptor takes the old one's number, so freopen(..., stdout) keeps fd 1. On
 * failure the stream is closed and NULL returned. */
FILE *freopen(const char *restrict path, const char *restrict mode, FILE *restrict f) {
  char proc[32];
  int oflags;
  unsigned sflags;
  STREAM_LOCK(f);
  int oldfd = f->fd;
  if (!path && oldfd >= 0) {
    memcpy(proc, "/proc/self/fd/", 14);
    char digits[12], *d = digits + sizeof digits;
    unsigned v = (unsigned)oldfd;
    do
      *--d = (char)('0' + v % 10);
    while (v /= 10);
    memcpy(proc + 14, d, (size_t)(digits + sizeof digits - d));
    proc[14 + (digits + sizeof digits - d)] = '\0';
    path = proc;
  }
  int fd = -1;
  if (f->flags & STREAM_PUTTING)
    sysgate_stdio_sync(f);
  if (!sysgate_stdio_mode(mode, &oflags, &sflags, 0)) {
    if (path == proc) { /* open it before the old descriptor goes */
      fd = open(path, oflags, 0666);
      if (oldfd >= 0)
        close(oldfd);
    } else {
      if (oldfd >= 0)
        close(oldfd);
      fd = open(path, oflags, 0666);
    }
    if (fd >= 0 && seek_append(fd, sflags)) {
      close(fd);
      fd = -1;
    }
  } else if (oldfd >= 0) {
    close(oldfd);
  }
  if (fd >= 0 && oldfd >= 0 && fd != oldfd) {
    if (dup3(fd, oldfd, oflags & O_CLOEXEC) < 0) {
      close(fd);
      fd = -1;
    } else {
      close(fd);
      fd = oldfd;
    }
  }
  if (fd < 0) {
    int e = errno;
    STREAM_UNLOCK(f);
    sysgate_stdio_release(f);
    errno = e;
    return 0;
  }
  unsigned keep = f->flags & STREAM_ALLOCATED;
  FILE *next = f->next; /* an opened stream stays where it is on the list */
  char *home = f->home; /* a standard stream keeps its static buffer */
#ifdef SYSGATE_THREADS
  struct sg_rlock held = f->lock; /* this thread's, taken above */
#endif
  memset(f, 0, sizeof *f);
  f->fd = fd;
  f->flags = sflags | keep;
  f->next = next;
  f->home = home;
#ifdef SYSGATE_THREADS
  f->lock = held;
#endif
  STREAM_UNLOCK(f);
  return f;
}
