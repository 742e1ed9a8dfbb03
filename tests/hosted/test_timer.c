/* timer_create(2), timer_settime(2), timer_gettime, timer_getoverrun(2), timer_delete(2)
 * and sigqueue(3): the errors against glibc's on the same input, a timer read back while
 * it runs, the signal a timer sends (SI_TIMER, its value, its id) and the one sigqueue
 * sends (SI_QUEUE, our pid and uid, the value), caught with sigtimedwait.
 *
 * Not obvious: SIGEV_THREAD is refused with ENOSYS (sysgate has no threads yet), where
 * glibc starts a thread; that one case is not compared.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "oracle.h"
#include "oracle_time.h"
#include "oracle_timer.h"
#include <sysgate.h>

#include "suite.h"
#include "suite_extra.h"

static void test_timer_abi(void **state) {
  (void)state;
  static const struct abi_row ours[] = ABI_TABLE(TIMER_ABI);
  ABI_ASSERT_SAME(ours, oracle_timer_abi, oracle_timer_abi_len);
}

/* Ours, as oracle_timer_create does it: -1 for notify means no sigevent. */
static int our_timer_create(int clockid, int notify, int signo, int value) {
  struct sigevent sev;
  memset(&sev, 0, sizeof sev);
  sev.sigev_notify = notify;
  sev.sigev_signo = signo;
  sev.sigev_value.sival_int = value;
  timer_t t;
  int r = timer_create(clockid, notify == -1 ? NULL : &sev, &t);
  if (r == 0)
    assert_int_equal(timer_delete(t), 0);
  return r;
}

static void test_timer_create(void **state) {
  (void)state;
  static const struct {
    int clockid, notify, signo, want;
  } cases[] = {
      {CLOCK_MONOTONIC, -1, 0, 0},
      {CLOCK_REALTIME, SIGEV_SIGNAL, SIGUSR1, 0},
      {CLOCK_PROCESS_CPUTIME_ID, SIGEV_NONE, 0, 0},
      {CLOCK_BOOTTIME, SIGEV_NONE, 0, 0},
      {99, SIGEV_NONE, 0, EINVAL},
      {CLOCK_MONOTONIC, 99, 0, EINVAL},
      {CLOCK_MONOTONIC, SIGEV_SIGNAL, 0, EINVAL},
      {CLOCK_MONOTONIC, SIGEV_SIGNAL, 65, EINVAL},
  };
  for (unsigned i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    int glibc_errno = 0;
    errno = SUITE_ERRNO_CANARY;
    int ours = our_timer_create(cases[i].clockid, cases[i].notify, cases[i].signo, 1);
    int our_errno = errno;
    int theirs =
        oracle_timer_create(cases[i].clockid, cases[i].notify, cases[i].signo, 1, &glibc_errno);
    if (cases[i].want) {
      ASSERT_BOTH_FAIL(ours, our_errno, theirs, glibc_errno, cases[i].want);
    } else {
      assert_int_equal(ours, 0);
      assert_int_equal(theirs, 0);
      assert_int_equal(our_errno, SUITE_ERRNO_CANARY);
    }
  }
  struct sigevent sev;
  memset(&sev, 0, sizeof sev);
  sev.sigev_notify = SIGEV_THREAD;
  timer_t t;
  errno = 0;
  assert_int_equal(timer_create(CLOCK_MONOTONIC, &sev, &t), -1);
  assert_int_equal(errno, ENOSYS);
  int id = -1;
  assert_int_equal(sys_timer_create(CLOCK_MONOTONIC, NULL, &id), 0);
  assert_true(id >= 0);
  assert_int_equal(sys_timer_delete((timer_t)(intptr_t)id), 0);
  assert_int_equal(sys_timer_delete((timer_t)(intptr_t)id), -EINVAL);
}

/* Waits up to a second for sig, blocked; its siginfo in *info. */
static int wait_for(int sig, siginfo_t *info) {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, sig);
  struct timespec second = TS(1, 0);
  return sigtimedwait(&set, info, &second);
}

static void block(int sig, int how) {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, sig);
  assert_int_equal(sigprocmask(how, &set, NULL), 0);
}

/* A timer on CLOCK_MONOTONIC that sends SIGUSR1, blocked here, with value. */
static timer_t usr1_timer(int value) {
  block(SIGUSR1, SIG_BLOCK);
  struct sigevent sev;
  memset(&sev, 0, sizeof sev);
  sev.sigev_notify = SIGEV_SIGNAL;
  sev.sigev_signo = SIGUSR1;
  sev.sigev_value.sival_int = value;
  timer_t t;
  assert_int_equal(timer_create(CLOCK_MONOTONIC, &sev, &t), 0);
  return t;
}

/* A signalling timer, never due here: Linux 6.13+ keeps reporting a SIGEV_NONE timer's
 * old expiry after it is disarmed. */
