/* i386 numbers and bodies of the time calls (sysgate/time.h), y2038-safe.
 *
 * The i386 kernel's clock_nanosleep, clock_settime, timerfd_settime, timerfd_gettime,
 * timer_settime, timer_gettime, futex, mq_timedsend, mq_timedreceive and sched_rr_get_interval read
 * or write a 32-bit time_t. Their *_time64 twins (Linux 5.1, numbers 403-422 in
 * arch/x86/entry/syscalls/syscall_32.tbl) read the 64-bit __kernel_timespec that sysgate's struct
 * timespec is, so those are the numbers used; the old ones are never called.
 *
 * nanosleep is clock_nanosleep_time64(CLOCK_REALTIME, 0, req, rem), as in glibc (docs/arch.md).
 *
 * Not obvious: getitimer/setitimer have no time64 twins. The kernel's itimerval is four 32-bit
 * words here (struct old_itimerval32, kernel/time/itimer.c), so the wrappers convert. A tv_sec
 * outside int32 fails with EOVERFLOW before the call, as glibc's does; a tv_usec outside int32 with
 * EINVAL (the kernel refuses anything outside [0, 999999]; truncating could turn an invalid value
 * into a valid one). (the rest: docs/arch.md)
 */
#ifndef SYSGATE_ARCH_I386_TIME_H
#define SYSGATE_ARCH_I386_TIME_H

#include "../../usercopy.h"

SG_INLINE long sys_nanosleep(const struct timespec *req, struct timespec *rem) {
  return syscall4(SYS_clock_nanosleep_time64, CLOCK_REALTIME, 0, (long)req, (long)rem);
}

/* The kernel's struct old_itimerval32. */
struct sysgate_itimerval32 {
  struct {
    int32_t tv_sec;
    int32_t tv_usec;
  } it_interval, it_value;
};

#define SYSGATE_FITS_INT32(v) ((v) >= INT32_MIN && (v) <= INT32_MAX)

/* 0, or -EOVERFLOW / -EINVAL when a field does not fit (seconds checked first). */
SG_INLINE long sysgate_itimerval_to32(struct sysgate_itimerval32 *out, const struct itimerval *in) {
  if (!SYSGATE_FITS_INT32(in->it_interval.tv_sec) || !SYSGATE_FITS_INT32(in->it_value.tv_sec))
    return -EOVERFLOW;
  if (!SYSGATE_FITS_INT32(in->it_interval.tv_usec) || !SYSGATE_FITS_INT32(in->it_value.tv_usec))
    return -EINVAL;
  out->it_interval.tv_sec = (int32_t)in->it_interval.tv_sec;
  out->it_interval.tv_usec = (int32_t)in->it_interval.tv_usec;
  out->it_value.tv_sec = (int32_t)in->it_value.tv_sec;
  out->it_value.tv_usec = (int32_t)in->it_value.tv_usec;
  return 0;
}

SG_INLINE void sysgate_itimerval_from32(struct itimerval *out,
                                        const struct sysgate_itimerval32 *in) {
  out->it_interval.tv_sec = in->it_interval.tv_sec;
  out->it_interval.tv_usec = in->it_interval.tv_usec;
  out->it_value.tv_sec = in->it_value.tv_sec;
  out->it_value.tv_usec = in->it_value.tv_usec;
}

/* The kernel's itimerval widened into the caller's: 0 or -EFAULT. */
SG_INLINE long sysgate_itimerval_out(struct itimerval *to, const struct sysgate_itimerval32 *k) {
  struct itimerval wide;
  sysgate_itimerval_from32(&wide, k);
  return sysgate_copy_out(to, &wide, sizeof wide);
}

SG_INLINE long sys_getitimer(int which, struct itimerval *curr) {
  struct sysgate_itimerval32 k;
  long ret = syscall2(SYS_getitimer, which, (long)&k);
  return ret == 0 ? sysgate_itimerval_out(curr, &k) : ret;
}

SG_INLINE long sys_setitimer(int which, const struct itimerval *new_value,
                             struct itimerval *old_value) {
  struct sysgate_itimerval32 knew, kold;
  if (new_value) {
    struct itimerval in;
    long bad = sysgate_copy_in(&in, new_value, sizeof in);
    if (!bad)
      bad = sysgate_itimerval_to32(&knew, &in);
    if (bad)
      return bad;
  }
  long ret =
      syscall3(SYS_setitimer, which, new_value ? (long)&knew : 0, old_value ? (long)&kold : 0);
  return ret == 0 && old_value ? sysgate_itimerval_out(old_value, &kold) : ret;
}

/* Inline helpers of this arch that need an external definition. */
#define SYSGATE_ARCH_TIME_HELPERS(E)                                                               \
  E(sysgate_itimerval_to32) E(sysgate_itimerval_from32) E(sysgate_itimerval_out)

#endif
