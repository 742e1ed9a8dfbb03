/* nanosleep(2), clock_nanosleep(2), clock_settime(2), timerfd_create(2),
 * timerfd_settime(2), timerfd_gettime(2), getitimer(2), setitimer(2): each
 * against glibc on the same input, and against the clocks (via glibc).
 *
 * Not obvious: the 64-bit time checks. A 32-bit time_t anywhere on the way
 * would turn a deadline 2^32 s from now into "now" (sleep returns at once) and
 * a timerfd deadline past 2038 into one before 1970 (the time left would be 0
 * or tiny); both are asked, and on i386 they prove the *_time64 calls are used.
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

#define NS_PER_S 1000000000LL

/* i386 glibc reads a timespec itself before the call (to choose the 32-bit call
 * or the time64 one), so a bad pointer faults there instead of failing with
 * EFAULT; ours hands the pointer to the kernel. EFAULT is compared with glibc
 * only where glibc does the same. */
#define GLIBC_PASSES_TIME_POINTERS (sizeof(long) == 8)

static long long ts_ns(const struct timespec *t) {
  return t->tv_sec * NS_PER_S + t->tv_nsec;
}

static void test_time_abi(void **state) {
  (void)state;
  static const struct abi_row ours[] = ABI_TABLE(TIME_ABI);
  ABI_ASSERT_SAME(ours, oracle_time_abi, oracle_time_abi_len);
}

/* --- nanosleep ------------------------------------------------------------- */

static void test_nanosleep_1ms(void **state) {
  (void)state;
  struct timespec req = TS(0, MS), rem = TS(7, 7);
  long long t0 = mono_ns();
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(nanosleep(&req, &rem), 0);
  assert_true(mono_ns() - t0 >= MS);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  assert_int_equal(nanosleep(&req, NULL), 0); /* rem is optional */
  int ge;
  assert_int_equal(oracle_nanosleep(&req, NULL, &ge), 0);
  assert_int_equal(ge, 0);
}

static void test_nanosleep_errors(void **state) {
  (void)state;
  static const struct timespec bad[] = {TS(0, NS_PER_S), TS(0, -1), TS(-1, 0)};
  for (unsigned i = 0; i < sizeof bad / sizeof bad[0]; i++) {
    BOTH_FAIL(EINVAL, nanosleep(&bad[i], NULL), oracle_nanosleep(&bad[i], NULL, &glibc_errno));
  }
  errno = 0;
  assert_int_equal(nanosleep(NULL, NULL), -1);
  assert_int_equal(errno, EFAULT);
  int ge;
  if (GLIBC_PASSES_TIME_POINTERS) {
    assert_int_equal(oracle_nanosleep(NULL, NULL, &ge), -1);
    assert_int_equal(ge, EFAULT);
  }
}

static void test_nanosleep_eintr(void **state) {
  (void)state;
  struct timespec req = TS(5, 0), rem = TS(0, 0);
  alarms_start();
  long long t0 = mono_ns();
  errno = 0;
  int r = nanosleep(&req, &rem);
  int e = errno;
  long long slept = mono_ns() - t0;
  alarms_stop();
  assert_int_equal(r, -1);
  assert_int_equal(e, EINTR);
  assert_true(oracle_sigalrm_count() >= 1);
  /* The time left is what was not slept. */
  assert_true(ts_ns(&rem) > 0 && ts_ns(&rem) < 5 * NS_PER_S);
  assert_true(slept < 5 * NS_PER_S);
  assert_true(ts_ns(&rem) + slept >= 5 * NS_PER_S - 100 * MS);
}

static void test_sys_nanosleep(void **state) {
  (void)state;
  struct timespec bad = TS(0, NS_PER_S), ok = TS(0, 1000);
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(sys_nanosleep(&bad, NULL), -EINVAL);
  assert_int_equal(sys_nanosleep(NULL, NULL), -EFAULT);
  assert_int_equal(sys_nanosleep(&ok, NULL), 0);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
}

/* --- clock_nanosleep ------------------------------------------------------- */

static void test_clock_nanosleep(void **state) {
  (void)state;
  struct timespec req = TS(0, MS);
  long long t0 = mono_ns();
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(clock_nanosleep(CLOCK_MONOTONIC, 0, &req, NULL), 0);
  assert_true(mono_ns() - t0 >= MS);

  /* Absolute: until the monotonic clock reads now + 3 ms. The sum is carried
   * by hand: a 64-bit division would be a libgcc call on i386 at -Os. */
  struct timespec until;
  oracle_clock_now(CLOCK_MONOTONIC, &until);
  until.tv_nsec += 3 * MS;
  if (until.tv_nsec >= NS_PER_S) {
    until.tv_nsec -= NS_PER_S;
    until.tv_sec++;
  }
  assert_int_equal(clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &until, NULL), 0);
  assert_true(mono_ns() >= ts_ns(&until));
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
}

