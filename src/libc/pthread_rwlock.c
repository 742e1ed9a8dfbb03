/* pthread_rwlock_init(3p), destroy, rdlock, wrlock, tryrdlock, trywrlock,
 * timedrdlock, timedwrlock, clockrdlock, clockwrlock (glibc 2.30) and unlock.
 *
 * Not obvious: the state word counts readers (WRITER when a writer holds it), and the
 * waiters sleep on a second word, a sequence every unlock that frees the lock moves on:
 * a waiter reads the sequence before it looks at the state, so an unlock between the
 * look and the sleep changes the word and the sleep returns at once.
 */
#include <sysgate/pthread.h>

#include "pthread_futex.h"
#include "thread_id.h"

#define WRITER 0xffffffffu
#define MAX_READERS (WRITER - 1)

struct sg_rwlock {
  uint32_t state; /* readers, or WRITER */
  uint32_t seq;
  uint32_t waiters;
  int writer; /* the writer's tid */
  int pshared;
  int writers_first;        /* PTHREAD_RWLOCK_PREFER_WRITER_NONRECURSIVE_NP */
  uint32_t writers_waiting; /* counted only when writers_first */
};
_Static_assert(sizeof(struct sg_rwlock) <= sizeof(pthread_rwlock_t), "struct sg_rwlock fits");

static struct sg_rwlock *as_rwlock(pthread_rwlock_t *l) {
  return (struct sg_rwlock *)(void *)l;
}

int pthread_rwlock_init(pthread_rwlock_t *restrict rwlock,
                        const pthread_rwlockattr_t *restrict attr) {
  *rwlock = (pthread_rwlock_t)PTHREAD_RWLOCK_INITIALIZER;
  as_rwlock(rwlock)->pshared = attr != NULL && attr->sysgate_size[0] != 0;
  as_rwlock(rwlock)->writers_first =
      attr != NULL && attr->sysgate_size[1] == PTHREAD_RWLOCK_PREFER_WRITER_NONRECURSIVE_NP;
  return 0;
}

int pthread_rwlock_destroy(pthread_rwlock_t *rwlock) {
  (void)rwlock;
  return 0;
}

/* A reader must wait: a writer holds the lock, or waits for it and goes first. */
static int reader_blocked(struct sg_rwlock *x, uint32_t s) {
  return s == WRITER ||
         (x->writers_first && __atomic_load_n(&x->writers_waiting, __ATOMIC_SEQ_CST) != 0);
}

static int try_read(struct sg_rwlock *x) {
  uint32_t s = __atomic_load_n(&x->state, __ATOMIC_RELAXED);
  for (;;) {
    if (reader_blocked(x, s))
      return EBUSY;
    if (s == MAX_READERS)
      return EAGAIN;
    if (__atomic_compare_exchange_n(&x->state, &s, s + 1, 0, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED))
      return 0;
  }
}

static int try_write(struct sg_rwlock *x) {
  uint32_t s = 0;
  if (!__atomic_compare_exchange_n(&x->state, &s, WRITER, 0, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED))
    return EBUSY;
  __atomic_store_n(&x->writer, sg_thread_tid(), __ATOMIC_RELAXED);
  return 0;
}

/* Moves the sequence on and wakes every waiter, if there is one. */
static void wake_all(struct sg_rwlock *x) {
  __atomic_add_fetch(&x->seq, 1, __ATOMIC_SEQ_CST);
  if ((__atomic_load_n(&x->waiters, __ATOMIC_SEQ_CST) & ~SG_DRAIN_FLAG) != 0)
    sg_futex_wake(&x->seq, 0x7fffffff, sg_futex_private(x->pshared));
}

