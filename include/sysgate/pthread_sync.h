/* sysgate/pthread_sync.h: the synchronisation half of <pthread.h>: mutexes
 * (pthread_mutex_lock(3p), pthread_mutexattr_settype(3p)), condition variables
 * (pthread_cond_wait(3p), pthread_condattr_setclock(3p)), read-write locks
 * (pthread_rwlock_rdlock(3p)), barriers (pthread_barrier_wait(3p)), spin locks
 * (pthread_spin_lock(3p)) and pthread_once(3p), all over futex(2).
 *
 * Not obvious: the types have glibc's sizes and alignments, but only the all-zero
 * state (the PTHREAD_*_INITIALIZER) is shared with glibc's layouts; every function
 * returns its error number and leaves errno alone, as POSIX says. (docs/threads.md)
 */
#ifndef SYSGATE_PTHREAD_SYNC_H
#define SYSGATE_PTHREAD_SYNC_H

#include "base.h"
#include "types.h"
#include SYSGATE_ARCH_PTHREAD_H

/* Word 3 of a mutex is its kind: the type and SYSGATE_PTHREAD_PSHARED_BIT. */
typedef union {
  int sysgate_word[SYSGATE_SIZEOF_PTHREAD_MUTEX / sizeof(int)];
  long sysgate_align;
} pthread_mutex_t;

typedef union {
  int sysgate_word[48 / sizeof(int)];
  long long sysgate_align;
} pthread_cond_t;

typedef union {
  int sysgate_word[SYSGATE_SIZEOF_PTHREAD_RWLOCK / sizeof(int)];
  long sysgate_align;
} pthread_rwlock_t;

typedef union {
  int sysgate_word[SYSGATE_SIZEOF_PTHREAD_BARRIER / sizeof(int)];
  long sysgate_align;
} pthread_barrier_t;

typedef union {
  char sysgate_size[4];
  int sysgate_align;
} pthread_mutexattr_t;

typedef union {
  char sysgate_size[4];
  int sysgate_align;
} pthread_condattr_t;

typedef union {
  char sysgate_size[8];
  long sysgate_align;
} pthread_rwlockattr_t;

typedef union {
  char sysgate_size[4];
  int sysgate_align;
} pthread_barrierattr_t;

typedef volatile int pthread_spinlock_t;
typedef int pthread_once_t;

enum {
  PTHREAD_MUTEX_TIMED_NP,
  PTHREAD_MUTEX_RECURSIVE_NP,
  PTHREAD_MUTEX_ERRORCHECK_NP,
  PTHREAD_MUTEX_ADAPTIVE_NP,
  PTHREAD_MUTEX_NORMAL = PTHREAD_MUTEX_TIMED_NP,
  PTHREAD_MUTEX_RECURSIVE = PTHREAD_MUTEX_RECURSIVE_NP,
  PTHREAD_MUTEX_ERRORCHECK = PTHREAD_MUTEX_ERRORCHECK_NP,
  PTHREAD_MUTEX_DEFAULT = PTHREAD_MUTEX_NORMAL,
  PTHREAD_MUTEX_FAST_NP = PTHREAD_MUTEX_TIMED_NP
};

enum { PTHREAD_PROCESS_PRIVATE, PTHREAD_PROCESS_SHARED };

#define SYSGATE_PTHREAD_PSHARED_BIT 128
#define PTHREAD_MUTEX_INITIALIZER                                                                  \
  {                                                                                                \
    { 0 }                                                                                          \
  }
#define PTHREAD_RECURSIVE_MUTEX_INITIALIZER_NP                                                     \
  {                                                                                                \
    { 0, 0, 0, PTHREAD_MUTEX_RECURSIVE_NP }                                                        \
  }
#define PTHREAD_ERRORCHECK_MUTEX_INITIALIZER_NP                                                    \
  {                                                                                                \
    { 0, 0, 0, PTHREAD_MUTEX_ERRORCHECK_NP }                                                       \
  }
