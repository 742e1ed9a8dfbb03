/* _start for i386: the first instruction of a -nostdlib program.
 *
 * The kernel enters with esp pointing at argc (i386 psABI "Process Initialization"); edx may hold a
 * function for atexit from a dynamic linker, and a static program has none. Not obvious: gcc and
 * clang assume esp % 16 == 0 at every call on Linux i386 (the 2.x psABI), which the kernel does not
 * promise here: align, then pad 12 bytes so the one pushed argument lands on the boundary. Built
 * with SYSGATE_PIE_CRT it is the static-PIE variant (src/relocate.c).
 */
	.text
	.globl	_start
	.type	_start, @function
_start:
	xor	%ebp, %ebp		/* outermost frame: ends debuggers' backtraces */
	mov	%esp, %eax		/* sysgate_start_c(long *sp), sp in eax (regparm) */
	and	$-16, %esp
#ifdef SYSGATE_PIE_CRT
	/* A static PIE first fixes its own pointers; sp survives in esi. */
	mov	%eax, %esi
	sub	$12, %esp
	push	%eax
	call	sysgate_self_relocate
	mov	%esi, %eax
#endif
	call	sysgate_start_c
	hlt				/* not reached: sysgate_start_c calls exit */
	.size	_start, . - _start

	.section .note.GNU-stack, "", @progbits
