/* x86_64 ABI details of the process calls: clone(2)'s argument order, the id
 * calls' numbers, getrlimit(2)/setrlimit(2), getrusage(2) and wait4(2).
 *
 * Not obvious: the raw clone takes (flags, stack, parent_tid, child_tid, tls);
 * i386 swaps the last two (kernel/fork.c, CONFIG_CLONE_BACKWARDS). sys_clone
 * keeps this order on both arches. Everything else here is the plain call: a
 * 64-bit kernel's rlimit, rusage and ids already have sysgate's layout.
 */
#ifndef SYSGATE_ARCH_X86_64_PROC_H
#define SYSGATE_ARCH_X86_64_PROC_H

/* Included by sysgate/resource.h, after struct rlimit and struct rusage. */
#include "../../syscall.h"
#include "../../types.h"

/* The id calls (getuid, setresuid, getgroups, ...) under their own names. */
#define SYSGATE_NR_ID(name) SYS_##name

SG_SYS(5, clone, SYS_clone, unsigned long, flags, void *, stack, pid_t *, parent_tid, pid_t *,
       child_tid, unsigned long, tls)
SG_SYS(2, getrlimit, SYS_getrlimit, int, resource, struct rlimit *, rlim)
SG_SYS(2, setrlimit, SYS_setrlimit, int, resource, const struct rlimit *, rlim)
SG_SYS(2, getrusage, SYS_getrusage, int, who, struct rusage *, usage)
SG_SYS(4, wait4, SYS_wait4, pid_t, pid, int *, status, int, options, struct rusage *, usage)

#endif
