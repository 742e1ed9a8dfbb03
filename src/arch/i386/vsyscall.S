/* The i386 system-call entry (arch/i386/syscall.h): the pointer every stub
 * calls through, and its default, a plain `int $0x80`.
 *
 * Not obvious: the pointer is initialised data, not set by code, so it is
 * right before any startup code runs and in programs that never run sysgate's
 * _start at all (the hosted tests, linked with glibc). In a static PIE the word
 * is one R_386_RELATIVE relocation, applied before _start calls any C.
 */
#include "../asm.h"

	.section .data.sysgate_i386_entry, "aw", @progbits
	.balign	4
	.globl	sysgate_i386_entry
	.type	sysgate_i386_entry, @object
sysgate_i386_entry:
	.long	sysgate_i386_int80
	.size	sysgate_i386_entry, 4

/* eax: number, ebx..ebp: arguments, as __kernel_vsyscall takes them. */
	.section .text.sysgate_i386_int80, "ax", @progbits
SG_ASM_FUNC(sysgate_i386_int80)
	int	$0x80
	ret
SG_ASM_END(sysgate_i386_int80)

	.section .note.GNU-stack, "", @progbits
