/* The heart of stdio(3): the list of opened streams, the buffer machinery every stdio
 * file uses (stdio_impl.h), fflush(3), and the flush of every stream when the program
 * exits. stdin, stdout and stderr are stdio_stdin.c's, stdio_stdout.c's, stdio_stderr.c's.
 *
 * Not obvious: how exit() flushes without costing a program that has no stream. This file puts a
 * pointer to its flush in .fini_array.00000, which exit() (src/start.c) walks like every
 * destructor; a program links this file, and so the entry, only by naming something here (stdout,
 * fflush, any stdio function). (the rest: docs/libc.md)
 */
#include <sysgate/errno.h>
#include <sysgate/fd.h>
#include <sysgate/ioctl.h>
#include <sysgate/string.h>
#include <sysgate/unistd.h>

#include "stdio_impl.h"

struct sysgate_file *sysgate_stdio_streams; /* fopen's streams, the newest first */
SG_LOCK_DEFINE(, sysgate_stdio_list_lock);  /* guards it (stdio_impl.h) */
#ifdef SYSGATE_THREADS
void sysgate_stdio_fork(int phase) {
  sg_lock_fork(&sysgate_stdio_list_lock, phase);
}
#endif

/* The standard streams, each in a file of its own so that a program links only those it
 * names (stdio_stdin.c ...): weak references do not pull an archive member in, and are
 * NULL when nothing else did. */
extern struct sysgate_file sysgate_stdio_stdin_file __attribute__((weak));
extern struct sysgate_file sysgate_stdio_stdout_file __attribute__((weak));
extern struct sysgate_file sysgate_stdio_stderr_file __attribute__((weak));

void sysgate_stdio_setup(FILE *f) {
  if (f->buf)
    return;
  if (!(f->flags & STREAM_BUF_SET)) {
    unsigned char termios[64]; /* the kernel's struct termios is 36 bytes */
    if (sys_ioctl(f->fd, TCGETS, (unsigned long)termios) == 0)
      f->flags |= STREAM_LINEBUF;
    f->flags |= STREAM_BUF_SET;
  }
  if (f->flags & STREAM_UNBUF) {
    f->buf = &f->one;
    f->size = 1;
  } else { /* a standard stream's static array, or the block fopen allocated after it */
    f->buf = f->home ? f->home : (char *)(f + 1);
    f->size = STDIO_BUFSIZE;
  }
  f->rpos = f->rend = f->wpos = f->wend = f->buf;
}

size_t sysgate_stdio_write(FILE *f, const char *s, size_t n) {
  size_t done = 0;
  while (done < n) {
    ssize_t w = write(f->fd, s + done, n - done);
    if (w < 0 && errno == EINTR)
      continue;
    if (w <= 0) {
      if (w == 0) /* no progress and no error: nothing more will go */
        errno = EIO;
      f->flags |= STREAM_ERR;
      break;
    }
    done += (size_t)w;
  }
  return done;
}

/* Writes [buf, wpos) and empties it, still in writing mode. On failure the bytes are
 * dropped, as glibc's new_do_write drops them. */
static int flush_out(FILE *f) {
  size_t n = (size_t)(f->wpos - f->buf);
  f->wpos = f->buf;
  return n && sysgate_stdio_write(f, f->buf, n) < n ? EOF : 0;
}

int sysgate_stdio_sync(FILE *f) {
  if (f->flags & STREAM_PUTTING)
    return flush_out(f);
  /* Input read ahead exists only where stdio_unread.c is linked (reading is) */
  return sysgate_stdio_give_back ? sysgate_stdio_give_back(f) : 0;
}

int sysgate_stdio_start_write(FILE *f) {
  if (f->flags & STREAM_NO_WRITES) {
    f->flags |= STREAM_ERR;
    errno = EBADF;
    return EOF;
  }
  if (f->flags & STREAM_PUTTING)
    return 0;
  sysgate_stdio_setup(f);
  sysgate_stdio_sync(f); /* after reading: writes go where the reader stopped */
  f->save_rpos = f->save_rend = 0;
  f->rpos = f->rend = f->wpos = f->buf;
  f->wend = f->flags & (STREAM_LINEBUF | STREAM_UNBUF) ? f->buf : f->buf + f->size;
  f->flags |= STREAM_PUTTING;
  return 0;
}

