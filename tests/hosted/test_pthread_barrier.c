/* pthread barriers (sysgate/pthread_sync.h) against glibc's: init's answers for
 * counts 0, 1, INT_MAX - 1 and beyond, the attribute's errors, 8 glibc threads through
 * 300 phases (nobody leaves a phase before all arrived, one serial thread per phase),
 * a barrier of count 1, and more threads than count sharing one barrier.
 *
 * Not obvious: a phase's arrivals are counted before the wait and checked after it,
 * so a thread let through early sees fewer than count.
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

static void test_init(void **state) {
  (void)state;
  static const unsigned int counts[] = {0,           1,           2,          0x7ffffffeu,
                                        0x7fffffffu, 0x80000000u, 0xffffffffu};
  for (size_t i = 0; i < sizeof counts / sizeof counts[0]; i++) {
    pthread_barrier_t b;
    oracle_pt_storage theirs;
    int ours = pthread_barrier_init(&b, NULL, counts[i]);
    assert_int_equal(ours, oracle_pt_barrier_init(&theirs, counts[i]));
    if (ours == 0)
      assert_int_equal(pthread_barrier_destroy(&b), 0);
  }
  for (int v = -1; v <= 3; v++) {
    pthread_barrierattr_t a;
    assert_int_equal(pthread_barrierattr_init(&a), 0);
    int err = pthread_barrierattr_setpshared(&a, v);
    assert_int_equal(err, oracle_pt_barrierattr_setpshared(v));
    int pshared = -1;
    assert_int_equal(pthread_barrierattr_getpshared(&a, &pshared), 0);
    assert_int_equal(pshared, err == 0 ? v : PTHREAD_PROCESS_PRIVATE);
    assert_int_equal(pthread_barrierattr_destroy(&a), 0);
  }
}

enum { THREADS = 8, PHASES = 300 };

struct phases {
  pthread_barrier_t b;
  int arrived[PHASES];
  int serial[PHASES];
  int early; /* threads that left a phase before all had arrived */
};

static void phase_thread(void *arg, int i) {
  (void)i;
  struct phases *p = arg;
  for (int k = 0; k < PHASES; k++) {
    __atomic_add_fetch(&p->arrived[k], 1, __ATOMIC_SEQ_CST);
    int r = pthread_barrier_wait(&p->b);
    if (r == PTHREAD_BARRIER_SERIAL_THREAD)
      __atomic_add_fetch(&p->serial[k], 1, __ATOMIC_SEQ_CST);
    else if (r != 0)
      __atomic_add_fetch(&p->early, 1000, __ATOMIC_SEQ_CST);
    if (__atomic_load_n(&p->arrived[k], __ATOMIC_SEQ_CST) != THREADS)
      __atomic_add_fetch(&p->early, 1, __ATOMIC_SEQ_CST);
  }
}

static void test_phases(void **state) {
  (void)state;
  static struct phases p;
  assert_int_equal(pthread_barrier_init(&p.b, NULL, THREADS), 0);
  oracle_pt_run(THREADS, phase_thread, &p);
  assert_int_equal(p.early, 0);
  for (int k = 0; k < PHASES; k++)
    assert_int_equal(p.serial[k], 1);
  assert_int_equal(pthread_barrier_destroy(&p.b), 0);
}

static void test_count_one(void **state) {
  (void)state;
  pthread_barrier_t b;
  pthread_barrierattr_t a;
  pthread_barrierattr_init(&a);
  pthread_barrierattr_setpshared(&a, PTHREAD_PROCESS_SHARED);
  assert_int_equal(pthread_barrier_init(&b, &a, 1), 0);
  for (int k = 0; k < 3; k++)
    assert_int_equal(pthread_barrier_wait(&b), PTHREAD_BARRIER_SERIAL_THREAD);
  assert_int_equal(pthread_barrier_destroy(&b), 0);
}

/* 8 threads share 800 waits on a barrier of 2 (a thread takes a ticket per wait, so
 * the total is even however the threads progress): 400 phases, one serial each. */
enum { WAITS = 800 };

struct pairs {
  pthread_barrier_t b;
  int tickets, serial;
};

static void pair_thread(void *arg, int i) {
  (void)i;
  struct pairs *p = arg;
  while (__atomic_fetch_add(&p->tickets, 1, __ATOMIC_SEQ_CST) < WAITS)
    if (pthread_barrier_wait(&p->b) == PTHREAD_BARRIER_SERIAL_THREAD)
      __atomic_add_fetch(&p->serial, 1, __ATOMIC_SEQ_CST);
}

static void test_more_threads_than_count(void **state) {
  (void)state;
  struct pairs p = {.tickets = 0, .serial = 0};
  assert_int_equal(pthread_barrier_init(&p.b, NULL, 2), 0);
  oracle_pt_run(THREADS, pair_thread, &p);
  assert_int_equal(p.serial, WAITS / 2);
  assert_int_equal(pthread_barrier_destroy(&p.b), 0);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_init),
      cmocka_unit_test(test_phases),
      cmocka_unit_test(test_count_one),
      cmocka_unit_test(test_more_threads_than_count),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
