/* pthread attributes and constants (sysgate/pthread.h) against glibc's: sizes of the types,
 * the constants, a fresh attribute's stack size (RLIMIT_STACK), guard size and detach state,
 * and every setter's result and error on the same inputs.
 *
 * Not obvious: only the attribute calls run here; threads need the threaded -nostdlib build,
 * whose programs are in tests/threads/ (a hosted program's threads are glibc's).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "oracle.h"
#include "oracle_pthread_attr.h"
#include <sysgate.h>
#include <sysgate/pthread.h>

#include "suite.h"

static void test_constants(void **state) {
  (void)state;
  struct oracle_pthread_consts c;
  oracle_pthread_consts(&c);
  assert_int_equal(sizeof(pthread_attr_t), c.attr_size);
  assert_int_equal(_Alignof(pthread_attr_t), c.attr_align);
  assert_int_equal(sizeof(pthread_t), c.thread_size);
  assert_int_equal(sizeof(pthread_key_t), c.key_size);
  assert_int_equal(PTHREAD_CREATE_JOINABLE, c.joinable);
  assert_int_equal(PTHREAD_CREATE_DETACHED, c.detached);
  assert_int_equal(PTHREAD_KEYS_MAX, c.keys_max);
  assert_int_equal(PTHREAD_DESTRUCTOR_ITERATIONS, c.destructor_iterations);
  assert_int_equal(PTHREAD_STACK_MIN, c.stack_min);
}

static void test_defaults(void **state) {
  (void)state;
  size_t stack, guard, their_stack, their_guard;
  int detach, their_detach;
  pthread_attr_t a;
  assert_int_equal(pthread_attr_init(&a), 0);
  assert_int_equal(pthread_attr_getstacksize(&a, &stack), 0);
  assert_int_equal(pthread_attr_getguardsize(&a, &guard), 0);
  assert_int_equal(pthread_attr_getdetachstate(&a, &detach), 0);
  assert_int_equal(pthread_attr_destroy(&a), 0);
  oracle_pthread_attr_defaults(&their_stack, &their_guard, &their_detach);
  assert_int_equal(stack, their_stack);
  assert_int_equal(guard, their_guard);
  assert_int_equal(detach, their_detach);
}

/* Each value through our setter and getter and through glibc's: same result, same value. */
#define COMPARE_SETTER(type, values, set, get, oracle)                                             \
  for (size_t i = 0; i < sizeof values / sizeof *values; i++) {                                    \
    pthread_attr_t a;                                                                              \
    type got, their_got;                                                                           \
    pthread_attr_init(&a);                                                                         \
    int r = set(&a, values[i]);                                                                    \
    get(&a, &got);                                                                                 \
    assert_int_equal(r, oracle(values[i], &their_got));                                            \
    assert_int_equal(got, their_got);                                                              \
  }

static void test_setters(void **state) {
  (void)state;
  static const size_t stacks[] = {0, 1, 16383, 16384, 16385, 65536, 1u << 20};
  COMPARE_SETTER(size_t, stacks, pthread_attr_setstacksize, pthread_attr_getstacksize,
                 oracle_pthread_attr_setstacksize)
  static const int states[] = {-1, 0, 1, 2, 3};
  COMPARE_SETTER(int, states, pthread_attr_setdetachstate, pthread_attr_getdetachstate,
                 oracle_pthread_attr_setdetachstate)
  static const size_t guards[] = {0, 1, 4096, 5000, 1u << 16};
  COMPARE_SETTER(size_t, guards, pthread_attr_setguardsize, pthread_attr_getguardsize,
                 oracle_pthread_attr_setguardsize)
  static char stack[1 << 16];
  static const size_t sizes[] = {100, 16383, 16384, sizeof stack};
  for (size_t i = 0; i < sizeof sizes / sizeof *sizes; i++) {
    pthread_attr_t a;
    void *addr, *their_addr;
    size_t got, their_got;
    pthread_attr_init(&a);
    int r = pthread_attr_setstack(&a, stack, sizes[i]);
    pthread_attr_getstack(&a, &addr, &got);
    assert_int_equal(r, oracle_pthread_attr_setstack(stack, sizes[i], &their_addr, &their_got));
    assert_ptr_equal(addr, their_addr);
    assert_int_equal(got, their_got);
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_constants),
      cmocka_unit_test(test_defaults),
      cmocka_unit_test(test_setters),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
