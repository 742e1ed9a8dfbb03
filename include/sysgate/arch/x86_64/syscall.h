/* x86_64 system call stubs syscall0..syscall6: the trap itself.
 *
 *   number  arg1  arg2  arg3  arg4  arg5  arg6  result  destroyed by the CPU
 *   rax     rdi   rsi   rdx   r10   r8    r9    rax     rcx, r11
 *
 * Sources: syscall(2) "Architecture calling conventions"; the kernel's
 * arch/x86/entry/entry_64.S (entry_SYSCALL_64). Not obvious: the fourth argument
 * is r10, not rcx as in a function call, because the `syscall` instruction itself
 * overwrites rcx with the return address and r11 with rflags.
 */
#ifndef SYSGATE_ARCH_X86_64_SYSCALL_H
#define SYSGATE_ARCH_X86_64_SYSCALL_H

#include "../../base.h"

/* "memory": the kernel may read or write anything the arguments point to. */
#define SG_X86_64_CLOBBERS "rcx", "r11", "memory"

SG_INLINE long syscall0(long n) {
  long ret;
  __asm__ volatile("syscall" : "=a"(ret) : "a"(n) : SG_X86_64_CLOBBERS);
  return ret;
}

SG_INLINE long syscall1(long n, long a1) {
  long ret;
  __asm__ volatile("syscall" : "=a"(ret) : "a"(n), "D"(a1) : SG_X86_64_CLOBBERS);
  return ret;
}

SG_INLINE long syscall2(long n, long a1, long a2) {
  long ret;
  __asm__ volatile("syscall" : "=a"(ret) : "a"(n), "D"(a1), "S"(a2) : SG_X86_64_CLOBBERS);
  return ret;
}

SG_INLINE long syscall3(long n, long a1, long a2, long a3) {
  long ret;
  __asm__ volatile("syscall" : "=a"(ret) : "a"(n), "D"(a1), "S"(a2), "d"(a3) : SG_X86_64_CLOBBERS);
  return ret;
}

/* r8-r10 have no constraint letter: explicit register variables bind them. */
SG_INLINE long syscall4(long n, long a1, long a2, long a3, long a4) {
  register long r10 __asm__("r10") = a4;
  long ret;
  __asm__ volatile("syscall"
                   : "=a"(ret)
                   : "a"(n), "D"(a1), "S"(a2), "d"(a3), "r"(r10)
                   : SG_X86_64_CLOBBERS);
  return ret;
}

SG_INLINE long syscall5(long n, long a1, long a2, long a3, long a4, long a5) {
  register long r10 __asm__("r10") = a4;
  register long r8 __asm__("r8") = a5;
  long ret;
  __asm__ volatile("syscall"
                   : "=a"(ret)
                   : "a"(n), "D"(a1), "S"(a2), "d"(a3), "r"(r10), "r"(r8)
                   : SG_X86_64_CLOBBERS);
  return ret;
}

SG_INLINE long syscall6(long n, long a1, long a2, long a3, long a4, long a5, long a6) {
  register long r10 __asm__("r10") = a4;
  register long r8 __asm__("r8") = a5;
  register long r9 __asm__("r9") = a6;
  long ret;
  __asm__ volatile("syscall"
                   : "=a"(ret)
                   : "a"(n), "D"(a1), "S"(a2), "d"(a3), "r"(r10), "r"(r8), "r"(r9)
                   : SG_X86_64_CLOBBERS);
  return ret;
}

/* One argument in a register: x86_64's default already passes it in rdi. */
#define SG_ARCH_REG_ARG

#endif
