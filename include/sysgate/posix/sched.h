/* <sched.h>: clone, unshare, setns, sched_yield, the sched_*affinity,
 * sched_*param, sched_*scheduler and sched_get_priority_* calls,
 * sched_rr_get_interval, sched_getcpu, getcpu,
 * CLONE_*, SCHED_*, struct sched_param, cpu_set_t and the CPU_* macros
 * (sysgate/sched.h), and struct timespec.
 *
 * Not obvious: glibc declares clone, unshare, setns, getcpu, sched_getcpu and
 * the CPU_* macros only under _GNU_SOURCE; here they are always there.
 * sched_setattr and sched_getattr have no glibc 2.36 wrapper, nor one here.
 */
#ifndef SYSGATE_POSIX_SCHED_H
#define SYSGATE_POSIX_SCHED_H

#include <sysgate/sched.h>
#include <sysgate/vdso_time.h> /* getcpu */

#endif
