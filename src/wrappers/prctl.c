/* sysgate/prctl.h: the variadic prctl(2), which reads all four optional arguments.
 *
 * Not obvious: the kernel ignores those an option does not use, so reading them all
 * is what glibc does too (sysdeps/unix/sysv/linux/prctl.c).
 */
#include <stdarg.h>
#include <sysgate/prctl.h>

int prctl(int option, ...) {
  va_list ap;
  va_start(ap, option);
  unsigned long a2 = va_arg(ap, unsigned long);
  unsigned long a3 = va_arg(ap, unsigned long);
  unsigned long a4 = va_arg(ap, unsigned long);
  unsigned long a5 = va_arg(ap, unsigned long);
  va_end(ap);
  return (int)sysgate_ret(sys_prctl(option, a2, a3, a4, a5));
}
