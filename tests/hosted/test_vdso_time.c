/* clock_gettime(2), clock_getres(2), gettimeofday(2), time(2), getcpu(2)
 * (sysgate/vdso_time.h) against glibc, each twice: through the vDSO and through the
 * system call. Which path runs, and i386's 32-bit vDSO entries, are
 * test_vdso_time_paths.c's.
 *
 * Not obvious: a clock moves between two calls, so "the same result as glibc"
 * is glibc's reading before ours <= ours <= glibc's reading after, and time()
 * is compared in whole seconds. Both sides of a failure must fail alike.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "oracle.h"
#include "oracle_vdso.h"
#include <sysgate.h>

#include "suite.h"
#include "suite_vdso_time.h"

static void test_clock_gettime(void **state) {
  (void)state;
  for (int m = VDSO; m <= SYSCALL; m++) {
    use(m);
    for (unsigned i = 0; i < sizeof clocks / sizeof clocks[0]; i++) {
      struct timespec before, after, ours = {.tv_sec = -5, .tv_nsec = -5};
      int e1, e2;
      int g1 = oracle_clock_gettime(clocks[i], &before, &e1);
      errno = SUITE_ERRNO_CANARY;
      int r = clock_gettime(clocks[i], &ours);
      int e = errno;
      int g2 = oracle_clock_gettime(clocks[i], &after, &e2);
      assert_int_equal(g1, g2);
      if (g1 != 0) {
        ASSERT_BOTH_FAIL(r, e, g1, e1, e1);
        continue;
      }
      assert_int_equal(r, 0);
      assert_int_equal(e, SUITE_ERRNO_CANARY);
      assert_true(ours.tv_nsec >= 0 && ours.tv_nsec < NS);
      assert_true(ns_of(&before) <= ns_of(&ours));
      assert_true(ns_of(&ours) <= ns_of(&after));
    }
  }
}

/* Another process's CPU clock: a negative id the vDSO hands to the kernel. */
static void test_clock_gettime_other_process(void **state) {
  (void)state;
  int clock;
  assert_int_equal(oracle_process_clock(oracle_getpid(), &clock), 0);
  assert_true(clock < 0);
  for (int m = VDSO; m <= SYSCALL; m++) {
    use(m);
    struct timespec before, ours, after;
    int err;
    assert_int_equal(oracle_clock_gettime(clock, &before, &err), 0);
    assert_int_equal(clock_gettime(clock, &ours), 0);
    assert_int_equal(oracle_clock_gettime(clock, &after, &err), 0);
    assert_true(ns_of(&before) <= ns_of(&ours) && ns_of(&ours) <= ns_of(&after));
  }
}

static void test_clock_getres(void **state) {
  (void)state;
  for (int m = VDSO; m <= SYSCALL; m++) {
    use(m);
    for (unsigned i = 0; i < sizeof clocks / sizeof clocks[0]; i++) {
      struct timespec ours = {.tv_sec = -5, .tv_nsec = -5}, theirs = {.tv_sec = -7, .tv_nsec = -7};
      int ge;
      int g = oracle_clock_getres(clocks[i], &theirs, &ge);
      errno = SUITE_ERRNO_CANARY;
      int r = clock_getres(clocks[i], &ours);
      int e = errno;
      if (g != 0) {
        ASSERT_BOTH_FAIL(r, e, g, ge, ge);
        continue;
      }
      assert_int_equal(r, 0);
      assert_int_equal(e, SUITE_ERRNO_CANARY);
      assert_int_equal(ours.tv_sec, theirs.tv_sec);
      assert_int_equal(ours.tv_nsec, theirs.tv_nsec);
      assert_int_equal(clock_getres(clocks[i], NULL), 0); /* only the id is checked */
    }
    errno = 0;
    assert_int_equal(clock_getres(-1, NULL), -1);
    assert_int_equal(errno, EINVAL);
  }
}

static long long us_of(const struct timeval *tv) {
  return tv->tv_sec * 1000000LL + tv->tv_usec;
}

