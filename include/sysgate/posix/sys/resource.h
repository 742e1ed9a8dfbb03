/* <sys/resource.h>: getrlimit, setrlimit, prlimit, getrusage, getpriority,
 * setpriority, RLIMIT_*, RUSAGE_*, PRIO_*, struct rlimit and struct rusage
 * (sysgate/resource.h), and the *64 names (sysgate/lfs64.h).
 *
 * Not obvious: rlim_t is 64-bit on i386 too, as glibc's with
 * _FILE_OFFSET_BITS=64, so RLIM_INFINITY is ~0ULL on both arches.
 */
#ifndef SYSGATE_POSIX_SYS_RESOURCE_H
#define SYSGATE_POSIX_SYS_RESOURCE_H

#include <sysgate/lfs64.h>
#include <sysgate/resource.h>

#endif
