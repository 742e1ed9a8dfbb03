/* sysgate/semaphore.h: POSIX semaphores (sem_overview(7)): sem_init(3),
 * sem_destroy(3), sem_wait(3), sem_trywait, sem_timedwait, sem_clockwait,
 * sem_post(3), sem_getvalue(3), and the named ones, sem_open(3), sem_close(3),
 * sem_unlink(3).
 *
 * Not obvious: a semaphore is a counter in memory and a futex(2) on it; only a waiter that finds it
 * 0 makes a system call, and sem_post makes one (FUTEX_WAKE) only when someone waits. A pshared
 * semaphore lives in memory shared between processes (a MAP_SHARED mapping), so its futex calls
 * must not carry FUTEX_PRIVATE_FLAG, which keys the wait on this process's address space. (the
 * rest: docs/calls.md)
 */
#ifndef SYSGATE_SEMAPHORE_H
#define SYSGATE_SEMAPHORE_H

#include "base.h"
#include "types.h"

typedef union {
  char sysgate_size[4 * sizeof(long)];
  long sysgate_align;
} sem_t;

#ifndef SEM_VALUE_MAX
#define SEM_VALUE_MAX 2147483647
#endif
#define SEM_FAILED ((sem_t *)0)

/* EINVAL for value > SEM_VALUE_MAX. pshared: nonzero when processes share it. */
int sem_init(sem_t *sem, int pshared, unsigned int value) SG_SYMBOL(sem_init);
int sem_destroy(sem_t *sem) SG_SYMBOL(sem_destroy);
/* EOVERFLOW at SEM_VALUE_MAX. */
int sem_post(sem_t *sem) SG_SYMBOL(sem_post);
/* EINTR when a signal handler ran (unless SA_RESTART restarted the wait). */
int sem_wait(sem_t *sem) SG_SYMBOL(sem_wait);
/* EAGAIN when the value is 0. */
int sem_trywait(sem_t *sem) SG_SYMBOL(sem_trywait);
/* abstime is a CLOCK_REALTIME instant: ETIMEDOUT once it has passed; EINVAL for a
 * tv_nsec outside 0..999999999, checked first as glibc does; NULL waits without limit. */
int sem_timedwait(sem_t *sem, const struct timespec *abstime) SG_SYMBOL(sem_timedwait);
/* The same with an instant of clock (CLOCK_REALTIME or CLOCK_MONOTONIC, else
 * EINVAL), glibc 2.30's. */
int sem_clockwait(sem_t *sem, clockid_t clock, const struct timespec *abstime)
    SG_SYMBOL(sem_clockwait);
/* The current value (never negative: waiters are not counted). */
int sem_getvalue(sem_t *sem, int *sval) SG_SYMBOL(sem_getvalue);

/* sem_open(name, oflag) or, with O_CREAT, sem_open(name, oflag, mode_t mode, unsigned int value).
 * name is "/name" (leading slashes skipped; empty, with another '/' or longer than NAME_MAX:
 * EINVAL, and ENOENT from sem_unlink, as glibc 2.36 answers). Opening the same name again in one
 * process gives the same address until as many sem_close calls. SEM_FAILED and errno on failure. */
sem_t *sem_open(const char *name, int oflag, ...) SG_SYMBOL(sem_open);
/* EINVAL for an address sem_open did not return. */
int sem_close(sem_t *sem) SG_SYMBOL(sem_close);
int sem_unlink(const char *name) SG_SYMBOL(sem_unlink);

#endif
