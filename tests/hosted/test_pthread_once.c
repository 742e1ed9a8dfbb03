/* pthread_once (sysgate/pthread_sync.h): PTHREAD_ONCE_INIT is glibc's value, and
 * with 8 glibc threads calling it at once on a fresh control, 20 times over, the
 * routine runs exactly once and every caller returns only after it finished.
 *
 * Not obvious: the routine sleeps 20 ms, so the other callers find it running and
 * wait on the futex; that is the path a bug would show on, not a timing check.
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

enum { THREADS = 8, ROUNDS = 20 };

static pthread_once_t controls[ROUNDS];
static int runs[ROUNDS], finished[ROUNDS], early[ROUNDS];
static int round_now;

static void init_routine(void) {
  int r = round_now;
  __atomic_add_fetch(&runs[r], 1, __ATOMIC_SEQ_CST);
  struct timespec pause = {.tv_sec = 0, .tv_nsec = 20000000L};
  nanosleep(&pause, NULL);
  __atomic_store_n(&finished[r], 1, __ATOMIC_SEQ_CST);
}

static void once_thread(void *arg, int i) {
  (void)arg;
  (void)i;
  int r = round_now;
  if (pthread_once(&controls[r], init_routine) != 0 ||
      !__atomic_load_n(&finished[r], __ATOMIC_SEQ_CST))
    __atomic_add_fetch(&early[r], 1, __ATOMIC_SEQ_CST);
}

static void test_once(void **state) {
  (void)state;
  assert_int_equal(PTHREAD_ONCE_INIT, oracle_pt_constant("PTHREAD_ONCE_INIT"));
  for (int r = 0; r < ROUNDS; r++) {
    controls[r] = PTHREAD_ONCE_INIT;
    round_now = r;
    oracle_pt_run(THREADS, once_thread, NULL);
    assert_int_equal(runs[r], 1);
    assert_int_equal(early[r], 0);
    assert_int_equal(pthread_once(&controls[r], init_routine), 0); /* done: not again */
    assert_int_equal(runs[r], 1);
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_once),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
