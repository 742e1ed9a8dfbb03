/* The FILE stream's layout and the helpers the stdio files share (stdio_core.c holds
 * them and the three standard streams). Internal to the C library layer.
 *
 * Not obvious: a stream is in one of three states, and the pointers say which. Reading: [rpos,
 * rend) is buffered input not yet consumed, and wend == wpos == buf. Writing (STREAM_PUTTING):
 * [buf, wpos) waits to be written; putc stores straight into it while wpos < wend, and wend == buf
 * for line-buffered and unbuffered streams so that every byte goes through stdio_overflow, which
 * flushes at '\n' (glibc's _IO_write_end does the same). (the rest: docs/libc.md)
 */
#ifndef SYSGATE_SRC_LIBC_STDIO_IMPL_H
#define SYSGATE_SRC_LIBC_STDIO_IMPL_H

#include <stddef.h>
#include <sysgate/stdio.h>
#include <sysgate/types.h>

#include "lock.h"

/* glibc's buffer is min(st_blksize, BUFSIZ): 4096 on pipes, sockets, ext4, tmpfs.
 * sysgate takes 4096 without asking fstat. */
#define STDIO_BUFSIZE 4096
#define STDIO_BACK 8 /* bytes ungetc can push back that the buffer does not hold */

enum {
  STREAM_NO_READS = 1 << 0,  /* opened write-only */
  STREAM_NO_WRITES = 1 << 1, /* opened read-only */
  STREAM_APPEND = 1 << 2,    /* every write goes to the end (O_APPEND) */
  STREAM_EOF = 1 << 3,       /* feof */
  STREAM_ERR = 1 << 4,       /* ferror */
  STREAM_LINEBUF = 1 << 5,   /* flush at each '\n' */
  STREAM_UNBUF = 1 << 6,     /* a one-byte buffer: every call writes */
  STREAM_BUF_SET = 1 << 7,   /* buffering decided: no terminal check any more */
  STREAM_ALLOCATED = 1 << 8, /* struct and buffer came from malloc (fopen), fclose frees them */
  STREAM_PUTTING = 1 << 9,   /* writing since the last read or seek */
  STREAM_CLOSED = 1 << 10,   /* a standard stream after fclose */
};

struct sysgate_file {
  char *rpos, *rend; /* unread input */
  char *wpos, *wend; /* output: next byte, end of the room putc may fill */
  char *buf;         /* the buffer, size bytes */
  char *home;        /* a standard stream's own buffer; NULL: the block after the struct */
  size_t size;
  char *save_rpos, *save_rend; /* the buffer's read window while `back` is read */
  unsigned flags;
  int fd;
  pid_t pid;                 /* popen's child, 0 for other streams */
  int locking;               /* __fsetlocking's last setting */
  struct sysgate_file *next; /* every open stream, for fflush(NULL) and exit */
  char one;                  /* the unbuffered stream's buffer */
  char back[STDIO_BACK];
#ifdef SYSGATE_THREADS
  struct sg_rlock lock; /* flockfile's; freopen keeps it */
#endif
};

/* Every entry point brackets its work on a stream with these; the _unlocked forms do not.
 * Threaded build: the stream's recursive lock (stdio_lock.c), skipped after
 * __fsetlocking(FSETLOCKING_BYCALLER) as glibc skips it. */
#ifdef SYSGATE_THREADS
void sysgate_stdio_lock(FILE *f);
void sysgate_stdio_unlock(FILE *f);
#define STREAM_LOCK(f) sysgate_stdio_lock(f)
#define STREAM_UNLOCK(f) sysgate_stdio_unlock(f)
/* The list of opened streams (stdio_core.c): taken before a stream's lock, never after. */
extern struct sg_lock sysgate_stdio_list_lock;
#else
#define STREAM_LOCK(f) ((void)(f))
#define STREAM_UNLOCK(f) ((void)(f))
#endif
#define LIST_LOCK() sg_lock_take(&sysgate_stdio_list_lock)
#define LIST_UNLOCK() sg_lock_drop(&sysgate_stdio_list_lock)
/* A body that both a function and its _unlocked twin are made of. */
#define STDIO_BODY static inline __attribute__((always_inline))
/* What an _unlocked form returns: its own lock-free body in the threaded build; without
 * threads the plain call, which takes no lock either (and keeps the form a jump). */
#ifdef SYSGATE_THREADS
#define UNLOCKED_OR(own, plain) (own)
#else
#define UNLOCKED_OR(own, plain) (plain)
#endif

/* Head of the list of the streams fopen, fdopen, popen and tmpfile opened; the standard
 * streams are never on it (stdio_core.c's flush_all reaches them). */
extern struct sysgate_file *sysgate_stdio_streams;

/* Writes the pending output; 0, or EOF with the error flag set (the output is dropped,
 * as glibc drops it). Also leaves reading mode: the descriptor is moved back over input
 * read ahead but not consumed, so the file position is the stream's. */
int sysgate_stdio_sync(FILE *f);
/* sysgate_stdio_sync's reading half (stdio_unread.c): moves the descriptor back over
 * the input read ahead and drops it; 0, or EOF. Weak: NULL in a program that reads nothing. */
int sysgate_stdio_give_back(FILE *f) __attribute__((weak));
/* Enters writing mode; 0, or EOF (read-only stream: EBADF and the error flag). */
int sysgate_stdio_start_write(FILE *f);
/* Appends n bytes under the stream's buffering; returns how many were taken. */
size_t sysgate_stdio_put(FILE *f, const char *s, size_t n);
/* putc's slow path: stores c, flushing as the buffering says; c or EOF. */
int sysgate_stdio_overflow(FILE *f, int c);
/* Makes input available in [rpos, rend); the next byte or EOF (flags set). */
int sysgate_stdio_underflow(FILE *f);
/* Writes all of s with write(2), continuing short writes and retrying EINTR; returns
 * the bytes written, and sets the error flag when that is fewer than n. */
size_t sysgate_stdio_write(FILE *f, const char *s, size_t n);
/* Sets the buffer up at the first read or write: the terminal check, then ours. */
void sysgate_stdio_setup(FILE *f);
/* Unread bytes buffered (including ungetc's). */
size_t sysgate_stdio_unread(const FILE *f);
/* Parses a mode string as glibc's fopen does: the open(2) flags and the stream flags;
 * -1 with EINVAL for a bad first letter. fdopen: only r/w/a and + count. */
int sysgate_stdio_mode(const char *mode, int *oflags, unsigned *sflags, int for_fdopen);
/* A stream on fd from malloc, with its buffer; NULL with ENOMEM. */
FILE *sysgate_stdio_new(int fd, unsigned sflags);
/* Takes a stream off the list, frees what it owns; the descriptor stays open. */
void sysgate_stdio_release(FILE *f);

#endif
