/* poll(2), ppoll(2), select(2), pselect(2) and FD_* (sysgate/event.h), and the
 * family's constants and layouts: each call against glibc on the same input, on pipes.
 *
 * Not obvious: the signal-mask calls are checked by what the mask does. With
 * SIGALRM blocked and an alarm due in 10 ms, ppoll/pselect given an empty mask must
 * let it in (EINTR, the handler ran); given none, the wait must time out with the
 * signal still pending. A mask dropped or its size wrong on the way would fail one
 * of the two.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "oracle.h"
#include "oracle_event.h"
#include "oracle_time.h"
#include <sysgate.h>

#include "suite.h"
#include "suite_extra.h"

/* A descriptor number that is free but inside the process's fd table: select
 * ignores bits past the table's end (fs/select.c, core_sys_select), so a
 * large number would not give EBADF. */
static int closed_fd(void) {
  int fds[2];
  make_pipe(fds);
  close_pipe(fds);
  return fds[0];
}

static void test_event_abi(void **state) {
  (void)state;
  static const struct abi_row ours[] = ABI_TABLE(EVENT_ABI);
  ABI_ASSERT_SAME(ours, oracle_event_abi, oracle_event_abi_len);
}

/* The same bits in the same words as glibc's macros. */
static void test_fd_macros(void **state) {
  (void)state;
  static const int fds[] = {0, 1, 31, 32, 63, 64, 100, 1023};
  const int n = sizeof fds / sizeof fds[0];
  fd_set ours, theirs;
  memset(&ours, 0xff, sizeof ours);
  FD_ZERO(&ours);
  for (int i = 0; i < n; i++)
    FD_SET(fds[i], &ours);
  oracle_fd_set_of(fds, n, &theirs);
  assert_memory_equal(&ours, &theirs, sizeof ours);
  assert_true(FD_ISSET(63, &ours));
  assert_false(FD_ISSET(62, &ours));
  FD_CLR(63, &ours);
  assert_false(FD_ISSET(63, &ours));
  assert_true(FD_ISSET(64, &ours));
  assert_true(FD_ISSET(1023, &ours));
}

/* The signal-mask check of the file comment. wait(mask) makes one wait of about
 * 50 ms with the given mask (NULL: none) and returns its result, errno in *err. */
typedef int (*masked_wait)(const sigset_t *mask, int *err);

/* --- poll, ppoll ------------------------------------------------------------ */

static void test_poll_pipe(void **state) {
  (void)state;
  int fds[2];
  make_pipe(fds);
  struct pollfd p[2] = {{fds[0], POLLIN, 7}, {fds[1], POLLOUT, 7}};
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(poll(p, 1, 0), 0); /* nothing to read, no wait */
  assert_int_equal(p[0].revents, 0);
  long long t0 = mono_ns();
  assert_int_equal(poll(p, 1, 10), 0);
  assert_true(mono_ns() - t0 >= 10 * MS);
  assert_int_equal(poll(p, 2, 0), 1); /* the write end is writable */
  assert_int_equal(p[1].revents, POLLOUT);
  assert_int_equal(oracle_write(fds[1], "x", 1), 1);
  assert_int_equal(poll(p, 2, 10), 2);
  assert_int_equal(p[0].revents, POLLIN);
  struct pollfd g[2] = {{fds[0], POLLIN, 7}, {fds[1], POLLOUT, 7}};
  int ge;
  assert_int_equal(oracle_poll(g, 2, 0, &ge), 2);
  assert_memory_equal(p, g, sizeof p);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  close_pipe(fds);
}

static void test_poll_errors(void **state) {
  (void)state;
  struct pollfd bad = {-5, POLLIN, 0}, closed = {999, POLLIN, 0};
  /* A negative fd is skipped; a closed one is reported, not an error. */
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(poll(&bad, 1, 0), 0);
  assert_int_equal(poll(&closed, 1, 0), 1);
  assert_int_equal(closed.revents, POLLNVAL);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  BOTH_FAIL(EFAULT, poll(NULL, 1, 0), oracle_poll(NULL, 1, 0, &glibc_errno));
  /* more than RLIMIT_NOFILE */
  BOTH_FAIL(EINVAL, poll(&bad, 1UL << 30, 0), oracle_poll(&bad, 1UL << 30, 0, &glibc_errno));
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(sys_poll(NULL, 1, 0), -EFAULT);
  assert_int_equal(sys_poll(&closed, 1, 0), 1);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
}

