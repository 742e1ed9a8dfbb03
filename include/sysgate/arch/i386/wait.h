/* i386 ABI of sysgate/wait.h: wait4(2) with the kernel's 32-bit rusage.
 *
 * Not obvious: a bad rusage pointer is EFAULT only after the child is reaped, as the
 * kernel's own copy_to_user would be (kernel/exit.c); the widening is arch/i386/resource.h's.
 */
#ifndef SYSGATE_ARCH_I386_WAIT_H
#define SYSGATE_ARCH_I386_WAIT_H

#include "resource.h"

/* The kernel fills the rusage only when it reports a child (a pid > 0). */
SG_INLINE long sys_wait4(pid_t pid, int *status, int options, struct rusage *usage) {
  struct sysgate_rusage32 k;
  long ret = syscall4(SYS_wait4, pid, (long)status, options, usage ? (long)&k : 0);
  if (ret > 0 && usage && sysgate_rusage_out(usage, &k) != 0)
    return -EFAULT;
  return ret;
}

#endif