#define PTHREAD_ADAPTIVE_MUTEX_INITIALIZER_NP                                                      \
  {                                                                                                \
    { 0, 0, 0, PTHREAD_MUTEX_ADAPTIVE_NP }                                                         \
  }
#define PTHREAD_COND_INITIALIZER                                                                   \
  {                                                                                                \
    { 0 }                                                                                          \
  }
#define PTHREAD_RWLOCK_INITIALIZER                                                                 \
  {                                                                                                \
    { 0 }                                                                                          \
  }
#define PTHREAD_ONCE_INIT 0
#define PTHREAD_BARRIER_SERIAL_THREAD (-1)

/* Mutexes. Errors as glibc's: EDEADLK relocking an errorcheck one, EPERM unlocking an
 * errorcheck or recursive one the caller does not hold, EAGAIN when a recursive count would
 * overflow, EBUSY from trylock and from destroying a locked one. A normal mutex relocked by
 * its holder deadlocks, and its unlock does not check the holder. */
int pthread_mutex_init(pthread_mutex_t *mutex, const pthread_mutexattr_t *attr)
    SG_SYMBOL(pthread_mutex_init);
int pthread_mutex_destroy(pthread_mutex_t *mutex) SG_SYMBOL(pthread_mutex_destroy);
int pthread_mutex_lock(pthread_mutex_t *mutex) SG_SYMBOL(pthread_mutex_lock);
int pthread_mutex_trylock(pthread_mutex_t *mutex) SG_SYMBOL(pthread_mutex_trylock);
int pthread_mutex_unlock(pthread_mutex_t *mutex) SG_SYMBOL(pthread_mutex_unlock);
/* abstime is an instant of CLOCK_REALTIME: ETIMEDOUT once it has passed; EINVAL for a
 * tv_nsec outside 0..999999999, checked only when the call has to wait (glibc). Here and
 * in every timed call below, a NULL abstime waits without limit (glibc's would crash). */
int pthread_mutex_timedlock(pthread_mutex_t *restrict mutex,
                            const struct timespec *restrict abstime)
    SG_SYMBOL(pthread_mutex_timedlock);
/* The same on clock, CLOCK_REALTIME or CLOCK_MONOTONIC (else EINVAL), glibc 2.30's. */
int pthread_mutex_clocklock(pthread_mutex_t *restrict mutex, clockid_t clock,
                            const struct timespec *restrict abstime)
    SG_SYMBOL(pthread_mutex_clocklock);

int pthread_mutexattr_init(pthread_mutexattr_t *attr) SG_SYMBOL(pthread_mutexattr_init);
int pthread_mutexattr_destroy(pthread_mutexattr_t *attr) SG_SYMBOL(pthread_mutexattr_destroy);
int pthread_mutexattr_settype(pthread_mutexattr_t *attr, int type)
    SG_SYMBOL(pthread_mutexattr_settype);
int pthread_mutexattr_gettype(const pthread_mutexattr_t *restrict attr, int *restrict type)
    SG_SYMBOL(pthread_mutexattr_gettype);
int pthread_mutexattr_setpshared(pthread_mutexattr_t *attr, int pshared)
    SG_SYMBOL(pthread_mutexattr_setpshared);
int pthread_mutexattr_getpshared(const pthread_mutexattr_t *restrict attr, int *restrict pshared)
    SG_SYMBOL(pthread_mutexattr_getpshared);

/* Condition variables. A wait may return without a signal (POSIX allows it); timedwait's
 * instant is on the condattr's clock (CLOCK_REALTIME unless set). The mutex is held again
 * whenever a wait returns, ETIMEDOUT included. */
int pthread_cond_init(pthread_cond_t *restrict cond, const pthread_condattr_t *restrict attr)
    SG_SYMBOL(pthread_cond_init);
/* Waits until the threads a broadcast woke have left the wait, as glibc's. */
int pthread_cond_destroy(pthread_cond_t *cond) SG_SYMBOL(pthread_cond_destroy);
int pthread_cond_wait(pthread_cond_t *restrict cond, pthread_mutex_t *restrict mutex)
    SG_SYMBOL(pthread_cond_wait);
