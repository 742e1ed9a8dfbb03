/* i386 system call stubs syscall0..syscall6 (syscall(2), "Architecture calling conventions";
 * arch/x86/entry/entry_32.S):
 *
 *   number  arg1  arg2  arg3  arg4  arg5  arg6  result
 *   eax     ebx   ecx   edx   esi   edi   ebp   eax
 *
 * Not obvious: the trap is a call through sysgate_i386_entry (arch/i386/trap_entry.h),
 * which, like `int $0x80`, keeps every register but eax and the flags.
 */
#ifndef SYSGATE_ARCH_I386_SYSCALL_H
#define SYSGATE_ARCH_I386_SYSCALL_H

#include "../../base.h"
#include "trap_entry.h"

/* One argument in a register, eax (gcc's regparm, i386 only): sysgate_ret's
 * out-of-line calls find the kernel's value where the trap left it, with no
 * push and no stack cleanup; _start passes sp to sysgate_start_c the same way. */
#define SG_ARCH_REG_ARG __attribute__((regparm(1)))

/* "memory": the kernel may read or write anything the arguments point to;
 * "cc": __kernel_vsyscall does not keep the flags. */

SG_INLINE long syscall0(long n) {
  long ret;
  __asm__ volatile(SG_I386_TRAP : "=a"(ret) : "a"(n), [entry] "m"(SG_I386_ENTRY) : "memory", "cc");
  return ret;
}

SG_INLINE long syscall1(long n, long a1) {
  long ret;
  __asm__ volatile(SG_I386_TRAP
                   : "=a"(ret)
                   : "a"(n), "b"(a1), [entry] "m"(SG_I386_ENTRY)
                   : "memory", "cc");
  return ret;
}

SG_INLINE long syscall2(long n, long a1, long a2) {
  long ret;
  __asm__ volatile(SG_I386_TRAP
                   : "=a"(ret)
                   : "a"(n), "b"(a1), "c"(a2), [entry] "m"(SG_I386_ENTRY)
                   : "memory", "cc");
  return ret;
}

SG_INLINE long syscall3(long n, long a1, long a2, long a3) {
  long ret;
  __asm__ volatile(SG_I386_TRAP
                   : "=a"(ret)
                   : "a"(n), "b"(a1), "c"(a2), "d"(a3), [entry] "m"(SG_I386_ENTRY)
                   : "memory", "cc");
  return ret;
}

SG_INLINE long syscall4(long n, long a1, long a2, long a3, long a4) {
  long ret;
  __asm__ volatile(SG_I386_TRAP
                   : "=a"(ret)
                   : "a"(n), "b"(a1), "c"(a2), "d"(a3), "S"(a4), [entry] "m"(SG_I386_ENTRY)
                   : "memory", "cc");
  return ret;
}

SG_INLINE long syscall5(long n, long a1, long a2, long a3, long a4, long a5) {
  long ret;
  __asm__ volatile(SG_I386_TRAP
                   : "=a"(ret)
                   : "a"(n), "b"(a1), "c"(a2), "d"(a3), "S"(a4), "D"(a5), [entry] "m"(SG_I386_ENTRY)
                   : "memory", "cc");
  return ret;
}

/* No register is left for arg6 where ebp is the frame pointer: {number, arg6, entry} travel
 * in a block whose address is in eax ("Why ebp needs care on i386", docs/walkthrough.md). */
SG_INLINE long syscall6(long n, long a1, long a2, long a3, long a4, long a5, long a6) {
  long block[3] = {n, a6, (long)SG_I386_ENTRY6};
  long ret;
  __asm__ volatile("push %%ebp\n\t"
                   "mov 4(%%eax), %%ebp\n\t" SG_I386_TRAP6 "\n\t"
                   "pop %%ebp"
                   : "=a"(ret)
                   : "a"(block), "b"(a1), "c"(a2), "d"(a3), "S"(a4), "D"(a5)
                   : "memory", "cc");
  return ret;
}

#endif
