/* The slow paths of lock.h's locks: waiting on the futex(2), waking a waiter, and the recursive
 * lock that flockfile(3) and every stdio call take.
 *
 * Not obvious: a waiter swaps in 2 before it sleeps, so whoever releases knows to wake someone;
 * FUTEX_WAIT returns at once if the word is no longer 2 (futex(2), EAGAIN), so no wake is lost.
 */
#ifdef SYSGATE_THREADS
#include <sysgate/misc.h>

#include "lock.h"
#include "thread_id.h"

/* Loads before sleeping: a holder usually leaves within a few hundred cycles. */
#define SPINS 100

void sysgate_lock_wait(struct sg_lock *l) {
  for (int i = 0; i < SPINS; i++) {
    if (__atomic_load_n(&l->word, __ATOMIC_RELAXED) == 0 && sg_lock_try(l))
      return;
  }
  while (__atomic_exchange_n(&l->word, 2, __ATOMIC_ACQUIRE) != 0)
    sys_futex(&l->word, FUTEX_WAIT_PRIVATE, 2, NULL, NULL, 0);
  SG_HG_TAKEN(l);
}

void sysgate_lock_wake(struct sg_lock *l) {
  sys_futex(&l->word, FUTEX_WAKE_PRIVATE, 1, NULL, NULL, 0);
}

int sysgate_rlock_try(struct sg_rlock *r) {
  int me = sg_thread_tid();
  SG_HG_ATOMIC(&r->owner);
  if (__atomic_load_n(&r->owner, __ATOMIC_RELAXED) == me) {
    r->count++;
    return 1;
  }
  if (!sg_lock_try(&r->lock))
    return 0;
  __atomic_store_n(&r->owner, me, __ATOMIC_RELAXED);
  r->count = 1;
  return 1;
}

void sysgate_rlock_take(struct sg_rlock *r) {
  int me = sg_thread_tid();
  SG_HG_ATOMIC(&r->owner);
  if (__atomic_load_n(&r->owner, __ATOMIC_RELAXED) == me) {
    r->count++;
    return;
  }
  sg_lock_take(&r->lock);
  __atomic_store_n(&r->owner, me, __ATOMIC_RELAXED);
  r->count = 1;
}

void sysgate_rlock_drop(struct sg_rlock *r) {
  if (--r->count)
    return;
  __atomic_store_n(&r->owner, 0, __ATOMIC_RELAXED);
  sg_lock_drop(&r->lock);
}
#endif