int pthread_cond_timedwait(pthread_cond_t *restrict cond, pthread_mutex_t *restrict mutex,
                           const struct timespec *restrict abstime)
    SG_SYMBOL(pthread_cond_timedwait);
int pthread_cond_clockwait(pthread_cond_t *restrict cond, pthread_mutex_t *restrict mutex,
                           clockid_t clock, const struct timespec *restrict abstime)
    SG_SYMBOL(pthread_cond_clockwait);
int pthread_cond_signal(pthread_cond_t *cond) SG_SYMBOL(pthread_cond_signal);
int pthread_cond_broadcast(pthread_cond_t *cond) SG_SYMBOL(pthread_cond_broadcast);

int pthread_condattr_init(pthread_condattr_t *attr) SG_SYMBOL(pthread_condattr_init);
int pthread_condattr_destroy(pthread_condattr_t *attr) SG_SYMBOL(pthread_condattr_destroy);
/* CLOCK_REALTIME or CLOCK_MONOTONIC, else EINVAL. */
int pthread_condattr_setclock(pthread_condattr_t *attr, clockid_t clock)
    SG_SYMBOL(pthread_condattr_setclock);
int pthread_condattr_getclock(const pthread_condattr_t *restrict attr, clockid_t *restrict clock)
    SG_SYMBOL(pthread_condattr_getclock);
int pthread_condattr_setpshared(pthread_condattr_t *attr, int pshared)
    SG_SYMBOL(pthread_condattr_setpshared);
int pthread_condattr_getpshared(const pthread_condattr_t *restrict attr, int *restrict pshared)
    SG_SYMBOL(pthread_condattr_getpshared);

/* Read-write locks, readers preferred unless the attribute's kind says otherwise (glibc's
 * default): a reader gets the lock while other readers hold it, even when a writer waits.
 * EDEADLK when the writer asks again, for reading or writing; EAGAIN past the most
 * readers; EBUSY from the try forms. */
int pthread_rwlock_init(pthread_rwlock_t *restrict rwlock,
                        const pthread_rwlockattr_t *restrict attr) SG_SYMBOL(pthread_rwlock_init);
int pthread_rwlock_destroy(pthread_rwlock_t *rwlock) SG_SYMBOL(pthread_rwlock_destroy);
int pthread_rwlock_rdlock(pthread_rwlock_t *rwlock) SG_SYMBOL(pthread_rwlock_rdlock);
int pthread_rwlock_wrlock(pthread_rwlock_t *rwlock) SG_SYMBOL(pthread_rwlock_wrlock);
int pthread_rwlock_tryrdlock(pthread_rwlock_t *rwlock) SG_SYMBOL(pthread_rwlock_tryrdlock);
int pthread_rwlock_trywrlock(pthread_rwlock_t *rwlock) SG_SYMBOL(pthread_rwlock_trywrlock);
int pthread_rwlock_timedrdlock(pthread_rwlock_t *restrict rwlock,
                               const struct timespec *restrict abstime)
    SG_SYMBOL(pthread_rwlock_timedrdlock);
int pthread_rwlock_timedwrlock(pthread_rwlock_t *restrict rwlock,
                               const struct timespec *restrict abstime)
    SG_SYMBOL(pthread_rwlock_timedwrlock);
int pthread_rwlock_clockrdlock(pthread_rwlock_t *restrict rwlock, clockid_t clock,
                               const struct timespec *restrict abstime)
    SG_SYMBOL(pthread_rwlock_clockrdlock);
int pthread_rwlock_clockwrlock(pthread_rwlock_t *restrict rwlock, clockid_t clock,
                               const struct timespec *restrict abstime)
    SG_SYMBOL(pthread_rwlock_clockwrlock);