static void test_ppoll_pipe(void **state) {
  (void)state;
  int fds[2];
  make_pipe(fds);
  struct pollfd p = {fds[0], POLLIN, 0};
  const struct timespec zero = TS(0, 0), ten_ms = TS(0, 10 * MS);
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(ppoll(&p, 1, &zero, NULL), 0);
  long long t0 = mono_ns();
  assert_int_equal(ppoll(&p, 1, &ten_ms, NULL), 0);
  assert_true(mono_ns() - t0 >= 10 * MS);
  /* The kernel counts down its copy; the caller's const timeout is intact. */
  assert_int_equal(ten_ms.tv_nsec, 10 * MS);
  assert_int_equal(oracle_write(fds[1], "x", 1), 1);
  assert_int_equal(ppoll(&p, 1, NULL, NULL), 1); /* no timeout: returns when ready */
  assert_int_equal(p.revents, POLLIN);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  close_pipe(fds);
}

static void test_ppoll_errors(void **state) {
  (void)state;
  int fds[2];
  make_pipe(fds);
  struct pollfd p = {fds[0], POLLIN, 0};
  const struct timespec bad = TS(0, -1), zero = TS(0, 0);
  BOTH_FAIL(EINVAL, ppoll(&p, 1, &bad, NULL), oracle_ppoll(&p, 1, &bad, NULL, &glibc_errno));
  errno = 0; /* the mask pointer reaches the kernel */
  assert_int_equal(ppoll(&p, 1, &zero, (const sigset_t *)1), -1);
  assert_int_equal(errno, EFAULT);
  errno = SUITE_ERRNO_CANARY;
  struct timespec t = zero;
  static const sigset_t none = {{0}};
  assert_int_equal(sys_ppoll(&p, 1, &t, &none, 16), -EINVAL); /* the kernel's set is 8 bytes */
  assert_int_equal(sys_ppoll(&p, 1, &t, &none, sizeof none), 0);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  close_pipe(fds);
}

/* --- select, pselect -------------------------------------------------------- */

static void test_select_pipe(void **state) {
  (void)state;
  int fds[2];
  make_pipe(fds);
  fd_set r;
  struct timeval zero = {0, 0}, ten_ms = {0, 10000};
  errno = SUITE_ERRNO_CANARY;
  FD_ZERO(&r);
  FD_SET(fds[0], &r);
  assert_int_equal(select(fds[0] + 1, &r, NULL, NULL, &zero), 0);
  assert_false(FD_ISSET(fds[0], &r)); /* not ready: cleared */
  FD_SET(fds[0], &r);
  long long t0 = mono_ns();
  assert_int_equal(select(fds[0] + 1, &r, NULL, NULL, &ten_ms), 0);
  assert_true(mono_ns() - t0 >= 10 * MS);
  /* Linux writes the time left back: none. */
  assert_int_equal(ten_ms.tv_sec, 0);
  assert_int_equal(ten_ms.tv_usec, 0);
  assert_int_equal(oracle_write(fds[1], "x", 1), 1);
  FD_SET(fds[0], &r);
  fd_set w;
  FD_ZERO(&w);
  FD_SET(fds[1], &w);
  assert_int_equal(select(fds[1] + 1, &r, &w, NULL, NULL), 2);
  assert_true(FD_ISSET(fds[0], &r));
  assert_true(FD_ISSET(fds[1], &w));
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  close_pipe(fds);
}

/* A tv_usec of two seconds is two seconds (the kernel carries it into tv_sec);
 * the fd is ready, so the whole timeout is left, normalised, for both. */
static void test_select_normalises_usec(void **state) {
  (void)state;
  int fds[2];
  make_pipe(fds);
  assert_int_equal(oracle_write(fds[1], "x", 1), 1);
  fd_set r, gr;
  FD_ZERO(&r);
  FD_SET(fds[0], &r);
  gr = r;
  struct timeval t = {0, 2000000}, gt = {0, 2000000};
  int ge;
  assert_int_equal(select(fds[0] + 1, &r, NULL, NULL, &t), 1);
  assert_int_equal(oracle_select(fds[0] + 1, &gr, NULL, NULL, &gt, &ge), 1);
  assert_int_equal(t.tv_sec, 1);
  assert_true(t.tv_usec > 900000 && t.tv_usec < 1000000);
  assert_int_equal(gt.tv_sec, 1);
  /* i386 refuses a tv_usec past INT32_MAX (arch/i386/event.h); x86_64's
   * kernel carries it like any other. */
  struct timeval huge = {0, 1LL << 32};
  FD_SET(fds[0], &r);
  assert_int_equal(sys_select(fds[0] + 1, &r, NULL, NULL, &huge), sizeof(long) == 4 ? -EINVAL : 1);
  close_pipe(fds);
}

