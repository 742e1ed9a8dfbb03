/* POSIX semaphores (sysgate/semaphore.h) between threads: 4 glibc threads post
 * and 4 take through sem_wait, sem_trywait and sem_timedwait, with waiters asleep
 * (the semaphore starts at 0 and stays near it): every post is taken exactly once and
 * no taker times out, so no wake-up is lost.
 *
 * Not obvious: the takers' timed waits carry a 10 s deadline: a lost wake-up fails the
 * test instead of hanging it; test_semaphore.c covers the process-shared paths.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "oracle.h"
#include "oracle_pthread.h"
#include <sysgate.h>

#include "suite.h"
#include "suite_pthread.h"

enum { POSTERS = 4, TAKERS = 4, EACH = 5000 };

struct shared {
  sem_t sem;
  int taken, failures;
};

static void sem_thread(void *arg, int i) {
  struct shared *s = arg;
  for (int k = 0; k < EACH; k++) {
    if (i < POSTERS) {
      if (sem_post(&s->sem) != 0)
        __atomic_add_fetch(&s->failures, 1, __ATOMIC_RELAXED);
      sched_yield(); /* slower posters: the takers find 0 and sleep */
      continue;
    }
    int r;
    if (k % 3 == 0) {
      r = sem_wait(&s->sem);
    } else if (k % 3 == 1 && sem_trywait(&s->sem) == 0) {
      r = 0;
    } else {
      struct timespec far = suite_after_ms(CLOCK_REALTIME, SUITE_FAR_MS);
      r = sem_timedwait(&s->sem, &far);
    }
    if (r != 0) {
      __atomic_add_fetch(&s->failures, 1, __ATOMIC_RELAXED);
      return;
    }
    __atomic_add_fetch(&s->taken, 1, __ATOMIC_RELAXED);
  }
}

static void test_post_take(void **state) {
  (void)state;
  struct shared s = {.taken = 0, .failures = 0};
  assert_int_equal(sem_init(&s.sem, 0, 0), 0);
  oracle_pt_run(POSTERS + TAKERS, sem_thread, &s);
  assert_int_equal(s.failures, 0);
  assert_int_equal(s.taken, TAKERS * EACH);
  int v = -1;
  assert_int_equal(sem_getvalue(&s.sem, &v), 0);
  assert_int_equal(v, 0);
  assert_int_equal(sem_destroy(&s.sem), 0);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_post_take),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