static void test_timer_settime(void **state) {
  (void)state;
  timer_t t = usr1_timer(0);
  struct itimerspec ten = {.it_value = TS(10, 0), .it_interval = TS(0, 250 * MS)}, cur, old;
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(timer_settime(t, 0, &ten, NULL), 0);
  assert_int_equal(timer_gettime(t, &cur), 0);
  assert_true(cur.it_value.tv_sec == 9 || (cur.it_value.tv_sec == 10 && cur.it_value.tv_nsec == 0));
  assert_int_equal(cur.it_interval.tv_sec, 0);
  assert_int_equal(cur.it_interval.tv_nsec, 250 * MS);
  struct itimerspec off = {.it_value = TS(0, 0), .it_interval = TS(0, 0)};
  assert_int_equal(timer_settime(t, 0, &off, &old), 0);
  assert_true(old.it_value.tv_sec == 9 || old.it_value.tv_sec == 10);
  assert_int_equal(timer_gettime(t, &cur), 0);
  assert_int_equal(cur.it_value.tv_sec, 0);
  assert_int_equal(cur.it_value.tv_nsec, 0);
  assert_int_equal(timer_getoverrun(t), 0);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  /* fields the kernel refuses, against glibc on a timer of its own */
  static const struct {
    long long sec;
    long nsec;
  } bad[] = {{0, 1000000000}, {0, -1}, {-1, 0}};
  for (unsigned i = 0; i < sizeof bad / sizeof bad[0]; i++) {
    struct itimerspec its = {.it_value = TS(bad[i].sec, bad[i].nsec), .it_interval = TS(0, 0)};
    BOTH_FAIL(EINVAL, timer_settime(t, 0, &its, NULL),
              oracle_timer_settime_on_new(bad[i].sec, bad[i].nsec, &glibc_errno));
  }
  errno = 0; /* a bad pointer is the kernel's EFAULT (glibc faults in its own copy on i386) */
  assert_int_equal(timer_settime(t, 0, (const struct itimerspec *)8, NULL), -1);
  assert_int_equal(errno, EFAULT);
  assert_int_equal(timer_delete(t), 0);
  /* a timer that is no more, and one that never was */
  timer_t none = (timer_t)(intptr_t)0x7ffffff0;
  BOTH_FAIL(EINVAL, timer_gettime(none, &cur), oracle_timer_gettime_bad(&glibc_errno));
  BOTH_FAIL(EINVAL, timer_delete(none), oracle_timer_delete_bad(&glibc_errno));
  BOTH_FAIL(EINVAL, timer_getoverrun(none), oracle_timer_getoverrun_bad(&glibc_errno));
  BOTH_FAIL(EINVAL, timer_delete(t), oracle_timer_delete_bad(&glibc_errno));
  block(SIGUSR1, SIG_UNBLOCK);
}

static void test_timer_signal(void **state) {
  (void)state;
  timer_t t = usr1_timer(42);
  /* absolute: 2 ms from now on the timer's clock */
  struct timespec now;
  assert_int_equal(clock_gettime(CLOCK_MONOTONIC, &now), 0);
  now.tv_nsec += 2 * MS;
  if (now.tv_nsec >= 1000000000) {
    now.tv_sec++;
    now.tv_nsec -= 1000000000;
  }
  struct itimerspec at = {.it_value = now, .it_interval = TS(0, 0)};
  assert_int_equal(timer_settime(t, TIMER_ABSTIME, &at, NULL), 0);
  siginfo_t info;
  memset(&info, 0, sizeof info);
  assert_int_equal(wait_for(SIGUSR1, &info), SIGUSR1);
  assert_int_equal(info.si_code, SI_TIMER);
  assert_int_equal(info.si_value.sival_int, 42);
  assert_int_equal(info.si_timerid, SYSGATE_TIMER_ID(t));
  assert_int_equal(timer_delete(t), 0);
  block(SIGUSR1, SIG_UNBLOCK);
}

static void test_sigqueue(void **state) {
  (void)state;
  block(SIGUSR2, SIG_BLOCK);
  union sigval v = {.sival_int = 7};
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(sigqueue(getpid(), SIGUSR2, v), 0);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  siginfo_t info;
  memset(&info, 0, sizeof info);
  assert_int_equal(wait_for(SIGUSR2, &info), SIGUSR2);
  assert_int_equal(info.si_code, SI_QUEUE);
  assert_int_equal(info.si_pid, getpid());
  assert_int_equal(info.si_uid, sys_getuid());
  assert_int_equal(info.si_value.sival_int, 7);
  /* the same from glibc's sigqueue: the same fields */
  int glibc_errno = 0;
  assert_int_equal(oracle_sigqueue(getpid(), SIGUSR2, 7, &glibc_errno), 0);
  siginfo_t theirs;
  memset(&theirs, 0, sizeof theirs);
  assert_int_equal(wait_for(SIGUSR2, &theirs), SIGUSR2);
  /* field by field: a union sigval made from an int leaves the rest of its bytes open */
  assert_int_equal(theirs.si_signo, info.si_signo);
  assert_int_equal(theirs.si_errno, info.si_errno);
  assert_int_equal(theirs.si_code, info.si_code);
  assert_int_equal(theirs.si_pid, info.si_pid);
  assert_int_equal(theirs.si_uid, info.si_uid);
  assert_int_equal(theirs.si_value.sival_int, info.si_value.sival_int);
  BOTH_FAIL(EINVAL, sigqueue(getpid(), 999, v), oracle_sigqueue(getpid(), 999, 7, &glibc_errno));
  BOTH_FAIL(ESRCH, sigqueue(0x7ffffff0, SIGUSR2, v),
            oracle_sigqueue(0x7ffffff0, SIGUSR2, 7, &glibc_errno));
  block(SIGUSR2, SIG_UNBLOCK);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_timer_abi),     cmocka_unit_test(test_timer_create),
      cmocka_unit_test(test_timer_settime), cmocka_unit_test(test_timer_signal),
      cmocka_unit_test(test_sigqueue),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