/* Takes the lock for writing (or reading) until abstime on clock; 0 or an error number. */
static int take(struct sg_rwlock *x, int write, clockid_t clock, const struct timespec *abstime) {
  if (abstime != NULL && sg_abstime_check(abstime) == EINVAL)
    return EINVAL; /* checked first, even when the lock is free (glibc) */
  if (__atomic_load_n(&x->state, __ATOMIC_RELAXED) == WRITER &&
      __atomic_load_n(&x->writer, __ATOMIC_RELAXED) == sg_thread_tid())
    return EDEADLK;
  int err = write ? try_write(x) : try_read(x);
  if (err != EBUSY)
    return err;
  err = sg_abstime_check(abstime);
  if (err != 0)
    return err;
  int priv = sg_futex_private(x->pshared);
  int counted = write && x->writers_first;
  if (counted)
    __atomic_add_fetch(&x->writers_waiting, 1, __ATOMIC_SEQ_CST);
  for (;;) {
    sg_drain_enter(&x->waiters);
    uint32_t seq = __atomic_load_n(&x->seq, __ATOMIC_SEQ_CST);
    uint32_t s = __atomic_load_n(&x->state, __ATOMIC_SEQ_CST);
    long ret = 0;
    if (write ? s != 0 : reader_blocked(x, s))
      ret = sg_futex_wait(&x->seq, seq, priv, clock, abstime);
    sg_drain_leave(&x->waiters, priv);
    err = ret == -ETIMEDOUT ? ETIMEDOUT : write ? try_write(x) : try_read(x);
    if (err != EBUSY)
      break;
  }
  if (counted && __atomic_sub_fetch(&x->writers_waiting, 1, __ATOMIC_SEQ_CST) == 0 && err != 0)
    wake_all(x); /* the readers this writer held back, now that it gives up */
  return err;
}

int pthread_rwlock_rdlock(pthread_rwlock_t *rwlock) {
  return take(as_rwlock(rwlock), 0, CLOCK_REALTIME, NULL);
}

int pthread_rwlock_wrlock(pthread_rwlock_t *rwlock) {
  return take(as_rwlock(rwlock), 1, CLOCK_REALTIME, NULL);
}

int pthread_rwlock_tryrdlock(pthread_rwlock_t *rwlock) {
  return try_read(as_rwlock(rwlock));
}

int pthread_rwlock_trywrlock(pthread_rwlock_t *rwlock) {
  return try_write(as_rwlock(rwlock));
}

int pthread_rwlock_clockrdlock(pthread_rwlock_t *restrict rwlock, clockid_t clock,
                               const struct timespec *restrict abstime) {
  return sg_clock_valid(clock) ? take(as_rwlock(rwlock), 0, clock, abstime) : EINVAL;
}

int pthread_rwlock_clockwrlock(pthread_rwlock_t *restrict rwlock, clockid_t clock,
                               const struct timespec *restrict abstime) {
  return sg_clock_valid(clock) ? take(as_rwlock(rwlock), 1, clock, abstime) : EINVAL;
}

int pthread_rwlock_timedrdlock(pthread_rwlock_t *restrict rwlock,
                               const struct timespec *restrict abstime) {
  return take(as_rwlock(rwlock), 0, CLOCK_REALTIME, abstime);
}

int pthread_rwlock_timedwrlock(pthread_rwlock_t *restrict rwlock,
                               const struct timespec *restrict abstime) {
  return take(as_rwlock(rwlock), 1, CLOCK_REALTIME, abstime);
}

int pthread_rwlock_unlock(pthread_rwlock_t *rwlock) {
  struct sg_rwlock *x = as_rwlock(rwlock);
  uint32_t s = __atomic_load_n(&x->state, __ATOMIC_RELAXED);
  do {
    if (s == 0)
      return EPERM;
    if (s == WRITER)
      __atomic_store_n(&x->writer, 0, __ATOMIC_RELAXED);
  } while (!__atomic_compare_exchange_n(&x->state, &s, s == WRITER ? 0 : s - 1, 0, __ATOMIC_SEQ_CST,
                                        __ATOMIC_RELAXED));
  if (s != WRITER && s != 1)
    return 0; /* readers remain: nobody waits for them but writers, who wait for 0 */
  wake_all(x);
  return 0;
}
