/* pthread spin locks (sysgate/pthread_sync.h) against glibc's: init's answer for
 * any pshared value, trylock's EBUSY on a held lock, and 8 glibc threads adding to
 * one counter under a spin lock, half of them through trylock.
 *
 * Not obvious: glibc accepts any pshared value in pthread_spin_init (POSIX allows
 * EINVAL); sysgate answers as glibc does.
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

static void test_init_trylock(void **state) {
  (void)state;
  for (int v = -1; v <= 3; v++) {
    pthread_spinlock_t ours;
    oracle_pt_storage theirs;
    assert_int_equal(pthread_spin_init(&ours, v), oracle_pt_spin_init(&theirs, v));
    assert_int_equal(pthread_spin_trylock(&ours), oracle_pt_spin_trylock(&theirs));
    assert_int_equal(pthread_spin_trylock(&ours), oracle_pt_spin_trylock(&theirs));
    assert_int_equal(pthread_spin_trylock(&ours), EBUSY);
    assert_int_equal(pthread_spin_unlock(&ours), 0);
    assert_int_equal(pthread_spin_lock(&ours), 0);
    assert_int_equal(pthread_spin_unlock(&ours), 0);
    assert_int_equal(pthread_spin_destroy(&ours), 0);
  }
}

enum { THREADS = 8, ADDS = 20000 };

struct counter {
  pthread_spinlock_t lock;
  long value;
};

static void add_many(void *arg, int i) {
  struct counter *c = arg;
  for (int k = 0; k < ADDS; k++) {
    if (i % 2 == 0 || pthread_spin_trylock(&c->lock) != 0)
      pthread_spin_lock(&c->lock);
    long v = *(volatile long *)&c->value;
    *(volatile long *)&c->value = v + 1;
    pthread_spin_unlock(&c->lock);
  }
}

static void test_counter(void **state) {
  (void)state;
  struct counter c = {.value = 0};
  assert_int_equal(pthread_spin_init(&c.lock, PTHREAD_PROCESS_PRIVATE), 0);
  oracle_pt_run(THREADS, add_many, &c);
  assert_int_equal(c.value, (long)THREADS * ADDS);
  assert_int_equal(pthread_spin_destroy(&c.lock), 0);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_init_trylock),
      cmocka_unit_test(test_counter),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
