/* <sys/syscall.h>: SYS_<name> and __NR_<name>, the target arch's system call
 * numbers, for syscall(2), which comes with them (glibc declares it in <unistd.h>).
 *
 * Not obvious: both lists are generated from tools/kernel-tables by
 * tools/gen_syscall_nr.py (arch/<arch>/nr.h and nr_uapi.h); the __NR_ ones are
 * spelled as the kernel's <asm/unistd.h> spells them, so a program including
 * both gets identical, allowed redefinitions.
 */
#ifndef SYSGATE_POSIX_SYS_SYSCALL_H
#define SYSGATE_POSIX_SYS_SYSCALL_H

#include <sysgate/syscall_generic.h>
#include SYSGATE_ARCH_NR_UAPI_H

#endif
