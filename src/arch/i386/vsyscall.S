/* The i386 system-call entry (arch/i386/syscall.h): the pointer every stub
 * calls through, and the plain `int $0x80` stub it points at when the vDSO's
 * __kernel_vsyscall is not used.
 *
 * Not obvious: the pointer is zero (.bss) until startup stores one or the other
 * (sysgate_i386_entry_setup, arch/i386/trap_entry.h): initialised data would cost a
 * .data section in every program. A program with its own _start, or linked with
 * another libc (the hosted tests, tests/hosted/hosted_start.c), runs
 * SYSGATE_ARCH_ENTRY_SETUP(getauxval(AT_SYSINFO), envp) before its first call.
 */
#include "../asm.h"

	.section .bss.sysgate_i386_entry, "aw", @nobits
	.balign	4
	.globl	sysgate_i386_entry
	.type	sysgate_i386_entry, @object
sysgate_i386_entry:
	.zero	4
	.size	sysgate_i386_entry, 4

/* eax: number, ebx..ebp: arguments, as __kernel_vsyscall takes them. */
	.section .text.sysgate_i386_int80, "ax", @progbits
SG_ASM_FUNC(sysgate_i386_int80)
	int	$0x80
	ret
SG_ASM_END(sysgate_i386_int80)

	.section .note.GNU-stack, "", @progbits
