/* The i386 system-call entry for verify_badinput, chosen as sysgate's _start would
 * (tests/hosted/hosted_start.c also fills the vDSO table; this does not).
 *
 * Not obvious: with no vDSO table every call is a system call, whose bad pointers the
 * kernel answers with EFAULT, as glibc's calls do here; the vDSO's getcpu would fault.
 */
#include <sysgate.h>

#include "oracle_vdso.h"

__attribute__((constructor)) static void badinput_entry(void) {
  SYSGATE_ARCH_ENTRY_SETUP(oracle_getauxval(AT_SYSINFO), oracle_environ());
}