int sysgate_stdio_overflow(FILE *f, int c) {
  if (sysgate_stdio_start_write(f))
    return EOF;
  if (f->wpos == f->buf + f->size && flush_out(f))
    return EOF;
  *f->wpos++ = (char)c;
  if (((f->flags & STREAM_UNBUF) || ((f->flags & STREAM_LINEBUF) && c == '\n')) && flush_out(f))
    return EOF;
  return (unsigned char)c;
}

/* Past the first call, glibc's _IO_new_file_xsputn: fill the buffer (for a
 * line-buffered stream, only up to the last '\n' when all of s fits, and then flush),
 * flush it, write whole buffers straight from s, keep the rest. The first call after
 * the stream starts writing has no room yet, so it goes straight to the second half,
 * where glibc stores the rest byte by byte through its overflow path (flushing at each
 * '\n' of a line-buffered stream): the same write(2) calls. */
size_t sysgate_stdio_put(FILE *f, const char *s, size_t n) {
  int putting = (f->flags & STREAM_PUTTING) != 0;
  if (n == 0) /* nothing: no change of mode, no error even on a read-only stream */
    return 0;
  if (sysgate_stdio_start_write(f))
    return 0;
  size_t done = 0;
  int must_flush = 0;
  if (putting && !(f->flags & STREAM_UNBUF)) {
    size_t room = (size_t)(f->buf + f->size - f->wpos);
    if ((f->flags & STREAM_LINEBUF) && room >= n) {
      for (size_t i = n; i > 0; i--)
        if (s[i - 1] == '\n') {
          room = i;
          must_flush = 1;
          break;
        }
    }
    done = room < n ? room : n;
    memcpy(f->wpos, s, done);
    f->wpos += done;
  }
  if (done == n && !must_flush)
    return n;
  if (flush_out(f))
    return done;
  size_t rest = n - done;
  size_t direct = rest - (f->size >= 128 ? rest % f->size : 0);
  if (direct) {
    size_t w = sysgate_stdio_write(f, s + done, direct);
    done += w;
    if (w < direct)
      return done;
  }
  /* Fewer than size bytes are left (none on an unbuffered stream), for the empty buffer; a
   * line-buffered stream writes each line as its '\n' arrives. */
  for (; done < n; done++) {
    *f->wpos++ = s[done];
    if (s[done] == '\n' && (f->flags & STREAM_LINEBUF) && flush_out(f))
      return done;
  }
  return done;
}

/* Writes what f has waiting, if f is there (a standard stream the program did not link
 * is NULL); 0 or EOF. */
#ifdef SYSGATE_THREADS
static int exiting; /* exit's flush takes no stream's lock (flush_at_exit) */
#else
#define exiting 0
#endif
static int flush_waiting(FILE *f) {
  int r = 0;
  if (f) {
    if (!exiting)
      STREAM_LOCK(f);
    if ((f->flags & STREAM_PUTTING) && f->wpos > f->buf)
      r = flush_out(f);
    if (!exiting)
      STREAM_UNLOCK(f);
  }
  return r;
}

/* fflush(NULL): glibc's _IO_flush_all, every stream with output waiting, in glibc's list
 * order: the opened streams from the newest, then stderr, stdout, stdin. */
static int flush_all(void) {
  int r = 0;
  LIST_LOCK();
  for (FILE *f = sysgate_stdio_streams; f; f = f->next)
    r |= flush_waiting(f);
  LIST_UNLOCK();
  r |= flush_waiting(&sysgate_stdio_stderr_file);
  r |= flush_waiting(&sysgate_stdio_stdout_file);
  return r | flush_waiting(&sysgate_stdio_stdin_file);
}

int fflush(FILE *f) {
  if (!f)
    return flush_all();
  STREAM_LOCK(f);
  int r = sysgate_stdio_sync(f);
  STREAM_UNLOCK(f);
  return r;
}

int fflush_unlocked(FILE *f) {
  return UNLOCKED_OR(f ? sysgate_stdio_sync(f) : flush_all(), fflush(f));
}

/* Not in the hosted test library: glibc would run the entry when a test exits. exit()
 * flushes without the streams' locks, as glibc's _IO_cleanup (libio/genops.c) does: a
 * thread stopped holding one (flockfile) must not hang the exit. */
#ifndef SYSGATE_PREFIX_NAMES
static void flush_at_exit(void) {
#ifdef SYSGATE_THREADS
  exiting = 1;
#endif
  flush_all();
}
__attribute__((section(".fini_array.00000"),
               used)) static void (*flush_at_exit_entry)(void) = flush_at_exit;
#endif
