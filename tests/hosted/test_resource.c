/* getrlimit(2), setrlimit(2), prlimit(2), getrusage(2), getpriority(2) and
 * setpriority(2) (sysgate/resource.h): each against glibc on the same input, and the
 * registers the kernel saw.
 *
 * Not obvious: every change happens in a child (oracle_child_status), so this
 * process keeps its limits and nice value; limits above 4 GiB tell prlimit64 from
 * i386's 32-bit getrlimit.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "oracle.h"
#include "oracle_proc.h"
#include <sysgate.h>

#include "proc_child.h"
#include "suite.h"

/* --- limits ------------------------------------------------------------------- */

static void test_getrlimit_prlimit(void **state) {
  (void)state;
  int ge;
  errno = SUITE_ERRNO_CANARY;
  for (int res = 0; res < RLIMIT_NLIMITS; res++) {
    struct rlimit ours, viapr;
    unsigned long long theirs[2];
    assert_int_equal(getrlimit(res, &ours), 0);
    assert_int_equal(oracle_getrlimit(res, theirs, &ge), 0);
    assert_true(ours.rlim_cur == theirs[0] && ours.rlim_max == theirs[1]);
    assert_int_equal(prlimit(0, res, NULL, &viapr), 0);
    assert_true(viapr.rlim_cur == theirs[0] && viapr.rlim_max == theirs[1]);
    assert_int_equal(prlimit(getpid(), res, NULL, &viapr), 0);
    assert_true(viapr.rlim_cur == theirs[0] && viapr.rlim_max == theirs[1]);
  }
  assert_int_equal(errno, SUITE_ERRNO_CANARY);

  struct rlimit rl;
  unsigned long long theirs[2];
  int r, e, g;
  errno = 0;
  r = getrlimit(RLIMIT_NLIMITS + 100, &rl);
  e = errno;
  g = oracle_getrlimit(RLIMIT_NLIMITS + 100, theirs, &ge);
  ASSERT_BOTH_FAIL(r, e, g, ge, EINVAL);
  errno = 0;
  r = prlimit(NO_SUCH_PID, RLIMIT_NOFILE, NULL, &rl);
  e = errno;
  g = oracle_prlimit(NO_SUCH_PID, RLIMIT_NOFILE, NULL, theirs, &ge);
  ASSERT_BOTH_FAIL(r, e, g, ge, ESRCH);
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(sys_getrlimit(RLIMIT_NLIMITS + 100, &rl), -EINVAL);
  assert_int_equal(sys_prlimit(NO_SUCH_PID, RLIMIT_NOFILE, NULL, &rl), -ESRCH);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
}

static void getrlimit_trace(void *arg) {
  getrlimit(RLIMIT_NOFILE, arg);
}

static void test_getrlimit_registers(void **state) {
  (void)state;
  struct rlimit rl;
  /* i386: prlimit64(0, resource, NULL, old), for a 64-bit rlim_t. */
  struct oracle_syscall seen =
      suite_trace(getrlimit_trace, &rl, SUITE_I386 ? SYS_prlimit64 : SYS_getrlimit);
  if (SUITE_I386) {
    assert_int_equal(seen.args[0], 0);
    assert_int_equal(seen.args[1], RLIMIT_NOFILE);
    assert_int_equal(seen.args[2], 0);
    assert_int_equal(seen.args[3], SUITE_REG(&rl));
  } else {
    assert_int_equal(seen.args[0], RLIMIT_NOFILE);
    assert_int_equal(seen.args[1], SUITE_REG(&rl));
  }
}

#define FOUR_GIB_AND_MORE ((rlim_t)5 << 30)

