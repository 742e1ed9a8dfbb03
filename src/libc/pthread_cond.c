/* pthread_cond_init(3p), destroy, wait, timedwait, clockwait (glibc 2.30), signal
 * and broadcast over a sequence-counter futex.
 *
 * Not obvious: a waiter reads the sequence while it still holds the mutex and sleeps
 * only while the word still has that value, so a signal made after the mutex was given
 * up either changes the word first (the futex wait returns at once) or finds the waiter
 * asleep and wakes it: no wake-up is lost. (the rest: docs/threads.md)
 */
#include <sysgate/pthread.h>

#include "pthread_futex.h"

struct sg_cond {
  uint32_t seq;
  uint32_t waiters; /* sg_drain_* count */
  int attr;         /* the pthread_condattr_t word: pshared | clock << 1 */
};
_Static_assert(sizeof(struct sg_cond) <= sizeof(pthread_cond_t), "struct sg_cond fits");

static struct sg_cond *as_cond(pthread_cond_t *c) {
  return (struct sg_cond *)(void *)c;
}

static int cond_private(const struct sg_cond *x) {
  return sg_futex_private(x->attr & 1);
}

int pthread_cond_init(pthread_cond_t *restrict cond, const pthread_condattr_t *restrict attr) {
  *cond = (pthread_cond_t)PTHREAD_COND_INITIALIZER;
  as_cond(cond)->attr = attr != NULL ? attr->sysgate_align : 0;
  return 0;
}

int pthread_cond_destroy(pthread_cond_t *cond) {
  struct sg_cond *x = as_cond(cond);
  sg_drain_wait(&x->waiters, cond_private(x));
  return 0;
}

static int wait_on(struct sg_cond *x, pthread_mutex_t *mutex, clockid_t clock,
                   const struct timespec *abstime) {
  int priv = cond_private(x);
  sg_drain_enter(&x->waiters);
  uint32_t seq = __atomic_load_n(&x->seq, __ATOMIC_SEQ_CST);
  int err = pthread_mutex_unlock(mutex);
  if (err != 0) {
    sg_drain_leave(&x->waiters, priv);
    return err;
  }
  long ret = abstime != NULL && abstime->tv_sec < 0
                 ? -ETIMEDOUT
                 : sg_futex_wait(&x->seq, seq, priv, clock, abstime);
  sg_drain_leave(&x->waiters, priv);
  err = pthread_mutex_lock(mutex);
  if (err != 0)
    return err;
  return ret == -ETIMEDOUT ? ETIMEDOUT : 0; /* EINTR, EAGAIN: a spurious wake-up */
}

int pthread_cond_wait(pthread_cond_t *restrict cond, pthread_mutex_t *restrict mutex) {
  return wait_on(as_cond(cond), mutex, CLOCK_REALTIME, NULL);
}

int pthread_cond_clockwait(pthread_cond_t *restrict cond, pthread_mutex_t *restrict mutex,
                           clockid_t clock, const struct timespec *restrict abstime) {
  if (!sg_clock_valid(clock) || sg_abstime_check(abstime) == EINVAL)
    return EINVAL; /* a NULL abstime waits without limit, as the other timed calls */
  return wait_on(as_cond(cond), mutex, clock, abstime);
}

int pthread_cond_timedwait(pthread_cond_t *restrict cond, pthread_mutex_t *restrict mutex,
                           const struct timespec *restrict abstime) {
  struct sg_cond *x = as_cond(cond);
  return pthread_cond_clockwait(cond, mutex, (clockid_t)(x->attr >> 1), abstime);
}

static int wake(pthread_cond_t *cond, int count) {
  struct sg_cond *x = as_cond(cond);
  __atomic_add_fetch(&x->seq, 1, __ATOMIC_SEQ_CST);
  if ((__atomic_load_n(&x->waiters, __ATOMIC_SEQ_CST) & ~SG_DRAIN_FLAG) != 0)
    sg_futex_wake(&x->seq, count, cond_private(x));
  return 0;
}

int pthread_cond_signal(pthread_cond_t *cond) {
  return wake(cond, 1);
}

int pthread_cond_broadcast(pthread_cond_t *cond) {
  return wake(cond, 0x7fffffff);
}
