/* Helpers shared by the test_pthread_*.c suites: clocks, deadlines and glibc threads.
 * Include after <cmocka.h>, <sysgate.h> and "oracle_pthread.h".
 *
 * Not obvious: a deadline is only checked from below (the call returned no sooner),
 * never from above; waits that must succeed carry a 10 s deadline so that a lost
 * wake-up fails the test instead of hanging it.
 */
#ifndef SYSGATE_TEST_SUITE_PTHREAD_H
#define SYSGATE_TEST_SUITE_PTHREAD_H

static inline long long suite_now_ns(clockid_t clock) {
  struct timespec t;
  assert_int_equal(clock_gettime(clock, &t), 0);
  return (long long)t.tv_sec * 1000000000LL + t.tv_nsec;
}

static inline struct timespec suite_ts(long long ns) {
  return (struct timespec){.tv_sec = (time_t)(ns / 1000000000LL), .tv_nsec = ns % 1000000000LL};
}

/* The instant ms milliseconds from now on clock. */
static inline struct timespec suite_after_ms(clockid_t clock, long ms) {
  return suite_ts(suite_now_ns(clock) + ms * 1000000LL);
}

/* The far deadline of a wait that must end well before it. */
#define SUITE_FAR_MS 10000

/* The clocks a timed call takes: -1 for the timed form (CLOCK_REALTIME), then the
 * two clocks of the clock form. */
static const int suite_clocks[] = {-1, CLOCK_REALTIME, CLOCK_MONOTONIC};

#endif
