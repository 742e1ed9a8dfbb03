/* sysgate/timer.h: POSIX per-process timers: timer_create(2), timer_settime(2),
 * timer_gettime, timer_getoverrun(2), timer_delete(2) (glibc's <time.h>).
 *
 * Not obvious: the kernel names a timer with an int that timer_create writes through its third
 * argument; timer_t is glibc's void *, and holds that int, as glibc's and musl's do for the timers
 * that signal; the kernel writes it into the caller's timer_t, which is then widened in place.
 * SIGEV_THREAD (a function run on a new thread) fails with ENOSYS until sysgate has threads (the
 * kernel itself would take it for SIGEV_SIGNAL). (the rest: docs/calls.md)
 */
#ifndef SYSGATE_TIMER_H
#define SYSGATE_TIMER_H

#include "signal.h"
#include "syscall.h"
#include "time.h"
#include "types.h"
#include "usercopy.h"

typedef void *timer_t;

/* The kernel's int id in a timer_t, and back. */
#define SYSGATE_TIMER_ID(t) ((int)(intptr_t)(t))

/* timer_t goes to the kernel as its int (the kernel reads the low half of the register). */
#include "calls/timer.h"

SG_INLINE int timer_create(clockid_t clockid, struct sigevent *restrict sevp,
                           timer_t *restrict timerid) SG_SYMBOL(timer_create);
SG_INLINE int timer_create(clockid_t clockid, struct sigevent *restrict sevp,
                           timer_t *restrict timerid) {
  struct sigevent sev; /* read whole: usercopy checks sigset-sized words */
  long r = sevp ? sysgate_copy_in(&sev, sevp, sizeof sev) : 0;
  if (r == 0 && sevp && sev.sigev_notify == SIGEV_THREAD)
    r = -ENOSYS;
  if (r == 0) /* the kernel writes the id's int at timerid, which it thereby proves writable */
    r = sys_timer_create(clockid, sevp, (int *)(void *)timerid);
  if (r == 0) {
    int id;
    __builtin_memcpy(&id, timerid, sizeof id);
    *timerid = (timer_t)(intptr_t)id;
  }
  SG_TRACE_ARGS(timer_create, r, 3, SG_TARG(clockid), SG_TARG(sevp), SG_TARG(timerid));
  return (int)sysgate_ret(r);
}

#endif
