/* glibc's side of test_timer.c (oracle_timer.h). Since glibc 2.34 the timer calls are in
 * libc itself (no -lrt).
 */
#define _GNU_SOURCE
#define _TIME_BITS 64
#define _FILE_OFFSET_BITS 64
#include "oracle_timer.h"
#include "oracle_call.h"

#include <errno.h>
#include <signal.h>
#include <stdint.h>
#include <string.h>
#include <time.h>

const struct abi_row oracle_timer_abi[] = ABI_TABLE(TIMER_ABI);
const unsigned oracle_timer_abi_len = sizeof oracle_timer_abi / sizeof oracle_timer_abi[0];

int oracle_timer_create(int clockid, int notify, int signo, int value, int *err) {
  struct sigevent sev;
  memset(&sev, 0, sizeof sev);
  sev.sigev_notify = notify;
  sev.sigev_signo = signo;
  sev.sigev_value.sival_int = value;
  timer_t t;
  errno = 0;
  int r = timer_create(clockid, notify == -1 ? NULL : &sev, &t);
  *err = errno;
  if (r == 0)
    timer_delete(t);
  return r;
}

int oracle_timer_settime_on_new(long long sec, long nsec, int *err) {
  struct sigevent sev;
  memset(&sev, 0, sizeof sev);
  sev.sigev_notify = SIGEV_NONE;
  timer_t t;
  if (timer_create(CLOCK_MONOTONIC, &sev, &t) != 0)
    return -2;
  struct itimerspec its;
  memset(&its, 0, sizeof its);
  its.it_value.tv_sec = sec;
  its.it_value.tv_nsec = nsec;
  errno = 0;
  int r = timer_settime(t, 0, &its, NULL);
  *err = errno;
  timer_delete(t);
  return r;
}

/* glibc's timer_t of the timers that signal is the kernel id, as sysgate's. */
#define NO_TIMER ((timer_t)(intptr_t)0x7ffffff0)

int oracle_timer_gettime_bad(int *err) {
  struct itimerspec its;
  ORACLE_RETURN(int, err, timer_gettime(NO_TIMER, &its));
}
int oracle_timer_delete_bad(int *err) {
  ORACLE_RETURN(int, err, timer_delete(NO_TIMER));
}
int oracle_timer_getoverrun_bad(int *err) {
  ORACLE_RETURN(int, err, timer_getoverrun(NO_TIMER));
}
int oracle_sigqueue(int pid, int sig, int value, int *err) {
  union sigval v = {.sival_int = value};
  ORACLE_RETURN(int, err, sigqueue(pid, sig, v));
}
