/* fcntl(2)'s variadic libc layer (sysgate/fdctl.h).
 *
 * Not obvious: the third argument is read with the type the command takes: nothing,
 * an int, or a pointer (also for a command this file does not know), never an int
 * read as a long (fcntl(2); the rest: docs/calls.md).
 */
#include <stdarg.h>
#include <sysgate/fdctl.h>

int fcntl(int fd, int cmd, ...) {
  unsigned long arg = 0;
  va_list ap;
  va_start(ap, cmd);
  switch (cmd) {
  case F_GETFD:
  case F_GETFL:
  case F_GETOWN:
  case F_GETSIG:
  case F_GETLEASE:
  case F_GETPIPE_SZ:
  case F_GET_SEALS:
    break;
  case F_DUPFD:
  case F_DUPFD_CLOEXEC:
  case F_SETFD:
  case F_SETFL:
  case F_SETOWN:
  case F_SETSIG:
  case F_SETLEASE:
  case F_SETPIPE_SZ:
  case F_ADD_SEALS:
    arg = (unsigned long)va_arg(ap, int); /* sign-extended, as the kernel's (int) cast expects */
    break;
  default:
    arg = (unsigned long)va_arg(ap, void *);
    break;
  }
  va_end(ap);
  long ret = sys_fcntl(fd, cmd, arg);
  SG_TRACE_ARGS(fcntl, ret, 3, SG_TARG(fd), SG_TARG(cmd), {SYSGATE_TRACE_PTR, (long)arg});
  return (int)sysgate_ret(ret);
}
