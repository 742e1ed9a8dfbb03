/* atexit(3) and on_exit(3) registered from 8 threads at once, and setenv(3), unsetenv and
 * putenv from 8 threads at once, and random(3) (the threaded library, sysgate_hosted_mt): no
 * registration, variable or number lost, the 33rd handler refused, every handler run once.
 *
 * Not obvious: getenv runs only after the threads are joined. glibc documents getenv as
 * safe only while nobody changes the environment (setenv: MT-Unsafe const:env), and sysgate
 * follows it: setenv may move environ's array while a reader walks it.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "oracle.h"
#include "oracle_thread.h"
#include <sysgate.h>

#include "suite.h"

/* environ: sysgate's (sysgate_environ, src/start.c), NULL until setenv makes one. */

#define THREADS 8
#define PER_THREAD 4 /* 8 * 4 + the checker = 33: one more than ATEXIT_MAX */

static int registered, ran, ran_with_arg;

static void count_plain(void) {
  __atomic_fetch_add(&ran, 1, __ATOMIC_RELAXED);
}
static void count_arg(int status, void *arg) {
  if (status == 3 && arg == &ran_with_arg)
    __atomic_fetch_add(&ran_with_arg, 1, __ATOMIC_RELAXED);
}

/* Registered first, so it runs last: the child's exit status says what ran. */
static void checker(void) {
  int ok = registered == 31 && ran + ran_with_arg == registered && ran_with_arg > 0;
  _exit(ok ? 0 : 10 + ran + ran_with_arg);
}

static void register_some(int t, void *arg) {
  (void)arg;
  for (int i = 0; i < PER_THREAD; i++) {
    int r = (t + i) % 2 ? atexit(count_plain) : on_exit(count_arg, &ran_with_arg);
    if (r == 0)
      __atomic_fetch_add(&registered, 1, __ATOMIC_RELAXED);
  }
}

static void child(void *arg) {
  (void)arg;
  if (atexit(checker) != 0)
    _exit(2);
  oracle_threads(THREADS, register_some, NULL);
  exit(3);
}

static void test_atexit_threads(void **state) {
  (void)state;
  assert_int_equal(oracle_child_status(child, NULL), 0);
}

/* Each thread sets, replaces and removes variables of its own; at the end a thread's even
 * variables hold their last value and its odd ones are gone. */
#define VARS 40
#define ROUNDS 20
static char putenv_strings[THREADS][VARS][80];

/* Under valgrind (helgrind serialises the threads) a fifth of the rounds, a twentieth of the
 * draws: the same interleavings are possible, the run takes seconds instead of a minute. */
static int rounds(void) {
  return oracle_under_valgrind() ? ROUNDS / 5 : ROUNDS;
}

static void change_environment(int t, void *arg) {
  (void)arg;
  char name[32], value[32];
  int last = rounds() - 1;
  for (int round = 0; round <= last; round++)
    for (int v = 0; v < VARS; v++) {
      snprintf(name, sizeof name, "SG_MT_%d_%d", t, v);
      snprintf(value, sizeof value, "%d.%d", round, v);
      if (v % 4 == 2 && round == last) {
        snprintf(putenv_strings[t][v], sizeof putenv_strings[t][v], "%s=%s", name, value);
        putenv(putenv_strings[t][v]);
      } else {
        setenv(name, value, 1);
      }
      if (v % 2)
        unsetenv(name);
    }
}

static void test_setenv_threads(void **state) {
  (void)state;
  oracle_threads(THREADS, change_environment, NULL);
  size_t count = 0;
  for (char **e = environ; *e; e++)
    count++;
  assert_int_equal(count, THREADS * VARS / 2);
  for (int t = 0; t < THREADS; t++)
    for (int v = 0; v < VARS; v++) {
      char name[32], value[32];
      snprintf(name, sizeof name, "SG_MT_%d_%d", t, v);
      snprintf(value, sizeof value, "%d.%d", rounds() - 1, v);
      const char *got = getenv(name);
      if (v % 2)
        assert_null(got);
      else
        assert_string_equal(got, value);
    }
  assert_int_equal(clearenv(), 0);
}

/* random() from every thread at once: together they draw exactly the numbers one thread
 * draws from the same seed, none twice and none skipped (glibc's random is MT-Safe). */
#define DRAWS 50000
static long drawn[THREADS * DRAWS];

static int draws(void) {
  return oracle_under_valgrind() ? DRAWS / 20 : DRAWS;
}

static void draw(int t, void *arg) {
  (void)arg;
  int n = draws();
  for (int i = 0; i < n; i++)
    drawn[t * n + i] = random();
}

static int by_value(const void *a, const void *b) {
  long x = *(const long *)a, y = *(const long *)b;
  return (x > y) - (x < y);
}

static void test_random_threads(void **state) {
  (void)state;
  static long alone[THREADS * DRAWS];
  size_t n = (size_t)THREADS * (size_t)draws();
  srandom(2026);
  for (size_t i = 0; i < n; i++)
    alone[i] = random();
  srandom(2026);
  oracle_threads(THREADS, draw, NULL);
  qsort(drawn, n, sizeof(long), by_value);
  qsort(alone, n, sizeof(long), by_value);
  assert_memory_equal(drawn, alone, n * sizeof(long));
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_atexit_threads),
      cmocka_unit_test(test_setenv_threads),
      cmocka_unit_test(test_random_threads),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
