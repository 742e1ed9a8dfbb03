/* i386 ABI of sysgate/vdso_time.h: the time calls through their 64-bit twins.
 *
 * Not obvious: clock_gettime64 and clock_getres_time64 came in Linux 5.1; an older kernel
 * says ENOSYS and answers the 32-bit call, whose timespec is widened here. gettimeofday and
 * time are clock_gettime (no i386 call has a 64-bit timeval or time_t).
 */
#ifndef SYSGATE_ARCH_I386_VDSO_TIME_H
#define SYSGATE_ARCH_I386_VDSO_TIME_H

/* --- the raw layer: 64-bit calls, 32-bit ones before Linux 5.1 ---------------- */
/* clock_gettime64 and clock_getres_time64 came in Linux 5.1 (numbers 403 and
 * 406, arch/x86/entry/syscalls/syscall_32.tbl); an older kernel says ENOSYS
 * and answers the 32-bit call. */
SG_INLINE long sysgate_i386_time64(long nr64, long nr32, clockid_t clock, struct timespec *ts) {
  long ret = syscall2(nr64, clock, (long)ts);
  if (ret == -ENOSYS) {
    struct sysgate_timespec32 t32;
    struct timespec wide;
    ret = syscall2(nr32, clock, ts ? (long)&t32 : 0);
    if (ret == 0 && ts)
      ret = sysgate_timespec_from32(&wide, &t32);
    if (ret == 0 && ts)
      ret = sysgate_copy_out(ts, &wide, sizeof wide);
  }
  return ret;
}

SG_INLINE long sys_clock_gettime(clockid_t clock, struct timespec *ts) {
  return sysgate_i386_time64(SYS_clock_gettime64, SYS_clock_gettime, clock, ts);
}

SG_INLINE long sys_clock_getres(clockid_t clock, struct timespec *res) {
  return sysgate_i386_time64(SYS_clock_getres_time64, SYS_clock_getres, clock, res);
}

/* tv as the timespec that clock_gettime writes: the same 16 bytes (see the top). */
_Static_assert(sizeof(struct timeval) == sizeof(struct timespec) &&
                   offsetof(struct timeval, tv_usec) == offsetof(struct timespec, tv_nsec),
               "struct timeval: tv_sec and a 64-bit tv_usec where timespec's tv_nsec is");
#define SYSGATE_TV_AS_TS(tv) ((struct timespec *)(void *)(tv))

/* After a raw clock_gettime result `ret` written into tv itself: the
 * nanoseconds, read as bytes (they were stored as a timespec), become
 * microseconds in the same place. */
SG_INLINE long sysgate_timeval_from(long ret, struct timeval *tv) {
  if (ret == 0) {
    long nsec;
    __builtin_memcpy(&nsec, (char *)tv + offsetof(struct timespec, tv_nsec), sizeof nsec);
    tv->tv_usec = nsec / 1000;
  }
  return ret;
}

/* The seconds of a raw clock_gettime result, stored in *tloc too (time(2)). */
SG_INLINE time_t sysgate_time_from(long ret, time_t *tloc, const struct timespec *ts) {
  if (ret != 0)
    return ret;
  if (tloc && sysgate_copy_out(tloc, &ts->tv_sec, sizeof *tloc) != 0)
    return -EFAULT;
  return ts->tv_sec;
}

/* The time zone alone still comes from gettimeofday(2) with tv NULL: it has no
 * time_t in it (two ints, struct timezone), so the 32-bit call is exact. */
SG_INLINE long sys_gettimeofday(struct timeval *tv, void *tz) {
  long ret = 0;
  if (tv)
    ret = sysgate_timeval_from(sys_clock_gettime(CLOCK_REALTIME, SYSGATE_TV_AS_TS(tv)), tv);
  if (ret == 0 && tz)
    ret = syscall2(SYS_gettimeofday, 0, (long)tz);
  return ret;
}

SG_INLINE time_t sys_time(time_t *tloc) {
  struct timespec ts;
  return sysgate_time_from(sys_clock_gettime(CLOCK_REALTIME_COARSE, &ts), tloc, &ts);
}

/* --- through the vDSO: its raw value, or -ENOSYS when it has no such function --- */
/* A time zone wanted: the system call, which has it. */
SG_INLINE long sysgate_vdso_gettimeofday(struct timeval *tv, void *tz) {
  int (*f)(clockid_t, struct timespec *) = SYSGATE_VDSO_FN(clock_gettime);
  if (!f || tz)
    return -ENOSYS;
  return tv ? sysgate_timeval_from(f(CLOCK_REALTIME, SYSGATE_TV_AS_TS(tv)), tv) : 0;
}

SG_INLINE time_t sysgate_vdso_time(time_t *tloc) {
  int (*f)(clockid_t, struct timespec *) = SYSGATE_VDSO_FN(clock_gettime);
  struct timespec ts;
  if (!f)
    return -ENOSYS;
  long ret = f(CLOCK_REALTIME_COARSE, &ts);
  /* Stored as x86_64's __vdso_time stores it, unchecked: a checked store
   * (sysgate/usercopy.h) is a system call, 70 times this whole call. */
  if (ret == 0 && tloc)
    *tloc = ts.tv_sec;
  return ret == 0 ? ts.tv_sec : ret;
}

/* Inline functions of this header that need an external definition. */
/* clang-format off */
#define SYSGATE_ARCH_VDSO_TIME_INLINES(E) \
  E(sysgate_timespec_from32) E(sysgate_i386_time64) \
  E(sysgate_timeval_from) E(sysgate_time_from) \
  E(sysgate_vdso_gettimeofday) E(sysgate_vdso_time)
/* clang-format on */

#endif
