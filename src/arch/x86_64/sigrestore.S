/* The x86_64 signal restorer: where every handler returns (sigreturn(2),
 * arch/x86/kernel/signal_64.c).
 *
 * The kernel's rt frame starts with the return address; the handler's `ret` pops
 * it, leaving rsp at the ucontext that rt_sigreturn reads back (regs->sp - 8 in
 * the kernel's terms). So nothing may touch the stack before the call: no C, no
 * prologue.
 *
 * Not obvious: the exact bytes matter. `movq $15, %rax` (48 c7 c0 0f 00 00 00) then `syscall` is
 * the sequence libgcc's unwinder (config/i386/linux-unwind.h) and gdb recognize as a signal frame
 * when no unwind table covers the code, so a backtrace from inside a handler continues into the
 * interrupted function. (the rest: docs/arch.md)
 */
#include <sysgate/arch/x86_64/nr.h>

	.section .text.sysgate_rt_sigreturn, "ax", @progbits
	nop
	.globl	sysgate_rt_sigreturn
	.type	sysgate_rt_sigreturn, @function
sysgate_rt_sigreturn:
	movq	$SYS_rt_sigreturn, %rax
	syscall
	hlt				/* not reached: rt_sigreturn does not return here */
	.size	sysgate_rt_sigreturn, . - sysgate_rt_sigreturn

	.section .note.GNU-stack, "", @progbits
