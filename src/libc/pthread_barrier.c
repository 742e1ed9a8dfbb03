/* pthread_barrier_init(3p), pthread_barrier_wait(3p) and pthread_barrier_destroy.
 *
 * Not obvious: a thread joins a phase under the barrier's lock, where it reads the
 * phase number and counts itself in one step; without the lock a thread could read a
 * phase that others complete before it counts itself, and leave with the next phase's
 * count unpaid when more threads than count use the barrier.
 */
#include <sysgate/pthread.h>

#include "pthread_futex.h"

#define PSHARED 0x80000000u

struct sg_barrier {
  uint32_t lock;
  uint32_t count; /* | PSHARED */
  uint32_t arrived;
  uint32_t phase;
  uint32_t inside; /* sg_drain_* count */
};
_Static_assert(sizeof(struct sg_barrier) <= sizeof(pthread_barrier_t), "struct sg_barrier fits");

static struct sg_barrier *as_barrier(pthread_barrier_t *b) {
  return (struct sg_barrier *)(void *)b;
}

static int barrier_private(const struct sg_barrier *x) {
  return sg_futex_private(x->count & PSHARED);
}

int pthread_barrier_init(pthread_barrier_t *restrict barrier,
                         const pthread_barrierattr_t *restrict attr, unsigned int count) {
  if (count == 0 || count >= 0x7fffffffu)
    return EINVAL;
  struct sg_barrier *x = as_barrier(barrier);
  *x = (struct sg_barrier){.count = count};
  if (attr != NULL && attr->sysgate_align == PTHREAD_PROCESS_SHARED)
    x->count |= PSHARED;
  return 0;
}

int pthread_barrier_destroy(pthread_barrier_t *barrier) {
  struct sg_barrier *x = as_barrier(barrier);
  sg_drain_wait(&x->inside, barrier_private(x));
  return 0;
}

int pthread_barrier_wait(pthread_barrier_t *barrier) {
  struct sg_barrier *x = as_barrier(barrier);
  int priv = barrier_private(x);
  sg_word_lock(&x->lock, priv, CLOCK_REALTIME, NULL);
  sg_drain_enter(&x->inside);
  uint32_t phase = x->phase;
  int ret = 0;
  if (++x->arrived == (x->count & ~PSHARED)) {
    x->arrived = 0;
    __atomic_store_n(&x->phase, phase + 1, __ATOMIC_RELEASE);
    sg_word_unlock(&x->lock, priv);
    sg_futex_wake(&x->phase, 0x7fffffff, priv);
    ret = PTHREAD_BARRIER_SERIAL_THREAD;
  } else {
    sg_word_unlock(&x->lock, priv);
    while (__atomic_load_n(&x->phase, __ATOMIC_ACQUIRE) == phase)
      sg_futex_wait(&x->phase, phase, priv, CLOCK_REALTIME, NULL);
  }
  sg_drain_leave(&x->inside, priv);
  return ret;
}
