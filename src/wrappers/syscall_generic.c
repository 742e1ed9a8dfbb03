/* syscall(2): the variadic libc layer over sys_syscall.
 *
 * Not obvious: all six arguments are read even when the caller passed fewer, as glibc's
 * syscall() does: words of the caller's frame the kernel then ignores, so AddressSanitizer
 * is told not to instrument this one function (the rest: docs/calls.md).
 */
#include <stdarg.h>
#include <sysgate/syscall_generic.h>

SG_EXTERN(sys_syscall);

__attribute__((no_sanitize_address)) long syscall(long number, ...) {
  va_list ap;
  va_start(ap, number);
  long a1 = va_arg(ap, long), a2 = va_arg(ap, long), a3 = va_arg(ap, long);
  long a4 = va_arg(ap, long), a5 = va_arg(ap, long), a6 = va_arg(ap, long);
  va_end(ap);
  return sysgate_ret(sys_syscall(number, a1, a2, a3, a4, a5, a6));
}
