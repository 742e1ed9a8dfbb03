/* vfork(2) for x86_64: sys_vfork (the raw value) and vfork (errno).
 *
 * Not obvious: the child runs on the parent's stack until it calls execve or _exit, and it returns
 * from here first; its next call writes its return address into the very slot that held vfork's. So
 * the return address is popped into rdx, which the syscall instruction keeps (only rax, rcx and r11
 * change), and the parent, once the kernel resumes it, pushes it back and returns through its own
 * copy. (the rest: docs/arch.md)
 */
#include "../asm.h"
#include <sysgate/arch/x86_64/nr.h>

	.text

.macro SG_VFORK_TRAP
	pop	%rdx			/* the return address, off the shared stack */
	mov	$SYS_vfork, %eax
	syscall
	push	%rdx
.endm

SG_ASM_FUNC(sys_vfork)
	SG_VFORK_TRAP
	ret
SG_ASM_END(sys_vfork)

/* errno through sysgate_ret, the one place that decides what an error is: a
 * tail call, the stack being as it was at entry. */
SG_ASM_FUNC(SG_ASM_LIBC(vfork))
	SG_VFORK_TRAP
	mov	%rax, %rdi
	jmp	sysgate_ret@PLT
SG_ASM_END(SG_ASM_LIBC(vfork))

	.section .note.GNU-stack, "", @progbits
