/* pthread_spin_init(3p), pthread_spin_destroy, pthread_spin_lock(3p), trylock and
 * unlock.
 *
 * Not obvious: a waiter spins on a plain load and tries the exchange only when the lock
 * looks free, so the waiting cores read a shared cache line instead of taking it from
 * the holder with every attempt (test-and-test-and-set).
 */
#include <sysgate/errno.h>
#include <sysgate/pthread.h>

int pthread_spin_init(pthread_spinlock_t *lock, int pshared) {
  (void)pshared;
  *lock = 0;
  return 0;
}

int pthread_spin_destroy(pthread_spinlock_t *lock) {
  (void)lock;
  return 0;
}

int pthread_spin_lock(pthread_spinlock_t *lock) {
  while (__atomic_exchange_n(lock, 1, __ATOMIC_ACQUIRE) != 0)
    while (__atomic_load_n(lock, __ATOMIC_RELAXED) != 0)
      continue;
  return 0;
}

int pthread_spin_trylock(pthread_spinlock_t *lock) {
  return __atomic_exchange_n(lock, 1, __ATOMIC_ACQUIRE) == 0 ? 0 : EBUSY;
}

int pthread_spin_unlock(pthread_spinlock_t *lock) {
  __atomic_store_n(lock, 0, __ATOMIC_RELEASE);
  return 0;
}