/* EPERM when the lock is not held at all. */
int pthread_rwlock_unlock(pthread_rwlock_t *rwlock) SG_SYMBOL(pthread_rwlock_unlock);

int pthread_rwlockattr_init(pthread_rwlockattr_t *attr) SG_SYMBOL(pthread_rwlockattr_init);
int pthread_rwlockattr_destroy(pthread_rwlockattr_t *attr) SG_SYMBOL(pthread_rwlockattr_destroy);
int pthread_rwlockattr_setpshared(pthread_rwlockattr_t *attr, int pshared)
    SG_SYMBOL(pthread_rwlockattr_setpshared);
int pthread_rwlockattr_getpshared(const pthread_rwlockattr_t *restrict attr, int *restrict pshared)
    SG_SYMBOL(pthread_rwlockattr_getpshared);
enum {
  PTHREAD_RWLOCK_PREFER_READER_NP,
  PTHREAD_RWLOCK_PREFER_WRITER_NP, /* the same as readers first, as glibc's */
  PTHREAD_RWLOCK_PREFER_WRITER_NONRECURSIVE_NP,
  PTHREAD_RWLOCK_DEFAULT_NP = PTHREAD_RWLOCK_PREFER_READER_NP
};
/* glibc's: with PTHREAD_RWLOCK_PREFER_WRITER_NONRECURSIVE_NP a reader waits while a
 * writer waits (so a thread that reads twice may deadlock behind one); EINVAL otherwise. */
int pthread_rwlockattr_setkind_np(pthread_rwlockattr_t *attr, int kind)
    SG_SYMBOL(pthread_rwlockattr_setkind_np);
int pthread_rwlockattr_getkind_np(const pthread_rwlockattr_t *restrict attr, int *restrict kind)
    SG_SYMBOL(pthread_rwlockattr_getkind_np);

/* Barriers: count 0 (or INT_MAX and up, as glibc) is EINVAL; of each count waiters, one gets
 * PTHREAD_BARRIER_SERIAL_THREAD and the others 0. */
int pthread_barrier_init(pthread_barrier_t *restrict barrier,
                         const pthread_barrierattr_t *restrict attr, unsigned int count)
    SG_SYMBOL(pthread_barrier_init);
/* Waits until the threads of the last phase have left the wait, as glibc's. */
int pthread_barrier_destroy(pthread_barrier_t *barrier) SG_SYMBOL(pthread_barrier_destroy);
int pthread_barrier_wait(pthread_barrier_t *barrier) SG_SYMBOL(pthread_barrier_wait);
int pthread_barrierattr_init(pthread_barrierattr_t *attr) SG_SYMBOL(pthread_barrierattr_init);
int pthread_barrierattr_destroy(pthread_barrierattr_t *attr) SG_SYMBOL(pthread_barrierattr_destroy);
int pthread_barrierattr_setpshared(pthread_barrierattr_t *attr, int pshared)
    SG_SYMBOL(pthread_barrierattr_setpshared);
int pthread_barrierattr_getpshared(const pthread_barrierattr_t *restrict attr,
                                   int *restrict pshared) SG_SYMBOL(pthread_barrierattr_getpshared);

/* Spin locks: no system call ever; pshared is accepted whatever its value, as glibc. */
int pthread_spin_init(pthread_spinlock_t *lock, int pshared) SG_SYMBOL(pthread_spin_init);
int pthread_spin_destroy(pthread_spinlock_t *lock) SG_SYMBOL(pthread_spin_destroy);
int pthread_spin_lock(pthread_spinlock_t *lock) SG_SYMBOL(pthread_spin_lock);
int pthread_spin_trylock(pthread_spinlock_t *lock) SG_SYMBOL(pthread_spin_trylock);
int pthread_spin_unlock(pthread_spinlock_t *lock) SG_SYMBOL(pthread_spin_unlock);

/* Runs init once per once_control; callers that come while it runs wait for it. */
int pthread_once(pthread_once_t *once_control, void (*init_routine)(void)) SG_SYMBOL(pthread_once);

#endif
