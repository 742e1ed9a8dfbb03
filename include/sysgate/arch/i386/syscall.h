/* i386 system call stubs syscall0..syscall6: the trap itself.
 *
 *   number  arg1  arg2  arg3  arg4  arg5  arg6  result
 *   eax     ebx   ecx   edx   esi   edi   ebp   eax
 *
 * Sources: syscall(2) "Architecture calling conventions"; the kernel's
 * arch/x86/entry/entry_32.S (entry_INT80_32). `int $0x80` preserves every register
 * but eax.
 *
 * Not obvious: the sixth argument needs ebp, which is the frame pointer at -O0
 * or with -fno-omit-frame-pointer, and no register is left once eax..edi are taken
 * (ebx is also the GOT pointer under -fPIC; both compilers save it around asm that
 * claims it). So syscall6 passes {number, arg6} in a two-word block whose address
 * travels in eax: the asm saves ebp, loads ebp and eax through that address (never
 * through esp, which the push has just moved), traps, and restores ebp.
 *
 * The trap is one macro: switching every stub to the vDSO's __kernel_vsyscall is
 * a change here only; the wrappers call syscallN and never name the instruction.
 */
#ifndef SYSGATE_ARCH_I386_SYSCALL_H
#define SYSGATE_ARCH_I386_SYSCALL_H

#include "../../base.h"

#define SG_I386_TRAP "int $0x80"
/* "memory": the kernel may read or write anything the arguments point to. */
#define SG_I386_CLOBBERS "memory", "cc"

SG_INLINE long syscall0(long n) {
  long ret;
  __asm__ volatile(SG_I386_TRAP : "=a"(ret) : "a"(n) : SG_I386_CLOBBERS);
  return ret;
}

SG_INLINE long syscall1(long n, long a1) {
  long ret;
  __asm__ volatile(SG_I386_TRAP : "=a"(ret) : "a"(n), "b"(a1) : SG_I386_CLOBBERS);
  return ret;
}

SG_INLINE long syscall2(long n, long a1, long a2) {
  long ret;
  __asm__ volatile(SG_I386_TRAP : "=a"(ret) : "a"(n), "b"(a1), "c"(a2) : SG_I386_CLOBBERS);
  return ret;
}

SG_INLINE long syscall3(long n, long a1, long a2, long a3) {
  long ret;
  __asm__ volatile(SG_I386_TRAP : "=a"(ret) : "a"(n), "b"(a1), "c"(a2), "d"(a3) : SG_I386_CLOBBERS);
  return ret;
}

SG_INLINE long syscall4(long n, long a1, long a2, long a3, long a4) {
  long ret;
  __asm__ volatile(SG_I386_TRAP
                   : "=a"(ret)
                   : "a"(n), "b"(a1), "c"(a2), "d"(a3), "S"(a4)
                   : SG_I386_CLOBBERS);
  return ret;
}

SG_INLINE long syscall5(long n, long a1, long a2, long a3, long a4, long a5) {
  long ret;
  __asm__ volatile(SG_I386_TRAP
                   : "=a"(ret)
                   : "a"(n), "b"(a1), "c"(a2), "d"(a3), "S"(a4), "D"(a5)
                   : SG_I386_CLOBBERS);
  return ret;
}

SG_INLINE long syscall6(long n, long a1, long a2, long a3, long a4, long a5, long a6) {
  long block[2] = {n, a6};
  long ret;
  __asm__ volatile("push %%ebp\n\t"
                   "mov 4(%%eax), %%ebp\n\t"
                   "mov (%%eax), %%eax\n\t" SG_I386_TRAP "\n\t"
                   "pop %%ebp"
                   : "=a"(ret)
                   : "a"(block), "b"(a1), "c"(a2), "d"(a3), "S"(a4), "D"(a5)
                   : SG_I386_CLOBBERS);
  return ret;
}

#endif
