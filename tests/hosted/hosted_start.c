/* What sysgate's _start would do for the vDSO, done for every hosted suite
 * before main: choose the i386 system-call entry and fill the vDSO table, from
 * glibc's auxiliary vector and environment.
 *
 * Not obvious: this is the same code the startup runs (src/start.c), switch
 * and all, so ctest runs each suite twice on i386: as is, through
 * __kernel_vsyscall, and with SYSGATE_NO_VDSO=1, through `int $0x80`
 * (tests/hosted/CMakeLists.txt). Every wrapper test must pass both ways.
 */
#include <sysgate.h>

#include "oracle_vdso.h"

__attribute__((constructor)) static void hosted_start(void) {
  char **envp = oracle_environ();
  SYSGATE_ARCH_ENTRY_SETUP(oracle_getauxval(AT_SYSINFO), envp);
  sysgate_vdso_setup((const void *)oracle_getauxval(AT_SYSINFO_EHDR), envp);
}
