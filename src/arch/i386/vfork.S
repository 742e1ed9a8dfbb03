/* vfork(2) for i386: sys_vfork (the raw value) and vfork (errno).
 *
 * Not obvious: the child runs on the parent's stack until it calls execve or _exit, and it returns
 * from here first; its next call writes its return address into the very slot that held vfork's. So
 * the return address is popped into ecx, which `int $0x80` keeps (only eax changes), and the
 * parent, once the kernel resumes it, pushes it back and returns through its own copy.
 *
 * `int $0x80`, not __kernel_vsyscall: a call would leave its return address on that shared stack.
 */
#include "../asm.h"
#include <sysgate/arch/i386/nr.h>

	.text

.macro SG_VFORK_TRAP
	pop	%ecx			/* the return address, off the shared stack */
	mov	$SYS_vfork, %eax
	int	$0x80
	push	%ecx
.endm

SG_ASM_FUNC(sys_vfork)
	SG_VFORK_TRAP
	ret
SG_ASM_END(sys_vfork)

/* errno through sysgate_ret, the one place that decides what an error is.
 * At entry esp % 16 == 12; 8 bytes of padding and the argument make it 0 at
 * the call, as the i386 psABI (2.x) wants. */
SG_ASM_FUNC(SG_ASM_LIBC(vfork))
	SG_VFORK_TRAP
	sub	$8, %esp
	push	%eax
	call	sysgate_ret
	add	$12, %esp
	ret
SG_ASM_END(SG_ASM_LIBC(vfork))

	.section .note.GNU-stack, "", @progbits
