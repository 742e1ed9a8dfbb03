/* i386 ABI of sysgate/sched.h: clone(2)'s argument order.
 *
 * Not obvious: the kernel takes (flags, stack, parent_tid, tls, child_tid) (kernel/fork.c,
 * CONFIG_CLONE_BACKWARDS, selected by X86_32); sys_clone keeps x86_64's order and swaps.
 */
#ifndef SYSGATE_ARCH_I386_SCHED_H
#define SYSGATE_ARCH_I386_SCHED_H

SG_INLINE long sys_clone(unsigned long flags, void *stack, pid_t *parent_tid, pid_t *child_tid,
                         unsigned long tls) {
  return syscall5(SYS_clone, (long)flags, (long)stack, (long)parent_tid, (long)tls,
                  (long)child_tid);
}

#endif
