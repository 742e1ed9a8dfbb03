/* syscall(2): the variadic libc layer over sys_syscall.
 *
 * Not obvious: all six arguments are read with va_arg even when the caller
 * passed fewer, as glibc's syscall() does (sysdeps/unix/sysv/linux/x86_64/syscall.S
 * moves all six registers): the function cannot know how many the call takes.
 * On x86_64 the sixth comes from the caller's stack (five fit in registers after
 * the number), on i386 all from the caller's frame: a readable word the kernel
 * then ignores, but outside what the caller passed, so AddressSanitizer is told
 * not to instrument this one function.
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
