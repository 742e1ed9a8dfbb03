/* x86_64 ABI details of the process calls: clone(2)'s argument order, the id
 * calls' numbers, getrlimit(2)/setrlimit(2), getrusage(2) and wait4(2).
 *
 * Not obvious: the raw clone takes (flags, stack, parent_tid, child_tid, tls);
 * i386 swaps the last two (kernel/fork.c, CONFIG_CLONE_BACKWARDS). sys_clone
 * keeps this order on both arches. Everything else here is the plain call: a
 * 64-bit kernel's rlimit, rusage and ids already have sysgate's layout.
 */
#ifndef SYSGATE_ARCH_X86_64_PROC_H
#define SYSGATE_ARCH_X86_64_PROC_H

/* Included by sysgate/resource.h, after struct rlimit and struct rusage. */
#include "../../syscall.h"
#include "../../types.h"

/* The id calls (getuid, setresuid, getgroups, ...) under their own names. */

SG_INLINE long sys_clone(unsigned long flags, void *stack, pid_t *parent_tid, pid_t *child_tid,
                         unsigned long tls) {
  return syscall5(SYS_clone, (long)flags, (long)stack, (long)parent_tid, (long)child_tid,
                  (long)tls);
}

#endif
