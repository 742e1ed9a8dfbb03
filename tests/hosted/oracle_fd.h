/* The glibc side of the descriptor suites (suite_fd.h lists them): glibc's
 * own calls with their errno, glibc's values of every constant sysgate defines
 * for the family and its structure layouts, and what glibc sees of locks,
 * pipes and descriptors. Built in oracle_fd.c; plain C types only, so both
 * sides can include it.
 *
 * Not obvious: oracle_fd.c is compiled with _FILE_OFFSET_BITS=64, so on i386
 * its lseek, pread, struct flock and F_GETLK are glibc's 64-bit ones, the
 * ones sysgate's are meant to equal.
 */
#ifndef SYSGATE_TEST_ORACLE_FD_H
#define SYSGATE_TEST_ORACLE_FD_H

#include <stddef.h>
#include <stdint.h>

/* X(return type, name, (parameters..., int *err), (arguments)): glibc_<name>
 * is glibc's <name> on those arguments, with its errno (0 if unchanged) in *err.
 * Offsets are int64_t, glibc's off64_t on both arches. */
#define ORACLE_FD_CALLS(X)                                                                         \
  X(int64_t, lseek, (int fd, int64_t off, int whence, int *err), (fd, off, whence))                \
  X(long, pread, (int fd, void *buf, size_t n, int64_t off, int *err), (fd, buf, n, off))          \
  X(long, pwrite, (int fd, const void *buf, size_t n, int64_t off, int *err), (fd, buf, n, off))   \
  X(long, readv, (int fd, const void *iov, int cnt, int *err), (fd, iov, cnt))                     \
  X(long, writev, (int fd, const void *iov, int cnt, int *err), (fd, iov, cnt))                    \
  X(long, preadv, (int fd, const void *iov, int cnt, int64_t off, int *err), (fd, iov, cnt, off))  \
  X(long, pwritev, (int fd, const void *iov, int cnt, int64_t off, int *err), (fd, iov, cnt, off)) \
  X(long, preadv2, (int fd, const void *iov, int cnt, int64_t off, int flags, int *err),           \
    (fd, iov, cnt, off, flags))                                                                    \
  X(long, pwritev2, (int fd, const void *iov, int cnt, int64_t off, int flags, int *err),          \
    (fd, iov, cnt, off, flags))                                                                    \
  X(int, creat, (const char *path, unsigned int mode, int *err), (path, mode))                     \
  X(int, dup, (int fd, int *err), (fd))                                                            \
  X(int, dup2, (int fd, int newfd, int *err), (fd, newfd))                                         \
  X(int, dup3, (int fd, int newfd, int flags, int *err), (fd, newfd, flags))                       \
  X(int, pipe, (int *fds, int *err), (fds))                                                        \
  X(int, pipe2, (int *fds, int flags, int *err), (fds, flags))                                     \
  X(int, fcntl, (int fd, int cmd, unsigned long arg, int *err), (fd, cmd, arg))                    \
  X(int, fsync, (int fd, int *err), (fd))                                                          \
  X(int, fdatasync, (int fd, int *err), (fd))                                                      \
  X(int, syncfs, (int fd, int *err), (fd))                                                         \
  X(int, ftruncate, (int fd, int64_t len, int *err), (fd, len))                                    \
  X(int, truncate, (const char *path, int64_t len, int *err), (path, len))                         \
  X(int, fallocate, (int fd, int mode, int64_t off, int64_t len, int *err), (fd, mode, off, len))  \
  X(long, readahead, (int fd, int64_t off, size_t n, int *err), (fd, off, n))                      \
  X(long, sendfile, (int out, int in, int64_t *off, size_t n, int *err), (out, in, off, n))        \
  X(long, copy_file_range,                                                                         \
    (int in, int64_t *off_in, int out, int64_t *off_out, size_t n, unsigned int flags, int *err),  \
    (in, off_in, out, off_out, n, flags))                                                          \
  X(long, splice,                                                                                  \
    (int in, int64_t *off_in, int out, int64_t *off_out, size_t n, unsigned int flags, int *err),  \
    (in, off_in, out, off_out, n, flags))                                                          \
  X(long, tee, (int in, int out, size_t n, unsigned int flags, int *err), (in, out, n, flags))     \
  X(int, flock, (int fd, int op, int *err), (fd, op))                                              \
  X(int, close_range, (unsigned int first, unsigned int last, int flags, int *err),                \
    (first, last, flags))

#define ORACLE_DECLARE(T, name, params, args) T glibc_##name params;
ORACLE_FD_CALLS(ORACLE_DECLARE)

/* For the oracle_*.c files, which see glibc's errno: glibc_<name> itself. */
#define ORACLE_DEFINE(T, name, params, args)                                                       \
  T glibc_##name params {                                                                          \
    errno = 0;                                                                                     \
    T r = name args;                                                                               \
    *err = errno;                                                                                  \
    return r;                                                                                      \
  }

/* One row of a constants or layout table, for whichever side expands it: the
 * oracle files with glibc's definitions, a suite with sysgate's. */
#define ORACLE_CONSTANT(name) {#name, (long long)(name)},
#define ORACLE_FIELD(tag, member)                                                                  \
  {#tag "." #member, sizeof(struct tag), offsetof(struct tag, member),                             \
   sizeof(((struct tag *)0)->member)},

