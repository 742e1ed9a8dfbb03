/* i386 trap entry: the pointer every stub of arch/i386/syscall.h calls through, and
 * startup's choice of what it points at: __kernel_vsyscall (AT_SYSINFO, vdso(7)), the
 * fastest way into the kernel this CPU has, or sysgate_i386_int80, `int $0x80; ret`.
 *
 * Not obvious: never `sysenter` directly. The kernel returns from it to a fixed point
 * inside __kernel_vsyscall (entry_SYSENTER_compat, arch/x86/entry/entry_64_compat.S).
 */
#ifndef SYSGATE_ARCH_I386_TRAP_ENTRY_H
#define SYSGATE_ARCH_I386_TRAP_ENTRY_H

#include "../../base.h"

#ifdef SYSGATE_NO_VDSO
/* The stubs trap inline; their [entry] operand is an address no instruction reads. */
#define SG_I386_TRAP "int $0x80"
#define SG_I386_ENTRY (*(void **)0)
/* syscall6: eax holds the block's address until the number is loaded from it. */
#define SG_I386_TRAP6 "mov (%%eax), %%eax\n\tint $0x80"
#define SG_I386_ENTRY6 0
#else
/* src/arch/i386/vsyscall.S: zero (.bss) until startup stores one or the other. */
extern void *sysgate_i386_entry;
void sysgate_i386_int80(void);
#define SYSGATE_HAVE_VSYSCALL 1
#define SG_I386_TRAP "call *%[entry]"
/* Every register may hold an argument. Code at a fixed address reads the global at its
 * absolute address; position-independent code would need ebx, the GOT pointer, so it
 * calls through a copy on the stack (a compound literal), addressed off esp or ebp. */
#ifdef __PIC__
#define SG_I386_ENTRY ((void *){sysgate_i386_entry})
#else
#define SG_I386_ENTRY sysgate_i386_entry
#endif
/* syscall6: the entry, from the block, pushed and called through the stack top. */
#define SG_I386_TRAP6 "push 8(%%eax)\n\tmov (%%eax), %%eax\n\tcall *(%%esp)\n\tadd $4, %%esp"
#define SG_I386_ENTRY6 sysgate_i386_entry
#endif

/* At startup: __kernel_vsyscall (AT_SYSINFO) unless the vDSO is switched off.
 * Always inlined, so that every program's startup spends no call and no
 * function on it; src/arch/i386/vsyscall_setup.c has the external definition. */
int sysgate_vdso_wanted(char **envp); /* sysgate/vdso.h */
__attribute__((always_inline)) SG_INLINE void sysgate_i386_entry_setup(unsigned long sysinfo,
                                                                       char **envp) {
#ifdef SYSGATE_NO_VDSO
  (void)sysinfo, (void)envp;
#else
  sysgate_i386_entry =
      sysinfo && sysgate_vdso_wanted(envp) ? (void *)sysinfo : (void *)sysgate_i386_int80;
#endif
}
#ifdef SYSGATE_NO_VDSO
#define SYSGATE_ARCH_ENTRY_SETUP(sysinfo, envp) ((void)0)
#elif defined SYSGATE_TINY /* --tiny: AT_SYSINFO when given, without the SYSGATE_NO_VDSO switch */
__attribute__((always_inline)) static inline void
sysgate_i386_entry_setup_tiny(unsigned long sysinfo) {
  sysgate_i386_entry = sysinfo ? (void *)sysinfo : (void *)sysgate_i386_int80;
}
#define SYSGATE_ARCH_ENTRY_SETUP(sysinfo, envp) sysgate_i386_entry_setup_tiny(sysinfo)
#else
#define SYSGATE_ARCH_ENTRY_SETUP(sysinfo, envp) sysgate_i386_entry_setup(sysinfo, envp)
#endif

#endif