static void limit_setters(void *arg) {
  (void)arg;
  struct rlimit rl, old;
  unsigned long long theirs[2];
  int ge;
  errno = SUITE_ERRNO_CANARY;
  /* Lower the soft limit, then the hard one; glibc reads what we set. */
  CHILD_CHECK(getrlimit(RLIMIT_NOFILE, &old) == 0 && old.rlim_max >= 64);
  rl = (struct rlimit){32, 64};
  CHILD_CHECK(setrlimit(RLIMIT_NOFILE, &rl) == 0);
  CHILD_CHECK(oracle_getrlimit(RLIMIT_NOFILE, theirs, &ge) == 0 && theirs[0] == 32 &&
              theirs[1] == 64);
  /* prlimit sets and returns the old pair in one call. */
  rl = (struct rlimit){16, 48};
  CHILD_CHECK(prlimit(0, RLIMIT_NOFILE, &rl, &old) == 0 && old.rlim_cur == 32 &&
              old.rlim_max == 64);
  CHILD_CHECK(oracle_getrlimit(RLIMIT_NOFILE, theirs, &ge) == 0 && theirs[0] == 16);
  /* A value past 32 bits, and infinity, survive the round trip on i386 too. */
  CHILD_CHECK(getrlimit(RLIMIT_FSIZE, &old) == 0);
  if (old.rlim_max == RLIM_INFINITY) {
    rl = (struct rlimit){FOUR_GIB_AND_MORE, RLIM_INFINITY};
    CHILD_CHECK(setrlimit(RLIMIT_FSIZE, &rl) == 0);
    CHILD_CHECK(oracle_getrlimit(RLIMIT_FSIZE, theirs, &ge) == 0 &&
                theirs[0] == FOUR_GIB_AND_MORE && theirs[1] == ~0ull);
    CHILD_CHECK(getrlimit(RLIMIT_FSIZE, &rl) == 0 && rl.rlim_cur == FOUR_GIB_AND_MORE &&
                rl.rlim_max == RLIM_INFINITY);
  }
  CHILD_CHECK(errno == SUITE_ERRNO_CANARY);

  /* Soft above hard: EINVAL for both. */
  rl = (struct rlimit){100, 50};
  unsigned long long bad[2] = {100, 50};
  errno = 0;
  CHILD_CHECK(setrlimit(RLIMIT_NOFILE, &rl) == -1 && errno == EINVAL);
  CHILD_CHECK(oracle_setrlimit(RLIMIT_NOFILE, bad, &ge) == -1 && ge == EINVAL);
  errno = SUITE_ERRNO_CANARY;
  CHILD_CHECK(sys_setrlimit(RLIMIT_NOFILE, &rl) == -EINVAL && errno == SUITE_ERRNO_CANARY);
  _exit(0);
}

static void test_setrlimit(void **state) {
  (void)state;
  child_passes(limit_setters, NULL);
}

/* --- usage ---------------------------------------------------------------------- */

static void assert_rusage_equal(const struct rusage *ours, const struct oracle_rusage *theirs) {
  assert_int_equal(ours->ru_utime.tv_sec, theirs->utime_sec);
  assert_int_equal(ours->ru_utime.tv_usec, theirs->utime_usec);
  assert_int_equal(ours->ru_stime.tv_sec, theirs->stime_sec);
  assert_int_equal(ours->ru_stime.tv_usec, theirs->stime_usec);
  assert_memory_equal(&ours->ru_maxrss, theirs->rest, sizeof theirs->rest);
}

static void burn_and_exit(void *arg) {
  (void)arg;
  oracle_burn_cpu(30);
  _exit(0);
}

