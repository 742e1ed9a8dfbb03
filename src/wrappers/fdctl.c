/* fcntl(2)'s variadic libc layer, and the external definitions of the inline
 * calls of sysgate/fdctl.h (creat(2), fallocate(2), splice(2), tee(2)).
 *
 * Not obvious: fcntl's third argument is read with the type the command takes
 * (fcntl(2)): nothing for the F_GET* commands (0 is passed), an int for the
 * ones taking a number, a pointer otherwise, and for any command this file does
 * not know, so that a new pointer-taking one still works. Reading an int as a
 * long would hand the kernel the undefined upper half of an x86_64 register,
 * which older kernels checked in full (fs/fcntl.c before its 2023 `argi` cast:
 * valid_signal(arg) for F_SETSIG).
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
