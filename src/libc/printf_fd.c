/* dprintf(3), vdprintf(3) and sysgate_dprintf_with (sysgate/printf_lean.h): the formatter
 * (printf_engine.c) to a file descriptor.
 *
 * Not obvious: the output goes through a buffer on the stack, so one call makes one
 * write(2) when it fits (512 bytes); a longer one is written in pieces, each retried on
 * EINTR and continued after a short write, and a failed write ends the call with -1 and
 * write's errno while what went out before stays written (as glibc's dprintf).
 */
#include <sysgate/errno.h>
#include <sysgate/printf.h>
#include <sysgate/unistd.h>

#include "printf_sink.h"

static int drain(struct sysgate_printf_sink *s) {
  size_t done = 0;
  while (done < s->used) {
    ssize_t w = write(s->fd, s->buf + done, s->used - done);
    if (w < 0) {
      if (errno == EINTR)
        continue;
      return -1;
    }
    if (w == 0) { /* write(2) makes no progress: nothing more will go */
      errno = EIO;
      return -1;
    }
    done += (size_t)w;
  }
  s->used = 0;
  return 0;
}

/* The one body, with what the call may need beyond integers and strings (more). */
static int to_fd(int fd, const struct sysgate_printf_more *more, const char *format, va_list ap) {
  char buf[512];
  struct sysgate_printf_sink s = {
      .buf = buf, .cap = sizeof buf, .flush = drain, .fd = fd, .more = more};
  int n = sysgate_printf_engine(&s, format, ap);
  if (s.used && drain(&s)) /* what was formatted goes out, even before a failure */
    n = -1;
  return n;
}

int vdprintf(int fd, const char *restrict format, va_list ap) {
  return to_fd(fd, &sysgate_printf_more, format, ap);
}

int(dprintf)(int fd, const char *restrict format, ...) {
  va_list ap;
  va_start(ap, format);
  int n = vdprintf(fd, format, ap);
  va_end(ap);
  return n;
}

int sysgate_dprintf_with(const struct sysgate_printf_more *more, int fd,
                         const char *restrict format, ...) {
  va_list ap;
  va_start(ap, format);
  int n = to_fd(fd, more, format, ap);
  va_end(ap);
  return n;
}
