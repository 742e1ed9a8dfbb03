/* put.h: output for the tests/posix programs, which have no printf: sysgate has
 * no stdio. Plain POSIX (write(2), strlen(3)), so it compiles unchanged against
 * glibc and against sysgate's drop-in headers.
 *
 * Not obvious: static inline, so a program that uses only put() gets no
 * unused-function warning under -Werror.
 */
#ifndef POSIX_TEST_PUT_H
#define POSIX_TEST_PUT_H

#include <errno.h>
#include <string.h>
#include <unistd.h>

/* Writes all len bytes of buf to fd, looping over short writes and EINTR.
 * 0, or -1 with errno set. */
static inline int write_all(int fd, const char *buf, size_t len) {
  while (len > 0) {
    ssize_t n = write(fd, buf, len);
    if (n < 0) {
      if (errno == EINTR)
        continue;
      return -1;
    }
    buf += n;
    len -= (size_t)n;
  }
  return 0;
}

/* Writes all of s to fd; errors have nowhere to go. */
static inline void put_fd(int fd, const char *s) {
  (void)write_all(fd, s, strlen(s));
}

static inline void put(const char *s) {
  put_fd(STDOUT_FILENO, s);
}

/* v in decimal on stdout. */
static inline void put_num(long long v) {
  char buf[24], *p = buf + sizeof buf;
  unsigned long long u = v < 0 ? 0ull - (unsigned long long)v : (unsigned long long)v;
  *--p = '\0';
  do
    *--p = (char)('0' + u % 10);
  while ((u /= 10) != 0);
  if (v < 0)
    *--p = '-';
  put(p);
}

/* put(a), put_num(v), put(b): one labelled number. */
static inline void put_line(const char *a, long long v, const char *b) {
  put(a);
  put_num(v);
  put(b);
}

#endif
