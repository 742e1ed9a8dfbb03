/* ioctl(2): the variadic libc layer over sys_ioctl.
 *
 * Not obvious: the third argument is read as a pointer-sized value whether or
 * not the caller passed one (glibc does the same); the kernel ignores it for
 * requests that take none.
 */
#include <stdarg.h>
#include <sysgate/ioctl.h>

int ioctl(int fd, unsigned long request, ...) {
  va_list ap;
  va_start(ap, request);
  void *arg = va_arg(ap, void *);
  va_end(ap);
  long ret = sys_ioctl(fd, request, (unsigned long)arg);
  SG_TRACE_ARGS(ioctl, ret, 3, SG_TARG(fd), {SYSGATE_TRACE_PTR, (long)request}, SG_TARG(arg));
  return (int)sysgate_ret(ret);
}
