/* The paths of sysgate/vdso_time.h: that the vDSO path really makes no system call
 * (traced), that -ENOSYS from a vDSO function falls back and another error does not,
 * the raw sys_ layer, and on i386 the adapters over the 32-bit vDSO entries and their
 * overflow detection.
 *
 * Not obvious: the fallback is proved with a fake vDSO entry that answers -ENOSYS, after
 * which the result must still be a valid reading; any other error from the entry must
 * come back as it is.
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

/* --- which path runs ---------------------------------------------------------- */

#ifdef SYS_clock_gettime64
#define NR_CLOCK_GETTIME SYS_clock_gettime64 /* i386: the y2038-safe call */
#else
#define NR_CLOCK_GETTIME SYS_clock_gettime
#endif

static void read_monotonic(void *arg) {
  struct timespec ts;
  for (int i = 0; i < 3; i++)
    clock_gettime(CLOCK_MONOTONIC, &ts);
  (void)arg;
}

static void read_monotonic_glibc(void *arg) {
  struct timespec ts;
  int err;
  for (int i = 0; i < 3; i++)
    oracle_clock_gettime(CLOCK_MONOTONIC, &ts, &err);
  (void)arg;
}

static void test_vdso_makes_no_system_call(void **state) {
  (void)state;
  struct oracle_syscall seen;
  use(SYSCALL);
  int r = oracle_trace(read_monotonic, NULL, NR_CLOCK_GETTIME, &seen);
  if (r < 0)
    SKIP_BECAUSE("ptrace is not permitted here");
  assert_int_equal(r, 0); /* found: the syscall path traps */
  assert_int_equal(seen.args[0], CLOCK_MONOTONIC);
#ifdef SYSGATE_NO_VDSO
  SKIP_BECAUSE("built with SYSGATE_NO_VDSO: there is no vDSO path");
#endif
  use(VDSO);
  if (oracle_trace(read_monotonic_glibc, NULL, NR_CLOCK_GETTIME, &seen) == 0)
    SKIP_BECAUSE("glibc's clock_gettime traps too: this clocksource has no vDSO reading");
  assert_int_equal(oracle_trace(read_monotonic, NULL, NR_CLOCK_GETTIME, &seen), 1);
}

static int fake_calls;
static int fake_result;
static int fake_clock_gettime(clockid_t clock, struct timespec *ts) {
  (void)clock, (void)ts;
  fake_calls++;
  return fake_result;
}

/* -ENOSYS from the vDSO: ask the kernel. Any other error: that is the answer. */
static void test_vdso_enosys_falls_back(void **state) {
  (void)state;
#ifdef SYSGATE_NO_VDSO
  SKIP_BECAUSE("built with SYSGATE_NO_VDSO: the wrappers never look at the table");
#endif
  use(VDSO);
  sysgate_vdso_calls.clock_gettime = fake_clock_gettime;
  struct timespec before, ts, after;
  int err;
  fake_calls = 0;
  fake_result = -ENOSYS;
  assert_int_equal(oracle_clock_gettime(CLOCK_MONOTONIC, &before, &err), 0);
  assert_int_equal(clock_gettime(CLOCK_MONOTONIC, &ts), 0);
  assert_int_equal(oracle_clock_gettime(CLOCK_MONOTONIC, &after, &err), 0);
  assert_int_equal(fake_calls, 1);
  assert_true(ns_of(&before) <= ns_of(&ts) && ns_of(&ts) <= ns_of(&after));
  /* gettimeofday and time ride on clock_gettime on i386; on x86_64 they do not. */
  fake_result = -EINVAL;
  errno = 0;
  assert_int_equal(clock_gettime(CLOCK_MONOTONIC, &ts), -1);
  assert_int_equal(errno, EINVAL);
  assert_int_equal(fake_calls, 2);
  fake_result = 0;
  assert_int_equal(clock_gettime(CLOCK_MONOTONIC, &ts), 0);
  assert_int_equal(fake_calls, 3);
}

/* --- the raw layer ------------------------------------------------------------ */

static void test_sys_layer(void **state) {
  (void)state;
  struct timespec ts;
  struct timeval tv;
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(sys_clock_gettime(CLOCK_MONOTONIC, NULL), -EFAULT);
  assert_int_equal(sys_clock_gettime(-1, &ts), -EINVAL);
  assert_int_equal(sys_clock_gettime(CLOCK_BOOTTIME, &ts), 0);
  assert_int_equal(sys_clock_getres(-1, &ts), -EINVAL);
  assert_int_equal(sys_clock_getres(CLOCK_MONOTONIC, &ts), 0);
  assert_true(ts.tv_sec == 0 && ts.tv_nsec > 0);
  assert_int_equal(sys_gettimeofday(&tv, NULL), 0);
  assert_int_equal(sys_gettimeofday(NULL, (void *)1), -EFAULT);
  long long before = oracle_time();
  time_t t = sys_time(NULL);
  assert_true(before <= t && t <= oracle_time());
  unsigned cpu = 999;
  assert_int_equal(sys_getcpu(&cpu, NULL), 0);
  assert_true(cpu < 1024);
  assert_int_equal(sys_getcpu((unsigned *)1, NULL), -EFAULT);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  /* The libc layer on the system-call path turns those into errno. */
  use(SYSCALL);
  errno = 0;
  assert_int_equal(clock_gettime(CLOCK_MONOTONIC, NULL), -1);
  assert_int_equal(errno, EFAULT);
  errno = 0;
  assert_int_equal(getcpu((unsigned *)1, NULL), -1);
  assert_int_equal(errno, EFAULT);
}

