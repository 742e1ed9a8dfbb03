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
 * claims it). So syscall6 passes {number, arg6, entry} in a block whose address
 * travels in eax: the asm saves ebp, loads ebp and eax through that address (never
 * through esp, which the push has just moved), traps, and restores ebp.
 *
 * The entry: every stub calls through sysgate_i386_entry, which starts as
 * sysgate_i386_int80 (`int $0x80; ret`, src/arch/i386/vsyscall.S), so a program
 * that never ran sysgate's _start (the hosted tests) works; startup replaces it
 * with __kernel_vsyscall from AT_SYSINFO (vdso(7)), which enters the kernel the
 * fastest way this CPU has (sysenter on Intel, syscall on AMD). That function
 * preserves every register but eax and the flags (arch/x86/entry/vdso/vdso32/
 * system_call.S), like the trap. The entry is read into a local first and
 * called through an "m" operand: every general register may hold an argument
 * (and ebx the GOT pointer), while a local is addressed off esp or ebp, which
 * no argument uses; the 0..5-argument stubs push nothing before the call, so
 * an esp-relative address is still right when the call reads it (code that is
 * not position-independent calls through the global's absolute address). syscall6
 * pushes the entry from its block and calls through (%esp). With SYSGATE_NO_VDSO
 * (CMake: -DSYSGATE_VDSO=OFF) the stubs are the inline `int $0x80` again.
 *
 * Never `sysenter` directly: the kernel does not return after it. It returns to
 * a fixed point inside __kernel_vsyscall and restores ecx, edx and ebp from the
 * stack that function prepared (entry_SYSENTER_compat, arch/x86/entry/
 * entry_64_compat.S), and AMD CPUs refuse sysenter in a 32-bit process under a
 * 64-bit kernel altogether; the kernel alone knows which instruction works.
 */
#ifndef SYSGATE_ARCH_I386_SYSCALL_H
#define SYSGATE_ARCH_I386_SYSCALL_H

#include "../../base.h"

#ifdef SYSGATE_NO_VDSO
#define SG_I386_TRAP "int $0x80"
#define SG_I386_ENTRY_LOCAL
#define SG_I386_ENTRY_OPERAND
#define SG_I386_ENTRY6 0
/* syscall6: eax holds the block address until the number is loaded from it. */
#define SG_I386_TRAP6 "mov (%%eax), %%eax\n\t" SG_I386_TRAP
#else
/* The entry in use: __kernel_vsyscall or sysgate_i386_int80. */
extern void *sysgate_i386_entry;
void sysgate_i386_int80(void);
#define SG_I386_TRAP "call *%[entry]"
#ifdef __PIC__ /* the global's address needs the GOT register: call through a local copy */
#define SG_I386_ENTRY_LOCAL void *sg_entry = sysgate_i386_entry;
#define SG_I386_ENTRY_OPERAND , [entry] "m"(sg_entry)
#else /* an absolute address, no register: `call *sysgate_i386_entry` */
#define SG_I386_ENTRY_LOCAL
#define SG_I386_ENTRY_OPERAND , [entry] "m"(sysgate_i386_entry)
#endif
#define SG_I386_ENTRY6 sysgate_i386_entry
/* The entry is pushed, then called through the stack pointer it is now at. */
#define SG_I386_TRAP6                                                                              \
  "push 8(%%eax)\n\t"                                                                              \
  "mov (%%eax), %%eax\n\t"                                                                         \
  "call *(%%esp)\n\t"                                                                              \
  "add $4, %%esp"
#endif
/* "memory": the kernel may read or write anything the arguments point to;
 * "cc": the vsyscall does not keep the flags. */
#define SG_I386_CLOBBERS "memory", "cc"

/* One argument in a register, eax (gcc's regparm, i386 only): sysgate_ret's
 * out-of-line calls find the kernel's value where the trap left it, with no
 * push and no stack cleanup; _start passes sp to sysgate_start_c the same way. */
#define SG_ARCH_REG_ARG __attribute__((regparm(1)))

SG_INLINE long syscall0(long n) {
  SG_I386_ENTRY_LOCAL
  long ret;
  __asm__ volatile(SG_I386_TRAP : "=a"(ret) : "a"(n)SG_I386_ENTRY_OPERAND : SG_I386_CLOBBERS);
  return ret;
}

SG_INLINE long syscall1(long n, long a1) {
  SG_I386_ENTRY_LOCAL
  long ret;
  __asm__ volatile(SG_I386_TRAP
                   : "=a"(ret)
                   : "a"(n), "b"(a1)SG_I386_ENTRY_OPERAND
                   : SG_I386_CLOBBERS);
  return ret;
}

SG_INLINE long syscall2(long n, long a1, long a2) {
  SG_I386_ENTRY_LOCAL
  long ret;
  __asm__ volatile(SG_I386_TRAP
                   : "=a"(ret)
                   : "a"(n), "b"(a1), "c"(a2)SG_I386_ENTRY_OPERAND
                   : SG_I386_CLOBBERS);
  return ret;
}

SG_INLINE long syscall3(long n, long a1, long a2, long a3) {
  SG_I386_ENTRY_LOCAL
  long ret;
  __asm__ volatile(SG_I386_TRAP
                   : "=a"(ret)
                   : "a"(n), "b"(a1), "c"(a2), "d"(a3)SG_I386_ENTRY_OPERAND
                   : SG_I386_CLOBBERS);
  return ret;
}

SG_INLINE long syscall4(long n, long a1, long a2, long a3, long a4) {
  SG_I386_ENTRY_LOCAL
  long ret;
  __asm__ volatile(SG_I386_TRAP
                   : "=a"(ret)
                   : "a"(n), "b"(a1), "c"(a2), "d"(a3), "S"(a4)SG_I386_ENTRY_OPERAND
                   : SG_I386_CLOBBERS);
  return ret;
}

SG_INLINE long syscall5(long n, long a1, long a2, long a3, long a4, long a5) {
  SG_I386_ENTRY_LOCAL
  long ret;
  __asm__ volatile(SG_I386_TRAP
                   : "=a"(ret)
                   : "a"(n), "b"(a1), "c"(a2), "d"(a3), "S"(a4), "D"(a5)SG_I386_ENTRY_OPERAND
                   : SG_I386_CLOBBERS);
  return ret;
}

SG_INLINE long syscall6(long n, long a1, long a2, long a3, long a4, long a5, long a6) {
  long block[3] = {n, a6, (long)SG_I386_ENTRY6};
  long ret;
  __asm__ volatile("push %%ebp\n\t"
                   "mov 4(%%eax), %%ebp\n\t" SG_I386_TRAP6 "\n\t"
                   "pop %%ebp"
                   : "=a"(ret)
                   : "a"(block), "b"(a1), "c"(a2), "d"(a3), "S"(a4), "D"(a5)
                   : SG_I386_CLOBBERS);
  return ret;
}

#endif
