/* The i386 signal restorers: where handlers return (sigreturn(2),
 * arch/x86/kernel/signal_32.c; the vDSO's own pair, __kernel_sigreturn and
 * __kernel_rt_sigreturn in arch/x86/entry/vdso/vdso32/sigreturn.S, does the same).
 *
 * A handler without SA_SIGINFO gets the old frame: return address, then the signal number as the
 * handler's argument, then the sigcontext. Its `ret` pops the return address; the restorer must pop
 * the argument too, because sigreturn finds the frame at regs->sp - 8. An SA_SIGINFO handler's rt
 * frame is found at regs->sp - 4, so its restorer pops nothing. Neither may move the stack any
 * other way: no C, no prologue.
 *
 * Not obvious: the exact bytes matter. `pop %eax; mov $119, %eax; int $0x80` and
 * `mov $173, %eax; int $0x80` are the sequences libgcc's unwinder
 * (config/i386/linux-unwind.h) and gdb recognize as signal frames when no unwind
 * table covers the code. The nop before each label keeps the byte before the
 * return address, which is what unwinders look up, inside this table-less object.
 */
#include <sysgate/arch/i386/nr.h>

	.section .text.sysgate_sigreturn, "ax", @progbits
	nop
	.globl	sysgate_sigreturn
	.type	sysgate_sigreturn, @function
sysgate_sigreturn:
	popl	%eax			/* the handler's argument, the signal number */
	movl	$SYS_sigreturn, %eax
	int	$0x80
	hlt				/* not reached */
	.size	sysgate_sigreturn, . - sysgate_sigreturn

	.section .text.sysgate_rt_sigreturn, "ax", @progbits
	nop
	.globl	sysgate_rt_sigreturn
	.type	sysgate_rt_sigreturn, @function
sysgate_rt_sigreturn:
	movl	$SYS_rt_sigreturn, %eax
	int	$0x80
	hlt				/* not reached */
	.size	sysgate_rt_sigreturn, . - sysgate_rt_sigreturn

	.section .note.GNU-stack, "", @progbits
