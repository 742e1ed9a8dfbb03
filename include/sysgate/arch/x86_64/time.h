/* x86_64 numbers and bodies of the time calls (sysgate/time.h).
 *
 * Not obvious: nothing to convert. A 64-bit kernel's timespec, timeval and
 * itimerval are sysgate's own, so every call here is the plain system call;
 * only i386 needs the *_time64 twins and the 32-bit itimerval.
 */
#ifndef SYSGATE_ARCH_X86_64_TIME_H
#define SYSGATE_ARCH_X86_64_TIME_H

#define SYSGATE_NR_clock_nanosleep SYS_clock_nanosleep
#define SYSGATE_NR_clock_settime SYS_clock_settime
#define SYSGATE_NR_timerfd_settime SYS_timerfd_settime
#define SYSGATE_NR_timerfd_gettime SYS_timerfd_gettime
#define SYSGATE_NR_sched_rr_get_interval SYS_sched_rr_get_interval
#define SYSGATE_NR_futex SYS_futex
#define SYSGATE_NR_timer_settime SYS_timer_settime
#define SYSGATE_NR_timer_gettime SYS_timer_gettime
#define SYSGATE_NR_mq_timedsend SYS_mq_timedsend
#define SYSGATE_NR_mq_timedreceive SYS_mq_timedreceive

SG_SYS(2, nanosleep, SYS_nanosleep, const struct timespec *, req, struct timespec *, rem)
SG_SYS(2, getitimer, SYS_getitimer, int, which, struct itimerval *, curr)
SG_SYS(3, setitimer, SYS_setitimer, int, which, const struct itimerval *, new_value,
       struct itimerval *, old_value)

/* Inline helpers of this arch that need an external definition: none. */
#define SYSGATE_ARCH_TIME_HELPERS(E)

#endif