/* A CLOCK_REALTIME deadline a second ago: returns 0 at once. */
static void test_clock_nanosleep_past_deadline(void **state) {
  (void)state;
  struct timespec past = TS(oracle_time_s() - 1, 0);
  long long t0 = mono_ns();
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(clock_nanosleep(CLOCK_REALTIME, TIMER_ABSTIME, &past, NULL), 0);
  assert_true(mono_ns() - t0 < 500 * MS);
  int ge;
  assert_int_equal(oracle_clock_nanosleep(CLOCK_REALTIME, TIMER_ABSTIME, &past, NULL, &ge), 0);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
}

/* A deadline 2^32 s from now: 64-bit all the way, it is far in the future and
 * only an alarm ends the sleep; cut to 32 bits it would be "now". */
static void test_clock_nanosleep_time64(void **state) {
  (void)state;
  struct timespec far = TS(oracle_time_s() + (1LL << 32), 0);
  alarms_start();
  errno = SUITE_ERRNO_CANARY;
  int r = clock_nanosleep(CLOCK_REALTIME, TIMER_ABSTIME, &far, NULL);
  alarms_stop();
  assert_int_equal(r, EINTR);
  assert_true(oracle_sigalrm_count() >= 1);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
}

/* clock_nanosleep returns the error number and leaves errno alone, as glibc's. */
static void test_clock_nanosleep_errors(void **state) {
  (void)state;
  static const struct timespec bad = TS(0, NS_PER_S), ok = TS(0, 1000);
  struct {
    int clock;
    const struct timespec *req;
    int want;
  } cases[] = {
      {CLOCK_MONOTONIC, &bad, EINVAL},
      {1234, &ok, EINVAL},                    /* no such clock */
      {CLOCK_THREAD_CPUTIME_ID, &ok, EINVAL}, /* glibc refuses it itself */
  };
  for (unsigned i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    errno = SUITE_ERRNO_CANARY;
    assert_int_equal(clock_nanosleep(cases[i].clock, 0, cases[i].req, NULL), cases[i].want);
    assert_int_equal(errno, SUITE_ERRNO_CANARY);
    int ge;
    assert_int_equal(oracle_clock_nanosleep(cases[i].clock, 0, cases[i].req, NULL, &ge),
                     cases[i].want);
    assert_int_equal(ge, 0);
  }
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(clock_nanosleep(CLOCK_MONOTONIC, 0, NULL, NULL), EFAULT);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  int ge;
  if (GLIBC_PASSES_TIME_POINTERS)
    assert_int_equal(oracle_clock_nanosleep(CLOCK_MONOTONIC, 0, NULL, NULL, &ge), EFAULT);
}

static void test_sys_clock_nanosleep(void **state) {
  (void)state;
  struct timespec bad = TS(0, NS_PER_S), ok = TS(0, 1000);
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(sys_clock_nanosleep(CLOCK_MONOTONIC, 0, &bad, NULL), -EINVAL);
  /* The raw kernel answer for the thread clock, which glibc maps to EINVAL. */
  assert_int_equal(sys_clock_nanosleep(CLOCK_THREAD_CPUTIME_ID, 0, &ok, NULL), -EOPNOTSUPP);
  assert_int_equal(sys_clock_nanosleep(CLOCK_MONOTONIC, 0, &ok, NULL), 0);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
}

/* --- clock_settime: errors only; the clock is never set -------------------- */

static void test_clock_settime_einval(void **state) {
  (void)state;
  /* EINVAL is decided before the permission check (kernel/time/posix-timers.c,
   * do_sys_settimeofday64), so these are safe even as root. */
  struct timespec now = TS(oracle_time_s(), 0), bad = TS(oracle_time_s(), NS_PER_S);
  struct {
    int clock;
    const struct timespec *tp;
  } cases[] = {{CLOCK_MONOTONIC, &now}, {CLOCK_REALTIME, &bad}, {1234, &now}};
  for (unsigned i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    BOTH_FAIL(EINVAL, clock_settime(cases[i].clock, cases[i].tp),
              oracle_clock_settime(cases[i].clock, cases[i].tp, &glibc_errno));
  }
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(sys_clock_settime(CLOCK_MONOTONIC, &now), -EINVAL);
  assert_int_equal(sys_clock_settime(CLOCK_REALTIME, &bad), -EINVAL);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
}

/* In a child that has given up root: EPERM from both. The time passed is the
 * current one, and the call is made only once the child is unprivileged. */
