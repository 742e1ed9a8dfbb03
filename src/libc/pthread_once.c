/* pthread_once(3p): run an initialisation routine once per pthread_once_t.
 *
 * Not obvious: the word goes 0 (never run) -> RUNNING -> DONE, with WAITERS or-ed in by
 * the threads that sleep while the routine runs; only then does the runner's last
 * exchange make the wake-up system call, so the common paths make none.
 */
#include <sysgate/pthread.h>

#include "pthread_futex.h"

#define RUNNING 1u
#define DONE 2u
#define WAITERS 4u

int pthread_once(pthread_once_t *once_control, void (*init_routine)(void)) {
  uint32_t *word = (uint32_t *)(void *)once_control;
  uint32_t s = __atomic_load_n(word, __ATOMIC_ACQUIRE);
  while (s != DONE) {
    if (s == 0) {
      if (!__atomic_compare_exchange_n(word, &s, RUNNING, 0, __ATOMIC_ACQUIRE, __ATOMIC_ACQUIRE))
        continue;
      init_routine();
      if (__atomic_exchange_n(word, DONE, __ATOMIC_RELEASE) & WAITERS)
        sg_futex_wake(word, 0x7fffffff, FUTEX_PRIVATE_FLAG);
      return 0;
    }
    if (!(s & WAITERS) &&
        !__atomic_compare_exchange_n(word, &s, s | WAITERS, 0, __ATOMIC_ACQUIRE, __ATOMIC_ACQUIRE))
      continue;
    sg_futex_wait(word, s | WAITERS, FUTEX_PRIVATE_FLAG, CLOCK_REALTIME, NULL);
    s = __atomic_load_n(word, __ATOMIC_ACQUIRE);
  }
  return 0;
}
