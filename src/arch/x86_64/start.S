/* _start for x86_64: the first instruction of a -nostdlib program.
 *
 * The kernel enters with rsp pointing at argc (psABI 3.4.1 "Initial Stack and Register State"); rdx
 * may hold a function for atexit from a dynamic linker, and a static program has none. Not obvious:
 * the psABI wants rsp % 16 == 0 at a call, so that the callee sees rsp % 16 == 8 after the return
 * address; the kernel's own alignment of the block is not promised, so it is forced here. Built
 * with SYSGATE_PIE_CRT it is the static-PIE variant (src/relocate.c).
 */
	.text
	.globl	_start
	.type	_start, @function
_start:
	xor	%ebp, %ebp		/* outermost frame: ends debuggers' backtraces */
	mov	%rsp, %rdi		/* sysgate_start_c(long *sp) */
	and	$-16, %rsp
#ifdef SYSGATE_PIE_CRT
	mov	%rdi, %rbx		/* callee-saved: survives the call */
	call	sysgate_self_relocate	/* a static PIE first fixes its own pointers */
	mov	%rbx, %rdi
#endif
	call	sysgate_start_c
	hlt				/* not reached: sysgate_start_c calls exit */
	.size	_start, . - _start

	.section .note.GNU-stack, "", @progbits
