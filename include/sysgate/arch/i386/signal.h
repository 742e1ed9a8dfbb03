/* i386 signal ABI: the two restorers a handler returns into, and the sigtimedwait(2)
 * call that takes sysgate's 64-bit struct timespec.
 *
 * Not obvious: an i386 handler without SA_SIGINFO gets the old frame (struct sigframe: return
 * address, signal number, sigcontext), one with SA_SIGINFO the rt frame (struct rt_sigframe),
 * whichever call installed it (arch/x86/kernel/signal.c, setup_rt_frame; signal_32.c builds both).
 * (the rest: docs/arch.md)
 */
#ifndef SYSGATE_ARCH_I386_SIGNAL_H
#define SYSGATE_ARCH_I386_SIGNAL_H

/* src/arch/i386/sigrestore.S. Never called: a handler's `ret` lands on them. */
void sysgate_sigreturn(void);
void sysgate_rt_sigreturn(void);

#define SYSGATE_ARCH_SA_RESTORER(sa_flags)                                                         \
  (((sa_flags)&SA_SIGINFO) ? sysgate_rt_sigreturn : sysgate_sigreturn)

#endif
