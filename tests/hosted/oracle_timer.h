/* The glibc side of test_timer.c (oracle_timer.c): glibc's timer_* and sigqueue, with
 * glibc's errno through *err, and the ABI list.
 */
#ifndef SYSGATE_TEST_ORACLE_TIMER_H
#define SYSGATE_TEST_ORACLE_TIMER_H

#include "abi.h"

#define TIMER_ABI(C, T, M) C(TIMER_ABSTIME), T(timer_t)
extern const struct abi_row oracle_timer_abi[];
extern const unsigned oracle_timer_abi_len;

/* glibc's timer_create with a sigevent of notify, signo and value (or none when notify
 * is -1); the timer is deleted again at once. Returns timer_create's result. */
int oracle_timer_create(int clockid, int notify, int signo, int value, int *err);
/* On a fresh glibc timer (CLOCK_MONOTONIC, SIGEV_NONE): timer_settime with these fields,
 * relative; the timer is deleted after. */
int oracle_timer_settime_on_new(long long sec, long nsec, int *err);
/* glibc's calls on a timer id no timer has. */
int oracle_timer_gettime_bad(int *err);
int oracle_timer_delete_bad(int *err);
int oracle_timer_getoverrun_bad(int *err);
int oracle_sigqueue(int pid, int sig, int value, int *err);

#endif
