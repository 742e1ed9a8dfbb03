/* sysgate/syscall_generic.h: syscall(2), any system call by number, and its raw
 * twin sys_syscall.
 *
 * Not obvious: syscall() always reads six long arguments, whether the call takes them or not, as
 * glibc's does; the extra ones are whatever the caller's registers or stack hold, and the kernel
 * ignores the arguments a call does not take. An argument wider than long (a 64-bit offset on i386)
 * must be passed as the two longs the kernel expects. glibc declares syscall() in <unistd.h>; here
 * it has its own header because it is no wrapper of one call.
 */
#ifndef SYSGATE_SYSCALL_GENERIC_H
#define SYSGATE_SYSCALL_GENERIC_H

#include "syscall.h"

/* The kernel's raw value: -errno on failure, errno untouched. */
SG_INLINE long sys_syscall(long number, long a1, long a2, long a3, long a4, long a5, long a6) {
  return syscall6(number, a1, a2, a3, a4, a5, a6);
}

/* glibc's contract: the result, or -1 with errno set. Variadic, so never inlined. */
long syscall(long number, ...) SG_SYMBOL(syscall);

#endif
