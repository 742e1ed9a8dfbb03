/* i386 ABI details of the process calls: clone(2)'s argument order, the 32-bit
 * id calls, getrlimit(2)/setrlimit(2) through prlimit64, and the rusage copy
 * for getrusage(2) and wait4(2).
 *
 * Not obvious: four things differ from x86_64. - clone: the kernel takes (flags, stack, parent_tid,
 * tls, child_tid) (kernel/fork.c, CONFIG_CLONE_BACKWARDS, selected by X86_32 and used by the ia32
 * compat entry too); sys_clone takes x86_64's order and swaps. - ids: getuid, setuid, getgroups,
 * ... (the rest: docs/arch.md)
 */
#ifndef SYSGATE_ARCH_I386_PROC_H
#define SYSGATE_ARCH_I386_PROC_H

/* Included by sysgate/resource.h, after struct rlimit and struct rusage. */
#include "../../syscall.h"
#include "../../types.h"
#include "../../usercopy.h"

#define SYSGATE_NR_ID(name) SYS_##name##32

SG_INLINE long sys_clone(unsigned long flags, void *stack, pid_t *parent_tid, pid_t *child_tid,
                         unsigned long tls) {
  return syscall5(SYS_clone, (long)flags, (long)stack, (long)parent_tid, (long)tls,
                  (long)child_tid);
}

/* prlimit64(0, ...): pid 0 is the caller, as getrlimit/setrlimit would act on. */
SG_INLINE long sys_getrlimit(int resource, struct rlimit *rlim) {
  return syscall4(SYS_prlimit64, 0, resource, 0, (long)rlim);
}

SG_INLINE long sys_setrlimit(int resource, const struct rlimit *rlim) {
  return syscall4(SYS_prlimit64, 0, resource, (long)rlim, 0);
}

/* The i386 kernel's struct rusage: its timevals are pairs of 32-bit longs. */
struct sysgate_rusage32 {
  int32_t utime_sec, utime_usec, stime_sec, stime_usec;
  long longs[14]; /* ru_maxrss .. ru_nivcsw */
};
_Static_assert(sizeof(struct rusage) == offsetof(struct rusage, ru_maxrss) +
                                            sizeof(((struct sysgate_rusage32 *)0)->longs),
               "struct rusage: 14 longs after the timevals");

SG_INLINE void sysgate_rusage_widen(struct rusage *to, const struct sysgate_rusage32 *from) {
  to->ru_utime.tv_sec = from->utime_sec;
  to->ru_utime.tv_usec = from->utime_usec;
  to->ru_stime.tv_sec = from->stime_sec;
  to->ru_stime.tv_usec = from->stime_usec;
  __builtin_memcpy(&to->ru_maxrss, from->longs, sizeof from->longs);
}

/* Widened into a local, then into the caller's: 0 or -EFAULT. */
SG_INLINE long sysgate_rusage_out(struct rusage *to, const struct sysgate_rusage32 *from) {
  struct rusage wide;
  sysgate_rusage_widen(&wide, from);
  return sysgate_copy_out(to, &wide, sizeof wide);
}

SG_INLINE long sys_getrusage(int who, struct rusage *usage) {
  struct sysgate_rusage32 k;
  long ret = syscall2(SYS_getrusage, who, usage ? (long)&k : 0);
  return ret == 0 && usage ? sysgate_rusage_out(usage, &k) : ret;
}

/* The kernel fills the rusage only when it reports a child (a pid > 0). */
SG_INLINE long sys_wait4(pid_t pid, int *status, int options, struct rusage *usage) {
  struct sysgate_rusage32 k;
  long ret = syscall4(SYS_wait4, pid, (long)status, options, usage ? (long)&k : 0);
  if (ret > 0 && usage && sysgate_rusage_out(usage, &k) != 0)
    return -EFAULT;
  return ret;
}

#endif
