/* pthread_mutex_init(3p), pthread_mutex_destroy, pthread_mutex_lock, trylock,
 * timedlock, clocklock (glibc 2.30) and unlock: normal, recursive and errorcheck
 * mutexes over one futex word.
 *
 * Not obvious: only recursive and errorcheck mutexes record their owner (the kernel tid,
 * sg_thread_tid()): a normal one never asks who the caller is, so its lock and unlock are
 * one atomic instruction each when nobody waits. glibc's normal mutex does not check
 * the owner either (nptl/pthread_mutex_unlock.c).
 */
#include <sysgate/pthread.h>

#include "pthread_futex.h"
#include "thread_id.h"

struct sg_mutex {
  uint32_t lock; /* sg_word_lock's word */
  int owner;     /* tid, recursive and errorcheck only */
  uint32_t count;
  int kind; /* type | SYSGATE_PTHREAD_PSHARED_BIT */
};
_Static_assert(sizeof(struct sg_mutex) <= sizeof(pthread_mutex_t), "struct sg_mutex fits");
_Static_assert(__builtin_offsetof(struct sg_mutex, kind) == 3 * sizeof(int),
               "kind is the word the initializers set");

#define TYPE_MASK 3

static struct sg_mutex *as_mutex(pthread_mutex_t *m) {
  return (struct sg_mutex *)(void *)m;
}

static int mutex_private(const struct sg_mutex *x) {
  return sg_futex_private(x->kind & SYSGATE_PTHREAD_PSHARED_BIT);
}

int pthread_mutex_init(pthread_mutex_t *mutex, const pthread_mutexattr_t *attr) {
  struct sg_mutex *x = as_mutex(mutex);
  *mutex = (pthread_mutex_t)PTHREAD_MUTEX_INITIALIZER;
  x->kind = attr != NULL ? attr->sysgate_align : 0;
  return 0;
}

int pthread_mutex_destroy(pthread_mutex_t *mutex) {
  return __atomic_load_n(&as_mutex(mutex)->lock, __ATOMIC_RELAXED) != 0 ? EBUSY : 0;
}

/* Lock (try: trylock) until abstime on clock; 0 or an error number. */
static int acquire(struct sg_mutex *x, int try, clockid_t clock, const struct timespec *abstime) {
  int type = x->kind & TYPE_MASK;
  int priv = mutex_private(x);
  if (type != PTHREAD_MUTEX_RECURSIVE && type != PTHREAD_MUTEX_ERRORCHECK)
    return try ? sg_word_trylock(&x->lock) : sg_word_lock(&x->lock, priv, clock, abstime);
  int tid = sg_thread_tid();
  if (__atomic_load_n(&x->owner, __ATOMIC_RELAXED) == tid) {
    if (type == PTHREAD_MUTEX_ERRORCHECK)
      return try ? EBUSY : EDEADLK;
    if (x->count == UINT32_MAX)
      return EAGAIN;
    x->count++;
    return 0;
  }
  int err = try ? sg_word_trylock(&x->lock) : sg_word_lock(&x->lock, priv, clock, abstime);
  if (err == 0) {
    __atomic_store_n(&x->owner, tid, __ATOMIC_RELAXED);
    x->count = 1;
  }
  return err;
}

int pthread_mutex_lock(pthread_mutex_t *mutex) {
  return acquire(as_mutex(mutex), 0, CLOCK_REALTIME, NULL);
}

int pthread_mutex_trylock(pthread_mutex_t *mutex) {
  return acquire(as_mutex(mutex), 1, CLOCK_REALTIME, NULL);
}

int pthread_mutex_clocklock(pthread_mutex_t *restrict mutex, clockid_t clock,
                            const struct timespec *restrict abstime) {
  if (!sg_clock_valid(clock))
    return EINVAL;
  return acquire(as_mutex(mutex), 0, clock, abstime);
}

int pthread_mutex_timedlock(pthread_mutex_t *restrict mutex,
                            const struct timespec *restrict abstime) {
  return acquire(as_mutex(mutex), 0, CLOCK_REALTIME, abstime);
}

int pthread_mutex_unlock(pthread_mutex_t *mutex) {
  struct sg_mutex *x = as_mutex(mutex);
  int type = x->kind & TYPE_MASK;
  if (type == PTHREAD_MUTEX_RECURSIVE || type == PTHREAD_MUTEX_ERRORCHECK) {
    if (__atomic_load_n(&x->owner, __ATOMIC_RELAXED) != sg_thread_tid())
      return EPERM;
    if (--x->count != 0)
      return 0;
    __atomic_store_n(&x->owner, 0, __ATOMIC_RELAXED);
  }
  sg_word_unlock(&x->lock, mutex_private(x));
  return 0;
}
