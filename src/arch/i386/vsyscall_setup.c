/* i386 startup's choice of system-call entry (arch/i386/syscall.h):
 * __kernel_vsyscall, whose address the kernel passes as AT_SYSINFO (vdso(7)),
 * or the `int $0x80` stub it replaces.
 *
 * Not obvious: this is a file of its own because every i386 program runs it.
 * Anything that shared its object file would be linked into all of them, and
 * the time-call table (src/vdso_time.c) would bring the whole ELF reader.
 */
#include <sysgate/vdso.h>

void sysgate_i386_entry_setup(unsigned long sysinfo, char **envp) {
#ifdef SYSGATE_NO_VDSO
  (void)sysinfo, (void)envp;
#else
  if (sysinfo && sysgate_vdso_wanted(envp))
    sysgate_i386_entry = (void *)sysinfo;
#endif
}
