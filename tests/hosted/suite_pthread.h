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

/* Instants a timed call answers without waiting: a tv_nsec out of range (EINVAL), long
 * past or before 1970 (ETIMEDOUT), or a clock it does not take (EINVAL); clock -1 is the
 * timed form. Pairs of suites compare ours and glibc's answers on each. */
struct suite_instant {
  int clock;
  long long sec;
  long nsec;
};
static const struct suite_instant suite_bad_instants[] = {
    {-1, 0, 1000000000L},
    {-1, 0, -1},
    {-1, 1, 0},
    {-1, -1, 0},
    {CLOCK_REALTIME, 1, 0},
    {CLOCK_REALTIME, -1, 0},
    {CLOCK_MONOTONIC, 0, 0},
    {CLOCK_MONOTONIC, -5, 0},
    {CLOCK_MONOTONIC, 0, -1},
    {CLOCK_MONOTONIC, 0, 1000000000L},
    {CLOCK_PROCESS_CPUTIME_ID, 0, 0},
    {12345, 1, 0},
};
#define SUITE_BAD_INSTANTS (sizeof suite_bad_instants / sizeof suite_bad_instants[0])

#endif
