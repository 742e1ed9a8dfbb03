/* The glibc side of test_time*.c (oracle_time.c): glibc's time calls and what
 * the suite needs around them (the clock's time, a SIGALRM counter, dropping
 * root), plus the ABI list shared by both sides.
 *
 * Not obvious: a timespec/itimerspec/itimerval travels as a pointer to
 * sysgate's struct, which glibc reads as its own: oracle_time.c is built with
 * _TIME_BITS=64, and the ABI test proves the layouts equal.
 */
#ifndef SYSGATE_TEST_ORACLE_TIME_H
#define SYSGATE_TEST_ORACLE_TIME_H

#include "abi.h"

#define TIME_ABI(C, T, M)                                                                          \
  C(CLOCK_REALTIME), C(CLOCK_MONOTONIC), C(CLOCK_PROCESS_CPUTIME_ID), C(CLOCK_THREAD_CPUTIME_ID),  \
      C(CLOCK_MONOTONIC_RAW), C(CLOCK_REALTIME_COARSE), C(CLOCK_MONOTONIC_COARSE),                 \
      C(CLOCK_BOOTTIME), C(CLOCK_REALTIME_ALARM), C(CLOCK_BOOTTIME_ALARM), C(CLOCK_TAI),           \
      C(TIMER_ABSTIME), C(ITIMER_REAL), C(ITIMER_VIRTUAL), C(ITIMER_PROF), C(TFD_TIMER_ABSTIME),   \
      C(TFD_TIMER_CANCEL_ON_SET), C(TFD_CLOEXEC), C(TFD_NONBLOCK), T(struct timespec),             \
      M(struct timespec, tv_sec), M(struct timespec, tv_nsec), T(struct timeval),                  \
      M(struct timeval, tv_sec), M(struct timeval, tv_usec), T(struct itimerspec),                 \
      M(struct itimerspec, it_interval), M(struct itimerspec, it_value), T(struct itimerval),      \
      M(struct itimerval, it_interval), M(struct itimerval, it_value)
extern const struct abi_row oracle_time_abi[];
extern const unsigned oracle_time_abi_len;

long long oracle_clock_ns(int clock);       /* clock_gettime, in nanoseconds */
long long oracle_time_s(void);              /* CLOCK_REALTIME's seconds */
void oracle_clock_now(int clock, void *ts); /* clock_gettime into a (sysgate) timespec */

/* glibc's calls; err: glibc's errno after the call (zeroed before it). */
int oracle_nanosleep(const void *req, void *rem, int *err);
int oracle_clock_nanosleep(int clock, int flags, const void *req, void *rem, int *err);
int oracle_clock_settime(int clock, const void *tp, int *err);
int oracle_timerfd_create(int clock, int flags, int *err);
int oracle_timerfd_settime(int fd, int flags, const void *new_value, void *old_value, int *err);
int oracle_timerfd_gettime(int fd, void *curr, int *err);
int oracle_getitimer(int which, void *curr, int *err);
int oracle_setitimer(int which, const void *new_value, void *old_value, int *err);

/* SIGALRM: a counting handler without SA_RESTART, so a blocked call sees EINTR. */
void oracle_catch_sigalrm(void);
int oracle_sigalrm_count(void);
void oracle_default_sigalrm(void);

/* Gives up root for good (setuid to nobody); 0 when no longer privileged. */
int oracle_drop_root(void);
int oracle_fd_cloexec(int fd); /* 1, 0, or -1 for a bad fd */

/* SIGSEGV and SIGBUS back to their default action: for a child that is meant
 * to die of a fault, which cmocka's handlers would otherwise catch. */
void oracle_default_fault_signals(void);

#endif