static void settime_unprivileged(void *arg) {
  (void)arg;
  if (oracle_drop_root() != 0)
    _exit(77);
  struct timespec now = TS(oracle_time_s(), 0);
  errno = 0;
  int r = clock_settime(CLOCK_REALTIME, &now), e = errno, ge;
  int g = oracle_clock_settime(CLOCK_REALTIME, &now, &ge);
  long raw = sys_clock_settime(CLOCK_REALTIME, &now);
  _exit(r == -1 && e == EPERM && g == -1 && ge == EPERM && raw == -EPERM ? 0 : 1);
}

static void test_clock_settime_eperm(void **state) {
  (void)state;
  int status = oracle_child_status(settime_unprivileged, NULL);
  if (status == 77)
    SKIP_BECAUSE("could not give up root in a child (setuid)");
  assert_int_equal(status, 0);
}

/* --- timerfd ---------------------------------------------------------------- */

static int new_timerfd(int clock) {
  int fd = timerfd_create(clock, TFD_CLOEXEC);
  assert_true(fd >= 0);
  return fd;
}

static void test_timerfd_create(void **state) {
  (void)state;
  errno = SUITE_ERRNO_CANARY;
  int fd = timerfd_create(CLOCK_MONOTONIC, TFD_CLOEXEC | TFD_NONBLOCK);
  assert_true(fd >= 0);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  assert_int_equal(oracle_fd_cloexec(fd), 1);
  assert_int_equal(oracle_fd_flags(fd) & O_NONBLOCK, O_NONBLOCK);
  /* Not armed: a non-blocking read finds nothing yet. */
  uint64_t n;
  assert_int_equal(oracle_read(fd, &n, sizeof n), -1);
  assert_int_equal(close(fd), 0);
  fd = timerfd_create(CLOCK_REALTIME, 0);
  assert_true(fd >= 0);
  assert_int_equal(oracle_fd_cloexec(fd), 0);
  assert_int_equal(close(fd), 0);
}

static void test_timerfd_create_errors(void **state) {
  (void)state;
  struct {
    int clock, flags;
  } cases[] = {{1234, 0}, {CLOCK_PROCESS_CPUTIME_ID, 0}, {CLOCK_MONOTONIC, 0x10000}};
  for (unsigned i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    BOTH_FAIL(EINVAL, timerfd_create(cases[i].clock, cases[i].flags),
              oracle_timerfd_create(cases[i].clock, cases[i].flags, &glibc_errno));
  }
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(sys_timerfd_create(1234, 0), -EINVAL);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
}

static void test_timerfd_expires(void **state) {
  (void)state;
  int fd = new_timerfd(CLOCK_MONOTONIC);
  struct itimerspec arm = {TS(0, 0), TS(0, 10 * MS)}, old, now;
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(timerfd_settime(fd, 0, &arm, &old), 0);
  assert_int_equal(ts_ns(&old.it_value), 0); /* it was not armed */
  assert_int_equal(timerfd_gettime(fd, &now), 0);
  assert_true(ts_ns(&now.it_value) > 0 && ts_ns(&now.it_value) <= 10 * MS);
  assert_int_equal(ts_ns(&now.it_interval), 0);
  /* A blocking read waits for the expiry and counts one. */
  uint64_t expirations = 0;
  long long t0 = mono_ns();
  assert_int_equal(oracle_read(fd, &expirations, sizeof expirations), 8);
  assert_int_equal(expirations, 1);
  assert_true(mono_ns() - t0 <= 10 * MS + 500 * MS);
  assert_int_equal(timerfd_gettime(fd, &now), 0);
  assert_int_equal(ts_ns(&now.it_value), 0); /* one-shot: disarmed now */

  /* Re-arm with an interval; the old setting comes back from the next call. */
  struct itimerspec periodic = {TS(2, 0), TS(3, 0)}, disarm = {TS(0, 0), TS(0, 0)};
  assert_int_equal(timerfd_settime(fd, 0, &periodic, NULL), 0);
  assert_int_equal(timerfd_settime(fd, 0, &disarm, &old), 0);
  assert_int_equal(ts_ns(&old.it_interval), 2 * NS_PER_S);
  assert_true(ts_ns(&old.it_value) > 2 * NS_PER_S && ts_ns(&old.it_value) <= 3 * NS_PER_S);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  assert_int_equal(close(fd), 0);
}

/* An absolute CLOCK_REALTIME deadline 100 s past 2^31 (2038): accepted, and
 * the time left is more than what is left until 2^31 - 1. */
