/* clone(2) with a function, for x86_64: sysgate_clone_fn, clone()'s raw layer.
 *
 *   long sysgate_clone_fn(fn, stack, flags, arg, parent_tid, tls, child_tid)
 *                         rdi rsi    rdx    rcx  r8          r9   8(%rsp)
 *   kernel: clone(flags, stack, parent_tid, child_tid, tls)
 *                 rdi    rsi    rdx         r10        r8
 *
 * Not obvious: the child starts on the new stack with the parent's registers
 * (rax 0) and no frame to return to, so fn and arg travel on top of that stack,
 * stored there before the trap; the child pops them, calls fn(arg) and ends
 * with exit (this thread only, as for a thread; kernel/exit.c), never touching
 * the parent's stack.
 */
#include "../asm.h"
#include <sysgate/arch/x86_64/nr.h>

	.text

SG_ASM_FUNC(sysgate_clone_fn)
	and	$-16, %rsi		/* the child's stack: aligned, fn and arg on top */
	sub	$16, %rsi
	mov	%rdi, (%rsi)
	mov	%rcx, 8(%rsi)
	mov	%rdx, %rdi		/* flags */
	mov	%r8, %rdx		/* parent_tid */
	mov	8(%rsp), %r10		/* child_tid */
	mov	%r9, %r8		/* tls */
	mov	$SYS_clone, %eax
	syscall
	test	%rax, %rax
	jz	1f
	ret				/* the parent: the child's pid, or -errno */
1:	xor	%ebp, %ebp		/* the child: an outermost frame */
	pop	%rax			/* fn */
	pop	%rdi			/* arg; rsp is 16-aligned again for the call */
	call	*%rax
	mov	%eax, %edi
	mov	$SYS_exit, %eax
	syscall
	hlt				/* not reached */
SG_ASM_END(sysgate_clone_fn)

	.section .note.GNU-stack, "", @progbits
