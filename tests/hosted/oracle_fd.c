/* glibc-side helpers of the descriptor suites (oracle_fd.h). This file includes
 * glibc's headers and never sysgate's.
 *
 * Not obvious: _FILE_OFFSET_BITS=64 comes before every include, so that glibc's
 * off_t, struct flock and F_GETLK here are the 64-bit ones on i386 too.
 */
#define _GNU_SOURCE
#define _FILE_OFFSET_BITS 64
#include "oracle_fd.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <sys/file.h>
#include <sys/sendfile.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <sys/wait.h>
#include <unistd.h>

ORACLE_FD_CALLS(ORACLE_DEFINE)

const struct oracle_constant oracle_fd_constants[] = {ORACLE_FD_CONSTANTS(ORACLE_CONSTANT)};
const size_t oracle_fd_constant_count = sizeof oracle_fd_constants / sizeof oracle_fd_constants[0];

const struct oracle_field oracle_fd_fields[] = {ORACLE_FD_FIELDS(ORACLE_FIELD)};
const size_t oracle_fd_field_count = sizeof oracle_fd_fields / sizeof oracle_fd_fields[0];

int oracle_lock_query(int fd, int ofd, int type, int64_t start, int64_t len,
                      struct oracle_lock *out) {
  struct flock fl = {.l_type = (short)type, .l_whence = SEEK_SET, .l_start = start, .l_len = len};
  if (ofd) {
    if (fcntl(fd, F_OFD_GETLK, &fl) != 0)
      return -1;
  } else {
    /* A process never conflicts with its own POSIX locks: ask from a child. */
    int p[2];
    if (pipe(p) != 0)
      return -1;
    fflush(NULL);
    pid_t pid = fork();
    if (pid < 0)
      return -1;
    if (pid == 0) {
      int ok = fcntl(fd, F_GETLK, &fl) == 0 && write(p[1], &fl, sizeof fl) == sizeof fl;
      _exit(ok ? 0 : 1);
    }
    close(p[1]);
    int status;
    ssize_t got = read(p[0], &fl, sizeof fl);
    close(p[0]);
    if (waitpid(pid, &status, 0) != pid || got != sizeof fl)
      return -1;
  }
  out->type = fl.l_type;
  out->start = fl.l_start;
  out->len = fl.l_len;
  out->pid = fl.l_pid;
  return 0;
}

int oracle_ofd_lock(int fd, int type, int64_t start, int64_t len) {
  struct flock fl = {.l_type = (short)type, .l_whence = SEEK_SET, .l_start = start, .l_len = len};
  return fcntl(fd, F_OFD_SETLK, &fl);
}

int oracle_flock_would_block(const char *path, int exclusive) {
  int fd = open(path, O_RDONLY);
  if (fd < 0)
    return -1;
  int r = flock(fd, (exclusive ? LOCK_EX : LOCK_SH) | LOCK_NB);
  int result = r == 0 ? 0 : errno == EWOULDBLOCK ? 1 : -1;
  close(fd); /* the last descriptor of the description: releases a granted lock */
  return result;
}

int oracle_cloexec(int fd) {
  int flags = fcntl(fd, F_GETFD);
  return flags < 0 ? -1 : (flags & FD_CLOEXEC) != 0;
}

int oracle_pipe_size(int fd) {
  return fcntl(fd, F_GETPIPE_SZ);
}

int oracle_seals(int fd) {
  return fcntl(fd, F_GET_SEALS);
}

int oracle_same_file(int a, int b) {
  struct stat sa, sb;
  if (fstat(a, &sa) != 0 || fstat(b, &sb) != 0)
    return -1;
  return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

long oracle_fd_link(int fd, char *buf, size_t len) {
  char path[64];
  snprintf(path, sizeof path, "/proc/self/fd/%d", fd);
  ssize_t n = readlink(path, buf, len - 1);
  if (n >= 0)
    buf[n] = '\0';
  return n;
}
