/* getitimer(2) and setitimer(2) (sysgate/time.h): each against glibc on the same
 * input, large values, bad pointers, and the registers the kernel saw.
 *
 * Not obvious: the kernel's struct itimerval holds longs, so on i386 an interval of
 * 2^32 s does not fit: both sides fail with EOVERFLOW there, and x86_64 keeps it.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "oracle.h"
#include "oracle_time.h"
#include <sysgate.h>

#include "suite.h"
#include "suite_extra.h"

/* --- getitimer, setitimer --------------------------------------------------- */

static long long tv_us(const struct timeval *t) {
  return t->tv_sec * 1000000LL + t->tv_usec;
}

static void test_itimer(void **state) {
  (void)state;
  oracle_catch_sigalrm(); /* should it fire after all, it must not kill the suite */
  struct itimerval arm = {{1, 500000}, {5, 0}}, cur = {{0, 0}, {0, 0}}, gcur = cur, old = cur;
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(setitimer(ITIMER_REAL, &arm, NULL), 0);
  assert_int_equal(getitimer(ITIMER_REAL, &cur), 0);
  assert_int_equal(tv_us(&cur.it_interval), 1500000);
  assert_true(tv_us(&cur.it_value) > 4000000 && tv_us(&cur.it_value) <= 5000000);
  int ge;
  assert_int_equal(oracle_getitimer(ITIMER_REAL, &gcur, &ge), 0); /* glibc sees our timer */
  assert_int_equal(tv_us(&gcur.it_interval), 1500000);
  assert_true(tv_us(&gcur.it_value) <= tv_us(&cur.it_value));
  assert_true(tv_us(&gcur.it_value) > 4000000);

  struct itimerval off = {{0, 0}, {0, 0}};
  assert_int_equal(setitimer(ITIMER_REAL, &off, &old), 0);
  assert_int_equal(tv_us(&old.it_interval), 1500000);
  assert_true(tv_us(&old.it_value) > 4000000 && tv_us(&old.it_value) <= 5000000);
  assert_int_equal(getitimer(ITIMER_REAL, &cur), 0);
  assert_int_equal(tv_us(&cur.it_value), 0);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  oracle_default_sigalrm();
}

static void test_itimer_errors(void **state) {
  (void)state;
  struct itimerval ok = {{0, 0}, {0, 0}}, cur = ok;
  static const struct itimerval bad[] = {
      {{0, 0}, {0, 1000000}}, {{0, 1000000}, {0, 0}}, {{0, 0}, {0, -1}}, {{0, 0}, {-1, 0}}};
  BOTH_FAIL(EINVAL, getitimer(99, &cur), oracle_getitimer(99, &cur, &glibc_errno));
  BOTH_FAIL(EINVAL, setitimer(99, &ok, NULL), oracle_setitimer(99, &ok, NULL, &glibc_errno));
  for (unsigned i = 0; i < sizeof bad / sizeof bad[0]; i++) {
    BOTH_FAIL(EINVAL, setitimer(ITIMER_REAL, &bad[i], NULL),
              oracle_setitimer(ITIMER_REAL, &bad[i], NULL, &glibc_errno));
  }
}

/* A tv_sec past int32: x86_64's kernel takes it; i386's itimerval cannot hold
 * it, and both we and glibc say EOVERFLOW without calling the kernel. */
static void test_itimer_large(void **state) {
  (void)state;
  /* 2^32 s: past int32, and still within the kernel's 64-bit nanoseconds. */
  struct itimerval far = {{0, 0}, {1LL << 32, 0}}, off = {{0, 0}, {0, 0}};
  errno = 0;
  int r = setitimer(ITIMER_VIRTUAL, &far, NULL), e = errno;
  int ge, g = oracle_setitimer(ITIMER_VIRTUAL, &far, NULL, &ge);
  if (sizeof(long) == 4) {
    ASSERT_BOTH_FAIL(r, e, g, ge, EOVERFLOW);
    errno = SUITE_ERRNO_CANARY;
    assert_int_equal(sys_setitimer(ITIMER_VIRTUAL, &far, NULL), -EOVERFLOW);
    assert_int_equal(errno, SUITE_ERRNO_CANARY);
  } else {
    assert_int_equal(r, 0);
    assert_int_equal(g, 0);
    struct itimerval cur = {{0, 0}, {0, 0}};
    assert_int_equal(getitimer(ITIMER_VIRTUAL, &cur), 0);
    assert_true(cur.it_value.tv_sec > (1LL << 32) - 10);
  }
  assert_int_equal(setitimer(ITIMER_VIRTUAL, &off, NULL), 0);
}

/* A bad itimerval pointer: EFAULT from x86_64's kernel; on i386 the wrapper
 * converts the struct and copies it out once the kernel has touched it (sysgate/usercopy.h),
 * so EFAULT there too, where glibc's i386 conversion faults. */
static void getitimer_bad_pointer(void *arg) {
  oracle_default_fault_signals(); /* cmocka's handler would go on running the suite */
  int ge;
  int r = arg ? getitimer(ITIMER_REAL, (struct itimerval *)1)
              : oracle_getitimer(ITIMER_REAL, (struct itimerval *)1, &ge);
  _exit(r == -1 ? 0 : 1);
}

static void test_itimer_bad_pointer(void **state) {
  (void)state;
  int ours = oracle_child_status(getitimer_bad_pointer, &ours);
  int glibc = oracle_child_status(getitimer_bad_pointer, NULL);
  assert_int_equal(ours, 0);
  assert_int_equal(glibc, sizeof(long) == 4 ? -1 : 0);
  struct itimerval off = {{0, 0}, {0, 0}}, on = {{0, 0}, {100, 0}}, cur;
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(sys_getitimer(ITIMER_VIRTUAL, (struct itimerval *)1), -EFAULT);
  assert_int_equal(sys_getitimer(ITIMER_VIRTUAL, NULL), -EFAULT);
  assert_int_equal(sys_setitimer(ITIMER_VIRTUAL, (const struct itimerval *)1, NULL), -EFAULT);
  /* The timer is set before the old value is written, as the kernel does. */
  assert_int_equal(sys_setitimer(ITIMER_VIRTUAL, &on, NULL), 0);
  assert_int_equal(sys_setitimer(ITIMER_VIRTUAL, &off, (struct itimerval *)1), -EFAULT);
  assert_int_equal(sys_getitimer(ITIMER_VIRTUAL, &cur), 0);
  assert_int_equal(cur.it_value.tv_sec, 0);
  assert_int_equal(cur.it_value.tv_usec, 0);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  errno = 0;
  assert_int_equal(setitimer(ITIMER_REAL, (const struct itimerval *)1, NULL), -1);
  assert_int_equal(errno, EFAULT);
}

static void test_sys_itimer(void **state) {
  (void)state;
  struct itimerval off = {{0, 0}, {0, 0}}, cur = off;
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(sys_getitimer(99, &cur), -EINVAL);
  assert_int_equal(sys_setitimer(99, &off, NULL), -EINVAL);
  assert_int_equal(sys_getitimer(ITIMER_PROF, &cur), 0);
  assert_int_equal(sys_setitimer(ITIMER_PROF, &off, &cur), 0);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_itimer),       cmocka_unit_test(test_itimer_errors),
      cmocka_unit_test(test_itimer_large), cmocka_unit_test(test_itimer_bad_pointer),
      cmocka_unit_test(test_sys_itimer),
  };
  return cmocka_run_group_tests(tests, NULL, suite_teardown);
}
