/* sysgate/time.h: nanosleep(2), clock_nanosleep(2), clock_settime(2),
 * timerfd_create(2), timerfd_settime(2), timerfd_gettime(2), getitimer(2),
 * setitimer(2); the CLOCK_*, TIMER_ABSTIME, ITIMER_* and TFD_* values and
 * struct itimerspec / struct itimerval. (clock_gettime and the other vDSO
 * calls are in sysgate/vdso_time.h, which includes this file.)
 *
 * Not obvious: clock_nanosleep() is the one call here that does not use errno:
 * it returns 0 or the error number itself (clock_nanosleep(2), POSIX), and
 * glibc answers EINVAL for CLOCK_THREAD_CPUTIME_ID before the kernel is asked
 * (the kernel would say EOPNOTSUPP: that clock has no nsleep in
 * kernel/time/posix-cpu-timers.c). sys_clock_nanosleep is the raw call.
 */
#ifndef SYSGATE_TIME_H
#define SYSGATE_TIME_H

#include "syscall.h"
#include "types.h"

/* include/uapi/linux/time.h */
#define CLOCK_REALTIME 0
#define CLOCK_MONOTONIC 1
#define CLOCK_PROCESS_CPUTIME_ID 2
#define CLOCK_THREAD_CPUTIME_ID 3
#define CLOCK_MONOTONIC_RAW 4
#define CLOCK_REALTIME_COARSE 5
#define CLOCK_MONOTONIC_COARSE 6
#define CLOCK_BOOTTIME 7
#define CLOCK_REALTIME_ALARM 8
#define CLOCK_BOOTTIME_ALARM 9
#define CLOCK_TAI 11

#define TIMER_ABSTIME 0x01

#define ITIMER_REAL 0
#define ITIMER_VIRTUAL 1
#define ITIMER_PROF 2

/* include/uapi/linux/timerfd.h: the creation flags are O_CLOEXEC and O_NONBLOCK. */
#define TFD_TIMER_ABSTIME (1 << 0)
#define TFD_TIMER_CANCEL_ON_SET (1 << 1)
#define TFD_CLOEXEC 02000000
#define TFD_NONBLOCK 04000

/* Two timespecs: the kernel's __kernel_itimerspec, what the *_time64 calls take. */
struct itimerspec {
  struct timespec it_interval;
  struct timespec it_value;
};

/* Two 64-bit timevals: the kernel's on x86_64; i386 converts (arch time.h). */
struct itimerval {
  struct timeval it_interval;
  struct timeval it_value;
};

/* Per arch: i386's sys_nanosleep, sys_getitimer and sys_setitimer (its time64
 * twins are the i386= column of src/calls.tab). */
#include SYSGATE_ARCH_TIME_H

#include "calls/time.h"

/* sys_<name> is per arch for these (SYSGATE_ARCH_TIME_H). */

SG_INLINE int clock_nanosleep(clockid_t clock, int flags, const struct timespec *req,
                              struct timespec *rem) SG_SYMBOL(clock_nanosleep);
SG_INLINE int clock_nanosleep(clockid_t clock, int flags, const struct timespec *req,
                              struct timespec *rem) {
  if (clock == CLOCK_THREAD_CPUTIME_ID)
    return EINVAL;
  return (int)-sys_clock_nanosleep(clock, flags, req, rem);
}

#endif