/* Every constant sysgate defines for the descriptor calls. */
#define ORACLE_FD_CONSTANTS(X)                                                                     \
  X(SEEK_SET)                                                                                      \
  X(SEEK_CUR)                                                                                      \
  X(SEEK_END)                                                                                      \
  X(SEEK_DATA)                                                                                     \
  X(SEEK_HOLE)                                                                                     \
  X(CLOSE_RANGE_UNSHARE)                                                                           \
  X(CLOSE_RANGE_CLOEXEC)                                                                           \
  X(RWF_HIPRI)                                                                                     \
  X(RWF_DSYNC)                                                                                     \
  X(RWF_SYNC)                                                                                      \
  X(RWF_NOWAIT)                                                                                    \
  X(RWF_APPEND)                                                                                    \
  X(RWF_NOAPPEND)                                                                                  \
  X(F_DUPFD)                                                                                       \
  X(F_GETFD)                                                                                       \
  X(F_SETFD)                                                                                       \
  X(F_GETFL)                                                                                       \
  X(F_SETFL)                                                                                       \
  X(F_GETLK)                                                                                       \
  X(F_SETLK)                                                                                       \
  X(F_SETLKW)                                                                                      \
  X(F_SETOWN)                                                                                      \
  X(F_GETOWN)                                                                                      \
  X(F_SETSIG)                                                                                      \
  X(F_GETSIG)                                                                                      \
  X(F_SETOWN_EX)                                                                                   \
  X(F_GETOWN_EX)                                                                                   \
  X(F_OFD_GETLK)                                                                                   \
  X(F_OFD_SETLK)                                                                                   \
  X(F_OFD_SETLKW)                                                                                  \
  X(F_SETLEASE)                                                                                    \
  X(F_GETLEASE)                                                                                    \
  X(F_DUPFD_CLOEXEC)                                                                               \
  X(F_SETPIPE_SZ)                                                                                  \
  X(F_GETPIPE_SZ)                                                                                  \
  X(F_ADD_SEALS)                                                                                   \
  X(F_GET_SEALS)                                                                                   \
  X(FD_CLOEXEC)                                                                                    \
  X(F_RDLCK)                                                                                       \
  X(F_WRLCK)                                                                                       \
  X(F_UNLCK)                                                                                       \
  X(F_SEAL_SEAL)                                                                                   \
  X(F_SEAL_SHRINK)                                                                                 \
  X(F_SEAL_GROW)                                                                                   \
  X(F_SEAL_WRITE)                                                                                  \
  X(F_SEAL_FUTURE_WRITE)                                                                           \
  X(F_OWNER_TID)                                                                                   \
  X(F_OWNER_PID)                                                                                   \
  X(F_OWNER_PGRP)                                                                                  \
  X(FALLOC_FL_KEEP_SIZE)                                                                           \
  X(FALLOC_FL_PUNCH_HOLE)                                                                          \
  X(FALLOC_FL_NO_HIDE_STALE)                                                                       \
  X(FALLOC_FL_COLLAPSE_RANGE)                                                                      \
  X(FALLOC_FL_ZERO_RANGE)                                                                          \
  X(FALLOC_FL_INSERT_RANGE)                                                                        \
  X(FALLOC_FL_UNSHARE_RANGE)                                                                       \
  X(SPLICE_F_MOVE)                                                                                 \
  X(SPLICE_F_NONBLOCK)                                                                             \
  X(SPLICE_F_MORE)                                                                                 \
  X(SPLICE_F_GIFT)                                                                                 \
  X(LOCK_SH)                                                                                       \
  X(LOCK_EX)                                                                                       \
  X(LOCK_NB)                                                                                       \
  X(LOCK_UN)

/* Every member of the structures sysgate defines for them: X(struct tag, member). */
#define ORACLE_FD_FIELDS(X)                                                                        \
  X(iovec, iov_base)                                                                               \
  X(iovec, iov_len)                                                                                \
  X(flock, l_type)                                                                                 \
  X(flock, l_whence)                                                                               \
  X(flock, l_start)                                                                                \
  X(flock, l_len)                                                                                  \
  X(flock, l_pid)                                                                                  \
  X(f_owner_ex, type)                                                                              \
  X(f_owner_ex, pid)

struct oracle_constant {
  const char *name;
  long long value;
};

struct oracle_field {
  const char *name; /* "struct.member" */
  size_t struct_size, offset, size;
};

extern const struct oracle_constant oracle_fd_constants[];
extern const size_t oracle_fd_constant_count;
extern const struct oracle_field oracle_fd_fields[];
extern const size_t oracle_fd_field_count;

/* What glibc's F_GETLK (from a forked child, so this process's own locks
 * count as conflicts) or F_OFD_GETLK (in this process, on fd) reports for a
 * would-be lock of `type` over [start, start + len). 0 on success. */
struct oracle_lock {
  int type; /* the conflicting lock's, or F_UNLCK */
  int64_t start, len;
  int pid; /* its holder; -1 for an OFD lock */
};
int oracle_lock_query(int fd, int ofd, int type, int64_t start, int64_t len,
                      struct oracle_lock *out);

/* Takes (or, with F_UNLCK, drops) an OFD lock on fd with glibc's F_OFD_SETLK;
 * 0 on success. It conflicts with this process's own POSIX locks too. */
int oracle_ofd_lock(int fd, int type, int64_t start, int64_t len);

/* Opens path anew (a new open file description) and tries flock(op | LOCK_NB):
 * 1 if it would block, 0 if it was granted (then released), -1 on error. */
int oracle_flock_would_block(const char *path, int exclusive);

int oracle_cloexec(int fd);         /* 1 if FD_CLOEXEC is set, 0 if not, -1 on error */
int oracle_pipe_size(int fd);       /* F_GETPIPE_SZ */
int oracle_seals(int fd);           /* F_GET_SEALS */
int oracle_same_file(int a, int b); /* 1 if both are the same inode */
long oracle_fd_link(int fd, char *buf, size_t len); /* readlink /proc/self/fd/<fd> */

#endif
