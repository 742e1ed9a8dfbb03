/* sysgate/vdso_time.h: clock_gettime(2), clock_getres(2), gettimeofday(2),
 * time(2) and getcpu(2), through the vDSO when it has the function.
 *
 *   sys_<name>(...)   the system call (i386: the y2038-safe one), raw value
 *   <name>(...)       the vDSO's function when startup found it, else the
 *                     system call; -1 and errno on failure, as in glibc
 *
 * Not obvious: the vDSO runs in user space, so a bad pointer makes it fault
 * instead of failing with EFAULT, as glibc's calls do. Its result is the raw
 * kernel value; -ENOSYS from it (or no such function) means "ask the kernel".
 */
#ifndef SYSGATE_VDSO_TIME_H
#define SYSGATE_VDSO_TIME_H

#include "errno.h"
#include "syscall.h"
#include "time.h"
#include "types.h"
#include "vdso.h"
#include SYSGATE_ARCH_VDSO_TIME_H

/* gettimeofday(2): obsolete, always zero unless someone set the kernel's. */
struct timezone {
  int tz_minuteswest;
  int tz_dsttime;
};

/* Fills sysgate_vdso_calls from the image at ehdr (AT_SYSINFO_EHDR), unless
 * envp switches the vDSO off (sysgate/vdso.h); ehdr NULL clears it. Startup
 * calls it from .preinit_array, before any constructor; a hosted test may
 * call it again. */
void sysgate_vdso_setup(const void *ehdr, char **envp);

SG_INLINE long sysgate_vdso_clock_gettime(clockid_t clock, struct timespec *ts) {
  int (*f)(clockid_t, struct timespec *) = SYSGATE_VDSO_FN(clock_gettime);
  return f ? f(clock, ts) : -ENOSYS;
}

SG_INLINE long sysgate_vdso_clock_getres(clockid_t clock, struct timespec *res) {
  int (*f)(clockid_t, struct timespec *) = SYSGATE_VDSO_FN(clock_getres);
  return f ? f(clock, res) : -ENOSYS;
}

SG_INLINE long sysgate_vdso_getcpu(unsigned int *cpu, unsigned int *node) {
  int (*f)(unsigned int *, unsigned int *, void *) = SYSGATE_VDSO_FN(getcpu);
  return f ? f(cpu, node, 0) : -ENOSYS;
}

/* The libc layer: the vDSO, then the system call (option vdso in src/calls.tab). */
#include "calls/vdso_time.h"

/* time_t does not fit the long that sysgate_ret takes on i386; a time is never
 * negative (arch vdso.h), so only a negative result can be an error. */
SG_INLINE time_t time(time_t *tloc) SG_SYMBOL(time);
SG_INLINE time_t time(time_t *tloc) {
  time_t t = sysgate_vdso_time(tloc);
  if (t == -ENOSYS)
    t = sys_time(tloc);
  SG_TRACE_ARGS(time, (long)t, 1, SG_TARG(tloc));
  return t < 0 ? sysgate_ret((long)t) : t;
}

#endif
