/* The static buffers glibc makes per thread, in the threaded library (sysgate_hosted_mt):
 * strerror's for an unknown number, strsignal's, and inet_ntoa's (glibc 2.32's
 * string/strerror.c and string/strsignal.c; inet/inet_ntoa.c): 8 threads each fill theirs,
 * wait for all the others to fill theirs, and find their own text still there.
 *
 * Not obvious: the buffers' addresses differ between threads too, as glibc's: a program may
 * keep the pointer for as long as the thread makes no other such call.
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

#define THREADS 8

static const char *seen[3][THREADS];
static long wrong[THREADS];

static void fill_and_check(int t, void *arg) {
  (void)arg;
  char want[3][64];
  snprintf(want[0], sizeof want[0], "Unknown error %d", 100000 + t);
  snprintf(want[1], sizeof want[1], "Unknown signal %d", 200 + t);
  snprintf(want[2], sizeof want[2], "10.0.0.%d", t);
  for (int round = 0; round < 200; round++) {
    struct in_addr a = {htonl(0x0a000000u + (unsigned)t)};
    seen[0][t] = strerror(100000 + t);
    seen[1][t] = strsignal(200 + t);
    seen[2][t] = inet_ntoa(a);
    oracle_threads_sync(); /* every thread has written its buffers */
    for (int k = 0; k < 3; k++)
      wrong[t] += strcmp(seen[k][t], want[k]) != 0;
    oracle_threads_sync(); /* every thread has read them, before the next round */
  }
}

static void test_buffers_per_thread(void **state) {
  (void)state;
  oracle_threads(THREADS, fill_and_check, NULL);
  for (int t = 0; t < THREADS; t++) {
    assert_int_equal(wrong[t], 0);
    for (int k = 0; k < 3; k++)
      for (int u = 0; u < t; u++)
        assert_ptr_not_equal(seen[k][t], seen[k][u]);
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_buffers_per_thread),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