static void test_gettimeofday(void **state) {
  (void)state;
  for (int m = VDSO; m <= SYSCALL; m++) {
    use(m);
    struct timeval before, ours = {-5, -5}, after;
    struct timezone tz = {-5, -5}, their_tz = {-7, -7};
    int err;
    assert_int_equal(oracle_gettimeofday(&before, NULL, &err), 0);
    errno = SUITE_ERRNO_CANARY;
    assert_int_equal(gettimeofday(&ours, NULL), 0);
    assert_int_equal(oracle_gettimeofday(&after, NULL, &err), 0);
    assert_true(ours.tv_usec >= 0 && ours.tv_usec < 1000000);
    assert_true(us_of(&before) <= us_of(&ours) && us_of(&ours) <= us_of(&after));
    /* The kernel's time zone (settimeofday(2)), usually zeros: glibc's too. */
    assert_int_equal(gettimeofday(&ours, &tz), 0);
    assert_int_equal(oracle_gettimeofday(&after, &their_tz, &err), 0); /* glibc i386 needs tv */
    assert_int_equal(tz.tz_minuteswest, their_tz.tz_minuteswest);
    assert_int_equal(tz.tz_dsttime, their_tz.tz_dsttime);
    assert_true(us_of(&before) <= us_of(&ours));
    assert_int_equal(gettimeofday(NULL, NULL), 0);
    tz.tz_dsttime = -5;
    assert_int_equal(gettimeofday(NULL, &tz), 0);
    assert_int_equal(tz.tz_dsttime, their_tz.tz_dsttime);
    assert_int_equal(errno, SUITE_ERRNO_CANARY);
  }
}

static void test_time(void **state) {
  (void)state;
  for (int m = VDSO; m <= SYSCALL; m++) {
    use(m);
    long long before = oracle_time();
    time_t stored = -5;
    errno = SUITE_ERRNO_CANARY;
    time_t ours = time(&stored);
    long long after = oracle_time();
    assert_true(before <= ours && ours <= after);
    assert_int_equal(stored, ours);
    time_t again = time(NULL);
    assert_true(ours <= again && again <= oracle_time());
    assert_int_equal(errno, SUITE_ERRNO_CANARY);
    assert_true(ours > 1700000000); /* after November 2023: a real date, in 64 bits */
  }
}

/* Pinned to each CPU in turn, getcpu must name it; the node as glibc says. */
static void test_getcpu(void **state) {
  (void)state;
  unsigned long long cpus = oracle_cpus();
  if (cpus == 0)
    SKIP_BECAUSE("sched_getaffinity failed");
  for (int m = VDSO; m <= SYSCALL; m++) {
    use(m);
    for (unsigned c = 0; c < 64; c++) {
      if (!(cpus >> c & 1))
        continue;
      assert_int_equal(oracle_set_cpus(1ull << c), 0);
      unsigned cpu = 999, node = 999, their_cpu, their_node;
      int err;
      errno = SUITE_ERRNO_CANARY;
      assert_int_equal(getcpu(&cpu, &node), 0);
      assert_int_equal(oracle_getcpu(&their_cpu, &their_node, &err), 0);
      assert_int_equal(cpu, c);
      assert_int_equal(their_cpu, c);
      assert_int_equal(node, their_node);
      cpu = 999;
      assert_int_equal(getcpu(&cpu, NULL), 0); /* either pointer may be NULL */
      assert_int_equal(cpu, c);
      assert_int_equal(errno, SUITE_ERRNO_CANARY);
    }
    assert_int_equal(oracle_set_cpus(cpus), 0);
  }
}

/* --- which path runs ---------------------------------------------------------- */

#ifdef SYS_clock_gettime64
#else
#endif

/* --- i386: the 32-bit vDSO entries -------------------------------------------- */

#ifdef SYSGATE_ARCH_VDSO_32BIT
#endif

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test_teardown(test_clock_gettime, restore),
      cmocka_unit_test_teardown(test_clock_gettime_other_process, restore),
      cmocka_unit_test_teardown(test_clock_getres, restore),
      cmocka_unit_test_teardown(test_gettimeofday, restore),
      cmocka_unit_test_teardown(test_time, restore),
      cmocka_unit_test_teardown(test_getcpu, restore),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
