/* clone(2) with a function, for i386: sysgate_clone_fn, clone()'s raw layer.
 *
 *   long sysgate_clone_fn(fn, stack, flags, arg, parent_tid, tls, child_tid)
 *   (cdecl: all on the stack)
 *   kernel: clone(flags, stack, parent_tid, tls, child_tid)
 *                 ebx    ecx    edx         esi  edi
 *
 * Not obvious: i386's raw clone puts tls before child_tid (CONFIG_CLONE_BACKWARDS in kernel/fork.c;
 * the ia32 compat entry keeps the order), and tls is a struct user_desc pointer there, not a base
 * address. The child starts on the new stack with no frame to return to, so arg and fn travel on
 * top of that stack, arg where fn's first argument belongs; the child calls fn and ends with exit
 * (this thread only), never touching the parent's stack. (the rest: docs/arch.md)
 *
 * `int $0x80`, not __kernel_vsyscall: the child, on its new stack, could not pop what it pushed.
 */
#include "../asm.h"
#include <sysgate/arch/i386/nr.h>

	.text

SG_ASM_FUNC(sysgate_clone_fn)
	push	%ebx			/* callee-saved, and the trap needs them */
	push	%esi
	push	%edi			/* the arguments now start at 16(%esp) */
	mov	20(%esp), %ecx		/* the child's stack: aligned, arg and fn on top */
	and	$-16, %ecx
	sub	$16, %ecx
	mov	28(%esp), %eax		/* arg */
	mov	%eax, (%ecx)
	mov	16(%esp), %eax		/* fn */
	mov	%eax, 4(%ecx)
	mov	24(%esp), %ebx		/* flags */
	mov	32(%esp), %edx		/* parent_tid */
	mov	36(%esp), %esi		/* tls */
	mov	40(%esp), %edi		/* child_tid */
	mov	$SYS_clone, %eax
	int	$0x80
	test	%eax, %eax
	jz	1f
	pop	%edi			/* the parent: the child's pid, or -errno */
	pop	%esi
	pop	%ebx
	ret
1:	xor	%ebp, %ebp		/* the child: an outermost frame; esp % 16 == 0 */
	call	*4(%esp)		/* fn(arg), arg at 0(%esp) */
	mov	%eax, %ebx
	mov	$SYS_exit, %eax
	int	$0x80
	hlt				/* not reached */
SG_ASM_END(sysgate_clone_fn)

	.section .note.GNU-stack, "", @progbits