static void test_getrusage(void **state) {
  (void)state;
  /* The reaped children's totals hold still between two calls: equal to the
   * field, and not zero once a child has spent CPU time. */
  child_passes(burn_and_exit, NULL);
  struct rusage ru;
  struct oracle_rusage theirs;
  int ge;
  memset(&ru, 0xff, sizeof ru);
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(getrusage(RUSAGE_CHILDREN, &ru), 0);
  assert_int_equal(oracle_getrusage(RUSAGE_CHILDREN, &theirs, &ge), 0);
  assert_rusage_equal(&ru, &theirs);
  /* User and system time together: the burn loop's clock reads are system calls. */
  assert_true((ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1000000 + ru.ru_utime.tv_usec +
                  ru.ru_stime.tv_usec >=
              20000);
  /* This process's own keep moving: ours first, glibc's later, never less. */
  assert_int_equal(getrusage(RUSAGE_SELF, &ru), 0);
  assert_int_equal(oracle_getrusage(RUSAGE_SELF, &theirs, &ge), 0);
  assert_true(ru.ru_utime.tv_sec * 1000000 + ru.ru_utime.tv_usec <=
              theirs.utime_sec * 1000000 + theirs.utime_usec);
  assert_in_range(ru.ru_utime.tv_usec, 0, 999999);
  assert_in_range(ru.ru_stime.tv_usec, 0, 999999);
  assert_true(ru.ru_maxrss > 0 && ru.ru_maxrss <= theirs.rest[0]);
  assert_int_equal(getrusage(RUSAGE_THREAD, &ru), 0);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);

  int r, e, g;
  errno = 0;
  r = getrusage(42, &ru);
  e = errno;
  g = oracle_getrusage(42, &theirs, &ge);
  ASSERT_BOTH_FAIL(r, e, g, ge, EINVAL);
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(sys_getrusage(42, &ru), -EINVAL);
  assert_int_equal(sys_getrusage(RUSAGE_SELF, NULL), -EFAULT); /* NULL reaches the kernel */
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
}

/* --- nice ------------------------------------------------------------------------- */

static void test_getpriority(void **state) {
  (void)state;
  int ge;
  errno = SUITE_ERRNO_CANARY;
  int nice = getpriority(PRIO_PROCESS, 0);
  assert_int_equal(nice, oracle_getpriority(PRIO_PROCESS, 0, &ge));
  assert_int_equal(getpriority(PRIO_PGRP, 0), oracle_getpriority(PRIO_PGRP, 0, &ge));
  assert_int_equal(getpriority(PRIO_USER, 0), oracle_getpriority(PRIO_USER, 0, &ge));
  /* The raw call's 20 - nice, so that no success is negative. */
  assert_int_equal(sys_getpriority(PRIO_PROCESS, 0), 20 - nice);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);

  int r, e, g;
  errno = 0;
  r = getpriority(99, 0);
  e = errno;
  g = oracle_getpriority(99, 0, &ge);
  ASSERT_BOTH_FAIL(r, e, g, ge, EINVAL);
  errno = 0;
  r = getpriority(PRIO_PROCESS, NO_SUCH_PID);
  e = errno;
  g = oracle_getpriority(PRIO_PROCESS, NO_SUCH_PID, &ge);
  ASSERT_BOTH_FAIL(r, e, g, ge, ESRCH);
  errno = 0;
  r = setpriority(99, 0, 0);
  e = errno;
  g = oracle_setpriority(99, 0, 0, &ge);
  ASSERT_BOTH_FAIL(r, e, g, ge, EINVAL);
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(sys_getpriority(99, 0), -EINVAL);
  assert_int_equal(sys_setpriority(PRIO_PROCESS, NO_SUCH_PID, 0), -ESRCH);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
}

static void nicer(void *arg) {
  (void)arg;
  int ge;
  int before = getpriority(PRIO_PROCESS, 0);
  int want = before < 19 ? before + 1 : before; /* raising nice is never refused */
  errno = SUITE_ERRNO_CANARY;
  CHILD_CHECK(setpriority(PRIO_PROCESS, 0, want) == 0);
  CHILD_CHECK(getpriority(PRIO_PROCESS, 0) == want);
  CHILD_CHECK(oracle_getpriority(PRIO_PROCESS, 0, &ge) == want);
  CHILD_CHECK(errno == SUITE_ERRNO_CANARY);
  _exit(0);
}

static void test_setpriority(void **state) {
  (void)state;
  child_passes(nicer, NULL);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_getrlimit_prlimit), cmocka_unit_test(test_getrlimit_registers),
      cmocka_unit_test(test_setrlimit),         cmocka_unit_test(test_getrusage),
      cmocka_unit_test(test_getpriority),       cmocka_unit_test(test_setpriority),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
