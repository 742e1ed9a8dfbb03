/* i386 startup's choice of system-call entry (arch/i386/syscall.h):
 * __kernel_vsyscall, whose address the kernel passes as AT_SYSINFO (vdso(7)),
 * or the `int $0x80` stub it replaces. The code is the inline
 * sysgate_i386_entry_setup in sysgate/arch/i386/trap_entry.h, which src/start.c
 * inlines; this is its one external definition, for the hosted tests.
 *
 * Not obvious: this is a file of its own so that nothing else comes with it.
 * Anything that shared its object file would be linked wherever this
 * definition is, and the time-call table (src/vdso_time.c) would bring the
 * whole ELF reader.
 */
#include <sysgate/arch/i386/trap_entry.h>

SG_EXTERN(sysgate_i386_entry_setup);
