/* x86_64 signal ABI: the restorer a handler returns into, and the sigtimedwait(2)
 * call that takes sysgate's struct timespec.
 *
 * Not obvious: x86_64 has one frame layout, the rt one, for every handler
 * (arch/x86/kernel/signal_64.c, x64_setup_rt_frame), and the kernel refuses to
 * build it without SA_RESTORER: there is no vDSO restorer to fall back on, so one
 * restorer doing rt_sigreturn serves plain and SA_SIGINFO handlers alike.
 */
#ifndef SYSGATE_ARCH_X86_64_SIGNAL_H
#define SYSGATE_ARCH_X86_64_SIGNAL_H

/* src/arch/x86_64/sigrestore.S. Never called: a handler's `ret` lands on it. */
void sysgate_rt_sigreturn(void);

#define SYSGATE_ARCH_SA_RESTORER(sa_flags) sysgate_rt_sigreturn

/* struct timespec is already the kernel's 64-bit one. */

#endif