/* --- i386: the 32-bit vDSO entries -------------------------------------------- */

#ifdef SYSGATE_ARCH_VDSO_32BIT
static int32_t fake_seconds;
static int fake_gettime32(clockid_t clock, struct sysgate_timespec32 *ts) {
  (void)clock;
  ts->tv_sec = fake_seconds;
  ts->tv_nsec = 5;
  return 0;
}
#endif

static void test_i386_32bit_entries(void **state) {
  (void)state;
#ifndef SYSGATE_ARCH_VDSO_32BIT
  SKIP_BECAUSE("only i386 has 32-bit time vDSO entries (or built with SYSGATE_NO_VDSO)");
#else
  use(VDSO);
  if (!sysgate_vdso_calls.clock_gettime32)
    SKIP_BECAUSE("this kernel's vDSO has no __vdso_clock_gettime");
  /* As if __vdso_clock_gettime64 were missing: the adapter steps in. */
  sysgate_vdso_calls.clock_gettime = NULL;
  SYSGATE_ARCH_VDSO_FIXUP(&sysgate_vdso_calls);
  assert_ptr_equal(sysgate_vdso_calls.clock_gettime, sysgate_i386_vdso_clock_gettime32);
  assert_ptr_equal(sysgate_vdso_calls.clock_getres, sysgate_i386_vdso_clock_getres32);
  for (unsigned i = 0; i < sizeof clocks / sizeof clocks[0]; i++) {
    struct timespec before, ours, after, res, their_res;
    int e1, e2, ge;
    int g = oracle_clock_gettime(clocks[i], &before, &e1);
    errno = 0;
    int r = clock_gettime(clocks[i], &ours);
    int e = errno;
    oracle_clock_gettime(clocks[i], &after, &e2);
    if (g != 0) {
      ASSERT_BOTH_FAIL(r, e, g, e1, e1);
      continue;
    }
    assert_int_equal(r, 0);
    assert_true(ns_of(&before) <= ns_of(&ours) && ns_of(&ours) <= ns_of(&after));
    assert_int_equal(oracle_clock_getres(clocks[i], &their_res, &ge), 0);
    assert_int_equal(clock_getres(clocks[i], &res), 0);
    assert_int_equal(ns_of(&res), ns_of(&their_res));
  }
  /* Wrapped seconds: the adapter says -ENOSYS and the 64-bit call answers. */
  sysgate_vdso_calls.clock_gettime32 = fake_gettime32;
  fake_seconds = -2;
  struct timespec ts, now;
  int err;
  assert_int_equal(sysgate_i386_vdso_clock_gettime32(CLOCK_REALTIME, &ts), -ENOSYS);
  assert_int_equal(clock_gettime(CLOCK_REALTIME, &ts), 0);
  assert_int_equal(oracle_clock_gettime(CLOCK_REALTIME, &now, &err), 0);
  assert_true(ts.tv_sec > 1700000000 && ts.tv_sec <= now.tv_sec);
  fake_seconds = INT32_MAX; /* the last second that fits: taken as it is */
  assert_int_equal(clock_gettime(CLOCK_REALTIME, &ts), 0);
  assert_int_equal(ts.tv_sec, INT32_MAX);
  assert_int_equal(ts.tv_nsec, 5);
  /* The adapter widens in place, in the page the vDSO just wrote; a timespec
   * across two pages is the system call's, which sees the second page's rights. */
  char *page = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  assert_true(page != MAP_FAILED);
  struct timespec *across = (struct timespec *)(void *)(page + 4096 - 8);
  assert_int_equal(sysgate_i386_vdso_clock_gettime32(CLOCK_REALTIME, across), -ENOSYS);
  assert_int_equal(clock_gettime(CLOCK_REALTIME, across), 0);
  assert_true(across->tv_sec > 1700000000);
  assert_int_equal(mprotect(page + 4096, 4096, PROT_READ), 0);
  errno = 0;
  assert_int_equal(clock_gettime(CLOCK_REALTIME, across), -1);
  assert_int_equal(errno, EFAULT);
  assert_int_equal(munmap(page, 8192), 0);
#endif
}

static void test_i386_overflow_detection(void **state) {
  (void)state;
#ifndef SYSGATE_ARCH_VDSO_32BIT
  SKIP_BECAUSE("only i386 converts 32-bit times (or built with SYSGATE_NO_VDSO)");
#else
  struct sysgate_timespec32 in = {INT32_MAX, 999999999};
  struct timespec out = {.tv_sec = -1, .tv_nsec = -1};
  assert_int_equal(sysgate_timespec_from32(&out, &in), 0);
  assert_int_equal(out.tv_sec, INT32_MAX);
  assert_int_equal(out.tv_nsec, 999999999);
  in.tv_sec = INT32_MIN; /* 2038-01-19 03:14:08 UTC, wrapped */
  assert_int_equal(sysgate_timespec_from32(&out, &in), -EOVERFLOW);
  in.tv_sec = -1;
  assert_int_equal(sysgate_timespec_from32(&out, &in), -EOVERFLOW);
  assert_int_equal(out.tv_sec, INT32_MAX); /* untouched on failure */
#endif
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test_teardown(test_vdso_makes_no_system_call, restore),
      cmocka_unit_test_teardown(test_vdso_enosys_falls_back, restore),
      cmocka_unit_test_teardown(test_sys_layer, restore),
      cmocka_unit_test_teardown(test_i386_32bit_entries, restore),
      cmocka_unit_test_teardown(test_i386_overflow_detection, restore),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
