/* <sys/ptrace.h>: ptrace, PTRACE_*, PT_*, PTRACE_O_*, PTRACE_EVENT_*
 * (sysgate/ptrace.h).
 *
 * Not obvious: the request is an int, not glibc's enum __ptrace_request; the
 * register structures (<sys/user.h>) and PTRACE_ARCH_PRCTL are missing.
 */
#ifndef SYSGATE_POSIX_SYS_PTRACE_H
#define SYSGATE_POSIX_SYS_PTRACE_H

#include <sysgate/ptrace.h>

#endif
