/* POSIX message queues (sysgate/mqueue.h): mq_open, mq_send, mq_receive, the timed
 * forms, mq_getattr, mq_setattr, mq_notify and mq_unlink against glibc's on the same
 * queues, made by one library and used by the other.
 *
 * Not obvious: sysgate has no threads, so mq_notify with SIGEV_THREAD is ENOSYS (as
 * documented) where glibc's works; a machine without message queues skips, saying so.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "oracle.h"
#include "oracle_ipc.h"
#include "oracle_misc.h"
#include "oracle_time.h"
#include <sysgate.h>

#include "suite.h"
#include "suite_extra.h"

/* --- POSIX message queues ------------------------------------------------------ */

static char mq_name[64];

static int mq_unavailable(int fd, int err) {
  return fd < 0 && (err == ENOSYS || err == EACCES || err == EPERM);
}

static void test_mq(void **state) {
  (void)state;
  int err;
  snprintf(mq_name, sizeof mq_name, "/sysgate_test_mq_%ld", oracle_getpid());
  struct mq_attr attr = {0}, got, gotg;
  attr.mq_maxmsg = 4;
  attr.mq_msgsize = 32;
  errno = 0;
  mqd_t q = mq_open(mq_name, O_CREAT | O_EXCL | O_RDWR, 0600, &attr);
  if (mq_unavailable(q, errno))
    SKIP_BECAUSE("POSIX message queues are not available here (mq_open refused)");
  assert_true(q >= 0);
  int g = oracle_mq_open(mq_name, O_RDWR, 0, NULL, &err);
  assert_true(g >= 0);
  assert_int_equal(mq_getattr(q, &got), 0);
  assert_int_equal(oracle_mq_getattr(g, &gotg, &err), 0);
  assert_int_equal(got.mq_maxmsg, 4);
  assert_int_equal(got.mq_msgsize, 32);
  assert_int_equal(got.mq_curmsgs, 0);
  assert_int_equal(got.mq_flags, gotg.mq_flags);
  assert_int_equal(mq_send(q, "low", 4, 1), 0);
  assert_int_equal(mq_send(q, "high", 5, 9), 0);
  assert_int_equal(mq_getattr(q, &got), 0);
  assert_int_equal(got.mq_curmsgs, 2);
  char buf[64] = "";
  unsigned prio = 0;
  assert_int_equal(oracle_mq_receive(g, buf, sizeof buf, &prio, &err), 5);
  assert_int_equal(prio, 9);
  assert_string_equal(buf, "high");
  assert_int_equal(oracle_mq_send(g, "glibc", 6, 3, &err), 0);
  assert_int_equal(mq_receive(q, buf, sizeof buf, &prio), 6);
  assert_int_equal(prio, 3);
  assert_int_equal(mq_receive(q, buf, sizeof buf, NULL), 4);
  assert_string_equal(buf, "low");

  /* empty: a timeout, then nonblocking */
  struct timespec past = TS(1, 0); /* CLOCK_REALTIME 1970: already over */
  BOTH_FAIL(ETIMEDOUT, mq_timedreceive(q, buf, sizeof buf, NULL, &past),
            oracle_mq_timedreceive(g, buf, sizeof buf, NULL, &past, &glibc_errno));
  struct timespec bad = TS(1, -1);
  BOTH_FAIL(EINVAL, mq_timedreceive(q, buf, sizeof buf, NULL, &bad),
            oracle_mq_timedreceive(g, buf, sizeof buf, NULL, &bad, &glibc_errno));
  BOTH_FAIL(EMSGSIZE, mq_receive(q, buf, 8, NULL),
            oracle_mq_receive(g, buf, 8, NULL, &glibc_errno));
  struct mq_attr nb = {0}, old;
  nb.mq_flags = O_NONBLOCK;
  assert_int_equal(mq_setattr(q, &nb, &old), 0);
  assert_int_equal(old.mq_flags, 0);
  assert_int_equal(oracle_mq_setattr(g, &nb, NULL, &err), 0);
  BOTH_FAIL(EAGAIN, mq_receive(q, buf, sizeof buf, NULL),
            oracle_mq_receive(g, buf, sizeof buf, NULL, &glibc_errno));
  BOTH_FAIL(EMSGSIZE, mq_send(q, buf, 33, 0), oracle_mq_send(g, buf, 33, 0, &glibc_errno));
  assert_int_equal(mq_timedsend(q, "t", 2, 0, NULL), 0);
  assert_int_equal(mq_timedreceive(q, buf, sizeof buf, &prio, NULL), 2);

  /* notification: SIGEV_NONE registers; a second registration is EBUSY */
  struct sigevent none;
  memset(&none, 0, sizeof none);
  none.sigev_notify = SIGEV_NONE;
  assert_int_equal(mq_notify(q, &none), 0);
  BOTH_FAIL(EBUSY, mq_notify(q, &none), oracle_mq_notify(g, &none, &glibc_errno));
  assert_int_equal(mq_notify(q, NULL), 0);
  struct sigevent sig;
  memset(&sig, 0, sizeof sig);
  sig.sigev_notify = SIGEV_SIGNAL;
  sig.sigev_signo = 0x7fff; /* no such signal */
  BOTH_FAIL(EINVAL, mq_notify(q, &sig), oracle_mq_notify(g, &sig, &glibc_errno));
  /* SIGEV_SIGNAL: a message into the empty queue raises the signal, once, with
   * the caller's value; the notification is then gone (EBUSY no more) */
  sigset_t usr1, old_mask;
  sigemptyset(&usr1);
  sigaddset(&usr1, SIGUSR1);
  assert_int_equal(sigprocmask(SIG_BLOCK, &usr1, &old_mask), 0);
  sig.sigev_signo = SIGUSR1;
  sig.sigev_value.sival_int = 42;
  assert_int_equal(mq_notify(q, &sig), 0);
  BOTH_FAIL(EBUSY, mq_notify(q, &sig), oracle_mq_notify(g, &sig, &glibc_errno));
  assert_int_equal(mq_send(q, "n", 2, 0), 0);
  siginfo_t si;
  struct timespec two = TS(2, 0);
  assert_int_equal(sigtimedwait(&usr1, &si, &two), SIGUSR1);
  assert_int_equal(si.si_code, SI_MESGQ);
  assert_int_equal(si.si_value.sival_int, 42);
  assert_int_equal(si.si_pid, oracle_getpid());
  assert_int_equal(oracle_mq_notify(g, &sig, &err), 0); /* free again: glibc's registers */
  assert_int_equal(oracle_mq_notify(g, NULL, &err), 0);
  assert_int_equal(sigprocmask(SIG_SETMASK, &old_mask, NULL), 0);
  assert_int_equal(mq_receive(q, buf, sizeof buf, NULL), 2);
  struct sigevent thread;
  memset(&thread, 0, sizeof thread);
  thread.sigev_notify = SIGEV_THREAD;
  errno = 0;
  assert_int_equal(mq_notify(q, &thread), -1); /* sysgate has no threads: documented */
  assert_int_equal(errno, ENOSYS);

  /* names */
  BOTH_FAIL(EINVAL, mq_open(mq_name + 1, O_RDWR),
            oracle_mq_open(mq_name + 1, O_RDWR, 0, NULL, &glibc_errno));
  BOTH_FAIL(EINVAL, mq_unlink(mq_name + 1), oracle_mq_unlink(mq_name + 1, &glibc_errno));
  BOTH_FAIL(EEXIST, mq_open(mq_name, O_CREAT | O_EXCL | O_RDWR, 0600, NULL),
            oracle_mq_open(mq_name, O_CREAT | O_EXCL | O_RDWR, 0600, NULL, &glibc_errno));
  BOTH_FAIL(EBADF, mq_send(-1, "x", 1, 0), oracle_mq_send(-1, "x", 1, 0, &glibc_errno));
  BOTH_FAIL(EBADF, mq_getattr(-1, &got), oracle_mq_getattr(-1, &got, &glibc_errno));
  assert_int_equal(mq_close(q), 0);
  assert_int_equal(oracle_mq_close(g, &err), 0);
  BOTH_FAIL(EBADF, mq_close(q), oracle_mq_close(q, &glibc_errno));
  assert_int_equal(mq_unlink(mq_name), 0);
  BOTH_FAIL(ENOENT, mq_unlink(mq_name), oracle_mq_unlink(mq_name, &glibc_errno));
  BOTH_FAIL(ENOENT, mq_open(mq_name, O_RDWR),
            oracle_mq_open(mq_name, O_RDWR, 0, NULL, &glibc_errno));
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_mq),
  };
  return cmocka_run_group_tests(tests, NULL, suite_teardown);
}