static void test_select_errors(void **state) {
  (void)state;
  fd_set r;
  struct timeval zero = {0, 0};
  int bad = closed_fd();
  struct {
    int nfds, fd;
    struct timeval t;
    int want;
  } cases[] = {
      {-1, 0, {0, 0}, EINVAL},
      {bad + 1, bad, {0, 0}, EBADF},
      {1, 0, {0, -1}, EINVAL},
      {1, 0, {-1, 0}, EINVAL},
  };
  for (unsigned i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    fd_set gr;
    FD_ZERO(&r);
    FD_SET(cases[i].fd, &r);
    gr = r;
    struct timeval t = cases[i].t, gt = cases[i].t;
    BOTH_FAIL(cases[i].want, select(cases[i].nfds, &r, NULL, NULL, &t),
              oracle_select(cases[i].nfds, &gr, NULL, NULL, &gt, &glibc_errno));
  }
  errno = SUITE_ERRNO_CANARY;
  FD_ZERO(&r);
  FD_SET(bad, &r);
  assert_int_equal(sys_select(bad + 1, &r, NULL, NULL, &zero), -EBADF);
  assert_int_equal(sys_select(-1, NULL, NULL, NULL, &zero), -EINVAL);
  zero.tv_usec = 0;
  assert_int_equal(sys_select(0, NULL, NULL, NULL, &zero), 0);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
}

static void test_pselect_pipe(void **state) {
  (void)state;
  int fds[2];
  make_pipe(fds);
  fd_set r;
  const struct timespec zero = TS(0, 0), ten_ms = TS(0, 10 * MS);
  errno = SUITE_ERRNO_CANARY;
  FD_ZERO(&r);
  FD_SET(fds[0], &r);
  assert_int_equal(pselect(fds[0] + 1, &r, NULL, NULL, &zero, NULL), 0);
  FD_SET(fds[0], &r);
  long long t0 = mono_ns();
  assert_int_equal(pselect(fds[0] + 1, &r, NULL, NULL, &ten_ms, NULL), 0);
  assert_true(mono_ns() - t0 >= 10 * MS);
  assert_int_equal(ten_ms.tv_nsec, 10 * MS); /* const: the kernel counted down a copy */
  assert_int_equal(oracle_write(fds[1], "x", 1), 1);
  FD_SET(fds[0], &r);
  assert_int_equal(pselect(fds[0] + 1, &r, NULL, NULL, &ten_ms, NULL), 1);
  assert_true(FD_ISSET(fds[0], &r));
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  close_pipe(fds);
}

static void test_pselect_errors(void **state) {
  (void)state;
  fd_set r, gr;
  const struct timespec zero = TS(0, 0), too_long = TS(0, 1000000000);
  int bad = closed_fd();
  FD_ZERO(&r);
  FD_SET(bad, &r);
  gr = r;
  BOTH_FAIL(EBADF, pselect(bad + 1, &r, NULL, NULL, &zero, NULL),
            oracle_pselect(bad + 1, &gr, NULL, NULL, &zero, NULL, &glibc_errno));
  BOTH_FAIL(EINVAL, pselect(0, NULL, NULL, NULL, &too_long, NULL),
            oracle_pselect(0, NULL, NULL, NULL, &too_long, NULL, &glibc_errno));
  BOTH_FAIL(EINVAL, pselect(-1, NULL, NULL, NULL, &zero, NULL),
            oracle_pselect(-1, NULL, NULL, NULL, &zero, NULL, &glibc_errno));
  errno = SUITE_ERRNO_CANARY;
  struct timespec t = zero;
  static const sigset_t none = {{0}};
  struct sysgate_sigset_argpack wrong = {&none, 16}, right = {&none, sizeof none};
  assert_int_equal(sys_pselect6(0, NULL, NULL, NULL, &t, &wrong), -EINVAL);
  assert_int_equal(sys_pselect6(0, NULL, NULL, NULL, &t, &right), 0);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_event_abi),      cmocka_unit_test(test_fd_macros),
      cmocka_unit_test(test_poll_pipe),      cmocka_unit_test(test_poll_errors),
      cmocka_unit_test(test_ppoll_pipe),     cmocka_unit_test(test_ppoll_errors),
      cmocka_unit_test(test_select_pipe),    cmocka_unit_test(test_select_normalises_usec),
      cmocka_unit_test(test_select_errors),  cmocka_unit_test(test_pselect_pipe),
      cmocka_unit_test(test_pselect_errors),
  };
  return cmocka_run_group_tests(tests, NULL, suite_teardown);
}
