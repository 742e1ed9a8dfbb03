/* x86_64 ABI of sysgate/vdso_time.h: time(2)'s raw layer, and the vDSO's gettimeofday
 * and time.
 *
 * Not obvious: time(2) returns the time itself, which is never negative, so only a
 * negative value is an error (timespec64_valid_settod(), include/linux/time64.h).
 */
#ifndef SYSGATE_ARCH_X86_64_VDSO_TIME_H
#define SYSGATE_ARCH_X86_64_VDSO_TIME_H

/* --- the raw layer: the system calls themselves ------------------------------ */

/* time(2) returns the time itself, never negative (the clock cannot be set
 * before 1970: timespec64_valid_settod(), include/linux/time64.h). */
SG_INLINE time_t sys_time(time_t *tloc) {
  return syscall1(SYS_time, (long)tloc);
}

/* --- through the vDSO: its raw value, or -ENOSYS when it has no such function --- */
SG_INLINE long sysgate_vdso_gettimeofday(struct timeval *tv, void *tz) {
  int (*f)(struct timeval *, void *) = SYSGATE_VDSO_FN(gettimeofday);
  return f ? f(tv, tz) : -ENOSYS;
}

SG_INLINE time_t sysgate_vdso_time(time_t *tloc) {
  time_t (*f)(time_t *) = SYSGATE_VDSO_FN(time);
  return f ? f(tloc) : -ENOSYS;
}

/* Inline functions of this header that need an external definition. */
/* clang-format off */
#define SYSGATE_ARCH_VDSO_TIME_INLINES(E) \
  \
  E(sysgate_vdso_gettimeofday) E(sysgate_vdso_time)
/* clang-format on */

#endif