static void test_timerfd_past_2038(void **state) {
  (void)state;
  int fd = new_timerfd(CLOCK_REALTIME);
  struct itimerspec at = {TS(0, 0), TS(0x80000000LL + 100, 0)}, left, gleft;
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(timerfd_settime(fd, TFD_TIMER_ABSTIME, &at, NULL), 0);
  assert_int_equal(timerfd_gettime(fd, &left), 0);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  long long now = oracle_time_s();
  assert_true(left.it_value.tv_sec > 0x7fffffffLL - now);
  assert_true(left.it_value.tv_sec <= 0x80000000LL + 100 - now);
  int ge;
  assert_int_equal(oracle_timerfd_gettime(fd, &gleft, &ge), 0);
  assert_true(gleft.it_value.tv_sec > 0x7fffffffLL - now); /* glibc reads it alike */
  assert_int_equal(close(fd), 0);
}

static void test_timerfd_errors(void **state) {
  (void)state;
  int fds[2];
  assert_int_equal(oracle_pipe(fds), 0);
  int tfd = new_timerfd(CLOCK_MONOTONIC);
  struct itimerspec ok = {TS(0, 0), TS(1, 0)}, bad = {TS(0, 0), TS(0, NS_PER_S)}, cur;
  struct {
    int fd, flags;
    const struct itimerspec *v;
    int want;
  } cases[] = {
      {-1, 0, &ok, EBADF},
      {fds[0], 0, &ok, EINVAL}, /* a pipe is no timerfd */
      {tfd, 0, &bad, EINVAL},
      {tfd, 0x100, &ok, EINVAL},
  };
  for (unsigned i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    BOTH_FAIL(cases[i].want, timerfd_settime(cases[i].fd, cases[i].flags, cases[i].v, NULL),
              oracle_timerfd_settime(cases[i].fd, cases[i].flags, cases[i].v, NULL, &glibc_errno));
  }
  errno = 0;
  assert_int_equal(timerfd_settime(tfd, 0, NULL, NULL), -1);
  assert_int_equal(errno, EFAULT);
  int ge;
  if (GLIBC_PASSES_TIME_POINTERS) {
    assert_int_equal(oracle_timerfd_settime(tfd, 0, NULL, NULL, &ge), -1);
    assert_int_equal(ge, EFAULT);
  }
  struct {
    int fd;
    struct itimerspec *v;
    int want;
  } gets[] = {{-1, &cur, EBADF}, {fds[0], &cur, EINVAL}, {tfd, NULL, EFAULT}};
  for (unsigned i = 0; i < sizeof gets / sizeof gets[0]; i++) {
    BOTH_FAIL(gets[i].want, timerfd_gettime(gets[i].fd, gets[i].v),
              oracle_timerfd_gettime(gets[i].fd, gets[i].v, &glibc_errno));
  }
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(sys_timerfd_settime(-1, 0, &ok, NULL), -EBADF);
  assert_int_equal(sys_timerfd_settime(tfd, 0, &bad, NULL), -EINVAL);
  assert_int_equal(sys_timerfd_gettime(fds[0], &cur), -EINVAL);
  assert_int_equal(sys_timerfd_settime(tfd, 0, &ok, NULL), 0);
  assert_int_equal(sys_timerfd_gettime(tfd, &cur), 0);
  assert_true(cur.it_value.tv_sec <= 1 && ts_ns(&cur.it_value) > 0);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  assert_int_equal(close(tfd), 0);
  assert_int_equal(oracle_close(fds[0]), 0);
  assert_int_equal(oracle_close(fds[1]), 0);
}

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
      cmocka_unit_test(test_time_abi),
      cmocka_unit_test(test_nanosleep_1ms),
      cmocka_unit_test(test_nanosleep_errors),
      cmocka_unit_test(test_nanosleep_eintr),
      cmocka_unit_test(test_sys_nanosleep),
      cmocka_unit_test(test_clock_nanosleep),
      cmocka_unit_test(test_clock_nanosleep_past_deadline),
      cmocka_unit_test(test_clock_nanosleep_time64),
      cmocka_unit_test(test_clock_nanosleep_errors),
      cmocka_unit_test(test_sys_clock_nanosleep),
      cmocka_unit_test(test_clock_settime_einval),
      cmocka_unit_test(test_clock_settime_eperm),
      cmocka_unit_test(test_timerfd_create),
      cmocka_unit_test(test_timerfd_create_errors),
      cmocka_unit_test(test_timerfd_expires),
      cmocka_unit_test(test_timerfd_past_2038),
      cmocka_unit_test(test_timerfd_errors),
      cmocka_unit_test(test_itimer),
      cmocka_unit_test(test_itimer_errors),
      cmocka_unit_test(test_itimer_large),
      cmocka_unit_test(test_itimer_bad_pointer),
      cmocka_unit_test(test_sys_itimer),
  };
  return cmocka_run_group_tests(tests, NULL, suite_teardown);
}
