/* poll(2), ppoll(2), select(2), pselect(2), FD_*, the epoll calls, eventfd(2)
 * with eventfd_read/eventfd_write, and the inotify and fanotify calls: each against glibc on the
 * same input, on pipes, eventfds and a watched directory that glibc writes to.
 *
 * Not obvious: the signal-mask calls are checked by what the mask does. With
 * SIGALRM blocked and an alarm due in 10 ms, ppoll/pselect/epoll_pwait given an
 * empty mask must let it in (EINTR, the handler ran); given none, the wait must
 * time out with the signal still pending. A mask dropped or its size wrong on
 * the way would fail one of the two.
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

static void make_pipe(int fds[2]) {
  assert_int_equal(oracle_pipe(fds), 0);
}

static void close_pipe(int fds[2]) {
  assert_int_equal(oracle_close(fds[0]), 0);
  assert_int_equal(oracle_close(fds[1]), 0);
}

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

/* The kernel packs struct epoll_event on x86_64 only (EPOLL_PACKED in
 * include/uapi/linux/eventpoll.h); glibc packs it on i386 as well. The size
 * and offsets are the same either way; only i386's alignment differs. */
static void test_epoll_event_alignment(void **state) {
  (void)state;
  assert_int_equal(sizeof(struct epoll_event), 12);
  assert_int_equal(offsetof(struct epoll_event, data), 4);
  assert_int_equal(oracle_epoll_event_align(), 1);
  assert_int_equal(_Alignof(struct epoll_event), sizeof(long) == 8 ? 1 : 4);
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

static void check_mask_is_used(masked_wait wait) {
  static const sigset_t empty = {{0}};
  struct itimerval in_10ms = {{0, 0}, {0, 10000}};
  int err;
  oracle_catch_sigalrm();
  oracle_block_sigalrm(1);
  assert_int_equal(setitimer(ITIMER_REAL, &in_10ms, NULL), 0);
  int r = wait(&empty, &err);
  int caught = oracle_sigalrm_count();
  assert_int_equal(setitimer(ITIMER_REAL, &in_10ms, NULL), 0);
  int r2 = wait(NULL, &err);
  int caught2 = oracle_sigalrm_count();
  oracle_block_sigalrm(0); /* the pending alarm is delivered here */
  oracle_default_sigalrm();
  assert_int_equal(r, -1);
  assert_int_equal(caught, 1);
  assert_int_equal(r2, 0); /* timed out, the alarm still blocked */
  assert_int_equal(caught2, 1);
}

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

static int ppoll_50ms(const sigset_t *mask, int *err) {
  int fds[2];
  make_pipe(fds);
  struct pollfd p = {fds[0], POLLIN, 0};
  struct timespec t = TS(0, 50 * MS);
  errno = 0;
  int r = ppoll(&p, 1, &t, mask);
  *err = errno;
  close_pipe(fds);
  return r;
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

static int pselect_50ms(const sigset_t *mask, int *err) {
  int fds[2];
  make_pipe(fds);
  fd_set r;
  FD_ZERO(&r);
  FD_SET(fds[0], &r);
  struct timespec t = TS(0, 50 * MS);
  errno = 0;
  int res = pselect(fds[0] + 1, &r, NULL, NULL, &t, mask);
  *err = errno;
  close_pipe(fds);
  return res;
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

/* --- epoll ------------------------------------------------------------------ */

static int new_epoll(void) {
  int ep = epoll_create1(EPOLL_CLOEXEC);
  assert_true(ep >= 0);
  return ep;
}

static void test_epoll_pipe(void **state) {
  (void)state;
  int fds[2];
  make_pipe(fds);
  errno = SUITE_ERRNO_CANARY;
  int ep = new_epoll();
  assert_int_equal(oracle_fd_cloexec(ep), 1);
  struct epoll_event ev = {EPOLLIN, {.u64 = 0x1122334455667788ULL}}, out[4];
  assert_int_equal(epoll_ctl(ep, EPOLL_CTL_ADD, fds[0], &ev), 0);
  assert_int_equal(epoll_wait(ep, out, 4, 0), 0);
  long long t0 = mono_ns();
  assert_int_equal(epoll_wait(ep, out, 4, 10), 0);
  assert_true(mono_ns() - t0 >= 10 * MS);
  assert_int_equal(oracle_write(fds[1], "x", 1), 1);
  memset(out, 0, sizeof out);
  assert_int_equal(epoll_wait(ep, out, 4, 10), 1);
  assert_int_equal(out[0].events, EPOLLIN);
  assert_int_equal(out[0].data.u64, 0x1122334455667788ULL); /* the data survived intact */
  struct epoll_event gout[4];
  memset(gout, 0, sizeof gout);
  int ge;
  assert_int_equal(oracle_epoll_wait(ep, gout, 4, 0, &ge), 1);
  assert_memory_equal(out, gout, sizeof out[0]); /* glibc reads the same bytes */

  ev.events = EPOLLOUT; /* a read end is never writable */
  ev.data.fd = fds[0];
  assert_int_equal(epoll_ctl(ep, EPOLL_CTL_MOD, fds[0], &ev), 0);
  assert_int_equal(epoll_wait(ep, out, 4, 0), 0);
  assert_int_equal(epoll_ctl(ep, EPOLL_CTL_DEL, fds[0], NULL), 0);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  assert_int_equal(close(ep), 0);
  close_pipe(fds);
}

static void test_epoll_errors(void **state) {
  (void)state;
  int fds[2];
  make_pipe(fds);
  int ep = new_epoll();
  struct epoll_event ev = {EPOLLIN, {.u64 = 0}}, out[2];
  assert_int_equal(epoll_ctl(ep, EPOLL_CTL_ADD, fds[0], &ev), 0);
  struct {
    int epfd, op, fd, want;
  } cases[] = {
      {ep, EPOLL_CTL_ADD, fds[0], EEXIST}, {ep, EPOLL_CTL_DEL, fds[1], ENOENT},
      {-1, EPOLL_CTL_ADD, fds[1], EBADF},  {fds[0], EPOLL_CTL_ADD, fds[1], EINVAL},
      {ep, EPOLL_CTL_ADD, ep, EINVAL},     {ep, 99, fds[1], EINVAL},
  };
  for (unsigned i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    BOTH_FAIL(cases[i].want, epoll_ctl(cases[i].epfd, cases[i].op, cases[i].fd, &ev),
              oracle_epoll_ctl(cases[i].epfd, cases[i].op, cases[i].fd, &ev, &glibc_errno));
  }
  /* maxevents must be positive */
  BOTH_FAIL(EINVAL, epoll_wait(ep, out, 0, 0), oracle_epoll_wait(ep, out, 0, 0, &glibc_errno));
  BOTH_FAIL(EINVAL, epoll_wait(fds[0], out, 2, 0),
            oracle_epoll_wait(fds[0], out, 2, 0, &glibc_errno));
  BOTH_FAIL(EINVAL, epoll_create1(0x1234), oracle_epoll_create1(0x1234, &glibc_errno));
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(sys_epoll_create1(0x1234), -EINVAL);
  assert_int_equal(sys_epoll_ctl(ep, EPOLL_CTL_ADD, fds[0], &ev), -EEXIST);
  assert_int_equal(sys_epoll_wait(ep, out, 0, 0), -EINVAL);
  assert_int_equal(sys_epoll_wait(ep, out, 2, 0), 0);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  assert_int_equal(close(ep), 0);
  close_pipe(fds);
}

static int epoll_pwait_50ms(const sigset_t *mask, int *err) {
  int ep = new_epoll();
  struct epoll_event out;
  errno = 0;
  int r = epoll_pwait(ep, &out, 1, 50, mask);
  *err = errno;
  assert_int_equal(close(ep), 0);
  return r;
}

static void test_epoll_pwait(void **state) {
  (void)state;
  int fds[2];
  make_pipe(fds);
  int ep = new_epoll();
  struct epoll_event ev = {EPOLLIN, {.fd = fds[0]}}, out;
  assert_int_equal(epoll_ctl(ep, EPOLL_CTL_ADD, fds[0], &ev), 0);
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(epoll_pwait(ep, &out, 1, 0, NULL), 0);
  assert_int_equal(oracle_write(fds[1], "x", 1), 1);
  assert_int_equal(epoll_pwait(ep, &out, 1, 10, NULL), 1);
  assert_int_equal(out.data.fd, fds[0]);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  BOTH_FAIL(EINVAL, epoll_pwait(ep, &out, 0, 0, NULL),
            oracle_epoll_pwait(ep, &out, 0, 0, NULL, &glibc_errno));
  static const sigset_t none = {{0}};
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(sys_epoll_pwait(ep, &out, 1, 0, &none, 16), -EINVAL);
  assert_int_equal(sys_epoll_pwait(ep, &out, 1, 0, &none, sizeof none), 1);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  assert_int_equal(close(ep), 0);
  close_pipe(fds);
}

/* epoll_pwait2 is Linux 5.11; valgrind 3.19 does not know it either (ENOSYS). */
static int have_epoll_pwait2(void) {
  return sys_epoll_pwait2(-1, NULL, 1, NULL, NULL, sizeof(sigset_t)) != -ENOSYS;
}

static int epoll_pwait2_50ms(const sigset_t *mask, int *err) {
  int ep = new_epoll();
  struct epoll_event out;
  struct timespec ms50 = {0, 50 * 1000000};
  errno = 0;
  int r = epoll_pwait2(ep, &out, 1, &ms50, mask);
  *err = errno;
  assert_int_equal(close(ep), 0);
  return r;
}

static void test_epoll_pwait2(void **state) {
  (void)state;
  int fds[2];
  make_pipe(fds);
  int ep = new_epoll();
  struct epoll_event ev = {EPOLLIN, {.fd = fds[0]}}, out;
  assert_int_equal(epoll_ctl(ep, EPOLL_CTL_ADD, fds[0], &ev), 0);
  const struct timespec zero = {0, 0}, ms10 = {0, 10 * 1000000}, bad = {0, 1000000000};
  if (!have_epoll_pwait2()) {
    BOTH_FAIL(ENOSYS, epoll_pwait2(ep, &out, 1, &zero, NULL),
              oracle_epoll_pwait2(ep, &out, 1, &zero, NULL, &glibc_errno));
    assert_int_equal(close(ep), 0);
    close_pipe(fds);
    SKIP_BECAUSE("epoll_pwait2 is ENOSYS here (Linux before 5.11, or valgrind 3.19)");
  }
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(epoll_pwait2(ep, &out, 1, &zero, NULL), 0);
  long long t0 = mono_ns();
  assert_int_equal(epoll_pwait2(ep, &out, 1, &ms10, NULL), 0);
  assert_true(mono_ns() - t0 >= 10 * MS);
  assert_int_equal(oracle_write(fds[1], "x", 1), 1);
  assert_int_equal(epoll_pwait2(ep, &out, 1, NULL, NULL), 1); /* NULL: no limit, but ready */
  assert_int_equal(out.data.fd, fds[0]);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  BOTH_FAIL(EINVAL, epoll_pwait2(ep, &out, 1, &bad, NULL),
            oracle_epoll_pwait2(ep, &out, 1, &bad, NULL, &glibc_errno));
  BOTH_FAIL(EINVAL, epoll_pwait2(ep, &out, 0, &zero, NULL),
            oracle_epoll_pwait2(ep, &out, 0, &zero, NULL, &glibc_errno));
  BOTH_FAIL(EFAULT, epoll_pwait2(ep, &out, 1, (const struct timespec *)1, NULL),
            oracle_epoll_pwait2(ep, &out, 1, (const void *)1, NULL, &glibc_errno));
  BOTH_FAIL(EBADF, epoll_pwait2(-1, &out, 1, &zero, NULL),
            oracle_epoll_pwait2(-1, &out, 1, &zero, NULL, &glibc_errno));
  static const sigset_t none = {{0}};
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(sys_epoll_pwait2(ep, &out, 1, &zero, &none, 16), -EINVAL);
  assert_int_equal(sys_epoll_pwait2(ep, &out, 1, &zero, &none, sizeof none), 1);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  assert_int_equal(close(ep), 0);
  close_pipe(fds);
}

/* ppoll, pselect, epoll_pwait and epoll_pwait2 each apply the mask they are given. */
static void test_masks_are_used(void **state) {
  (void)state;
  check_mask_is_used(ppoll_50ms);
  check_mask_is_used(pselect_50ms);
  check_mask_is_used(epoll_pwait_50ms);
  if (have_epoll_pwait2())
    check_mask_is_used(epoll_pwait2_50ms);
}

/* --- eventfd ---------------------------------------------------------------- */

static void test_eventfd(void **state) {
  (void)state;
  uint64_t v = 0;
  errno = SUITE_ERRNO_CANARY;
  int fd = eventfd(5, EFD_CLOEXEC | EFD_NONBLOCK);
  assert_true(fd >= 0);
  assert_int_equal(oracle_fd_cloexec(fd), 1);
  assert_int_equal(oracle_read(fd, &v, sizeof v), 8);
  assert_int_equal(v, 5);
  assert_int_equal(oracle_read(fd, &v, sizeof v), -1); /* zero now, and non-blocking */
  assert_int_equal(close(fd), 0);
  fd = eventfd(3, EFD_SEMAPHORE);
  assert_true(fd >= 0);
  assert_int_equal(oracle_read(fd, &v, sizeof v), 8);
  assert_int_equal(v, 1); /* a semaphore hands out one at a time */
  assert_int_equal(oracle_fd_cloexec(fd), 0);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  assert_int_equal(close(fd), 0);
  BOTH_FAIL(EINVAL, eventfd(0, 0x1234), oracle_eventfd(0, 0x1234, &glibc_errno));
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(sys_eventfd(0, 0x1234), -EINVAL);
  long raw = sys_eventfd(9, EFD_CLOEXEC);
  assert_true(raw >= 0);
  assert_int_equal(oracle_read((int)raw, &v, sizeof v), 8);
  assert_int_equal(v, 9);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  assert_int_equal(close((int)raw), 0);
}

/* --- inotify ---------------------------------------------------------------- */

/* Reads one event from a non-blocking inotify fd into buf; the event, or NULL. */
static const struct inotify_event *next_event(int fd, long *buf, unsigned long size) {
  long n = oracle_read(fd, buf, size);
  return n >= (long)sizeof(struct inotify_event) ? (const struct inotify_event *)buf : NULL;
}

static void test_inotify(void **state) {
  (void)state;
  long buf[64];
  errno = SUITE_ERRNO_CANARY;
  int in = inotify_init1(IN_CLOEXEC | IN_NONBLOCK);
  assert_true(in >= 0);
  assert_int_equal(oracle_fd_cloexec(in), 1);
  assert_null(next_event(in, buf, sizeof buf)); /* nothing yet */
  int wd = inotify_add_watch(in, oracle_tmpdir(), IN_CREATE);
  assert_true(wd >= 1);
  oracle_make_file("watched", "", 0);
  const struct inotify_event *ev = next_event(in, buf, sizeof buf);
  assert_non_null(ev);
  assert_int_equal(ev->wd, wd);
  assert_int_equal(ev->mask, IN_CREATE);
  assert_true(ev->len >= sizeof "watched");
  assert_string_equal(ev->name, "watched");
  assert_int_equal(inotify_rm_watch(in, wd), 0);
  ev = next_event(in, buf, sizeof buf);
  assert_non_null(ev);
  assert_int_equal(ev->mask, IN_IGNORED); /* the watch's last word */
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  assert_int_equal(close(in), 0);
}

static void test_inotify_errors(void **state) {
  (void)state;
  int in = inotify_init1(IN_CLOEXEC);
  assert_true(in >= 0);
  struct {
    int fd;
    const char *path;
    unsigned int mask;
    int want;
  } cases[] = {
      {in, oracle_path("missing"), IN_CREATE, ENOENT},
      {in, oracle_tmpdir(), 0, EINVAL}, /* no event asked for */
      {-1, oracle_tmpdir(), IN_CREATE, EBADF},
      {in, (const char *)1, IN_CREATE, EFAULT},
  };
  for (unsigned i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    BOTH_FAIL(cases[i].want, inotify_add_watch(cases[i].fd, cases[i].path, cases[i].mask),
              oracle_inotify_add_watch(cases[i].fd, cases[i].path, cases[i].mask, &glibc_errno));
  }
  BOTH_FAIL(EINVAL, inotify_rm_watch(in, 12345), oracle_inotify_rm_watch(in, 12345, &glibc_errno));
  BOTH_FAIL(EINVAL, inotify_init1(0x1234), oracle_inotify_init1(0x1234, &glibc_errno));
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(sys_inotify_init1(0x1234), -EINVAL);
  assert_int_equal(sys_inotify_add_watch(in, oracle_path("missing"), IN_CREATE), -ENOENT);
  assert_int_equal(sys_inotify_rm_watch(in, 12345), -EINVAL);
  long wd = sys_inotify_add_watch(in, oracle_tmpdir(), IN_DELETE);
  assert_true(wd >= 1);
  assert_int_equal(sys_inotify_rm_watch(in, (int)wd), 0);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  assert_int_equal(close(in), 0);
}

/* --- the older calls: epoll_create, inotify_init; eventfd_read/write ------- */

static void test_epoll_create(void **state) {
  (void)state;
  int fds[2];
  make_pipe(fds);
  errno = SUITE_ERRNO_CANARY;
  int ep = epoll_create(1); /* the size is only checked to be positive */
  assert_true(ep >= 0);
  assert_int_equal(oracle_fd_cloexec(ep), 0);
  struct epoll_event ev = {EPOLLIN, {.fd = fds[0]}}, out;
  assert_int_equal(epoll_ctl(ep, EPOLL_CTL_ADD, fds[0], &ev), 0);
  assert_int_equal(oracle_write(fds[1], "x", 1), 1);
  assert_int_equal(epoll_wait(ep, &out, 1, 0), 1);
  assert_int_equal(out.data.fd, fds[0]);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  assert_int_equal(close(ep), 0);
  BOTH_FAIL(EINVAL, epoll_create(0), oracle_epoll_create(0, &glibc_errno));
  BOTH_FAIL(EINVAL, epoll_create(-1), oracle_epoll_create(-1, &glibc_errno));
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(sys_epoll_create(0), -EINVAL);
  long raw = sys_epoll_create(8);
  assert_true(raw >= 0);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  assert_int_equal(close((int)raw), 0);
  close_pipe(fds);
}

static void test_inotify_init(void **state) {
  (void)state;
  union { /* an event and room for its name, aligned as the struct */
    struct inotify_event ev;
    char bytes[512];
  } buf;
  errno = SUITE_ERRNO_CANARY;
  int in = inotify_init();
  assert_true(in >= 0);
  assert_int_equal(oracle_fd_cloexec(in), 0);
  int wd = inotify_add_watch(in, oracle_tmpdir(), IN_CREATE);
  assert_true(wd >= 1);
  oracle_make_file("seen_by_init", "", 0);
  assert_int_equal(oracle_read(in, &buf, sizeof buf) >= (long)sizeof(struct inotify_event), 1);
  assert_string_equal(buf.ev.name, "seen_by_init");
  assert_int_equal(close(in), 0);
  int err;
  int theirs = oracle_inotify_init(&err);
  assert_true(theirs >= 0);
  assert_int_equal(oracle_fd_cloexec(theirs), 0);
  assert_int_equal(close(theirs), 0);
  long raw = sys_inotify_init();
  assert_true(raw >= 0);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  assert_int_equal(close((int)raw), 0);
}

static void test_eventfd_read_write(void **state) {
  (void)state;
  int fd = eventfd(0, EFD_NONBLOCK);
  assert_true(fd >= 0);
  eventfd_t v = 99;
  unsigned long long theirs;
  int err;
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(eventfd_write(fd, 7), 0);
  assert_int_equal(oracle_eventfd_write(fd, 5, &err), 0);
  assert_int_equal(eventfd_read(fd, &v), 0);
  assert_int_equal(v, 12);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  /* Empty and non-blocking; a count of all ones is refused (eventfd(2)). */
  BOTH_FAIL(EAGAIN, eventfd_read(fd, &v), oracle_eventfd_read(fd, &theirs, &glibc_errno));
  BOTH_FAIL(EINVAL, eventfd_write(fd, UINT64_MAX),
            oracle_eventfd_write(fd, UINT64_MAX, &glibc_errno));
  assert_int_equal(eventfd_write(fd, 3), 0);
  assert_int_equal(oracle_eventfd_read(fd, &theirs, &err), 0);
  assert_int_equal(theirs, 3);
  assert_int_equal(close(fd), 0);
  BOTH_FAIL(EBADF, eventfd_read(fd, &v), oracle_eventfd_read(fd, &theirs, &glibc_errno));
  BOTH_FAIL(EBADF, eventfd_write(fd, 1), oracle_eventfd_write(fd, 1, &glibc_errno));
}

/* --- fanotify --------------------------------------------------------------- */

/* A notification group, or -1 after skipping: fanotify_init needs
 * CAP_SYS_ADMIN, and then glibc must be refused the same way. */
static int new_fanotify(void) {
  int err;
  errno = SUITE_ERRNO_CANARY;
  int fan = fanotify_init(FAN_CLASS_NOTIF | FAN_CLOEXEC | FAN_NONBLOCK, O_RDONLY);
  if (fan < 0) {
    int ours = errno;
    assert_int_equal(oracle_fanotify_init(FAN_CLASS_NOTIF, O_RDONLY, &err), -1);
    assert_int_equal(ours, err);
    print_message("fanotify_init fails with errno %d for glibc too (needs CAP_SYS_ADMIN)\n", ours);
    return -1;
  }
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  return fan;
}

static void test_fanotify(void **state) {
  (void)state;
  int fan = new_fanotify();
  if (fan < 0)
    SKIP_BECAUSE("fanotify_init is refused here");
  assert_int_equal(oracle_fd_cloexec(fan), 1);
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(fanotify_mark(fan, FAN_MARK_ADD, FAN_CLOSE_WRITE | FAN_EVENT_ON_CHILD, AT_FDCWD,
                                 oracle_tmpdir()),
                   0);
  oracle_make_file("fan_watched", "abc", 3);
  long buf[256];
  long n = oracle_read(fan, buf, sizeof buf);
  assert_true(n >= (long)FAN_EVENT_METADATA_LEN);
  int events = 0;
  for (struct fanotify_event_metadata *m = (void *)buf; FAN_EVENT_OK(m, n);
       m = FAN_EVENT_NEXT(m, n)) {
    assert_int_equal(m->vers, FANOTIFY_METADATA_VERSION);
    assert_int_equal(m->metadata_len, FAN_EVENT_METADATA_LEN);
    assert_true(m->mask & FAN_CLOSE_WRITE);
    assert_int_equal(m->pid, getpid());
    assert_true(m->fd >= 0);
    assert_int_equal(oracle_fd_cloexec(m->fd), 0); /* event_f_flags had no O_CLOEXEC */
    assert_int_equal(close(m->fd), 0);
    events++;
  }
  assert_int_equal(events, 1);
  assert_int_equal(n, 0);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  /* The mask's upper word reaches the kernel: bit 32 is no event (EINVAL); a
   * wrapper that dropped it on i386 would make a valid mark. */
  uint64_t high = 1ull << 32 | FAN_CLOSE_WRITE;
  BOTH_FAIL(EINVAL, fanotify_mark(fan, FAN_MARK_ADD, high, AT_FDCWD, oracle_tmpdir()),
            oracle_fanotify_mark(fan, FAN_MARK_ADD, high, AT_FDCWD, oracle_tmpdir(), &glibc_errno));
  assert_int_equal(sys_fanotify_mark(fan, FAN_MARK_ADD, high, AT_FDCWD, oracle_tmpdir()), -EINVAL);
  assert_int_equal(sys_fanotify_mark(fan, FAN_MARK_REMOVE, FAN_CLOSE_WRITE | FAN_EVENT_ON_CHILD,
                                     AT_FDCWD, oracle_tmpdir()),
                   0);
  assert_int_equal(close(fan), 0);
}

static void test_fanotify_errors(void **state) {
  (void)state;
  BOTH_FAIL(EINVAL, fanotify_init(0x80000000u, O_RDONLY),
            oracle_fanotify_init(0x80000000u, O_RDONLY, &glibc_errno));
  assert_int_equal(sys_fanotify_init(0x80000000u, O_RDONLY), -EINVAL);
  int fan = new_fanotify();
  if (fan < 0)
    SKIP_BECAUSE("fanotify_init is refused here");
  struct {
    int fd;
    unsigned flags;
    const char *path;
    int want;
  } cases[] = {
      {fan, FAN_MARK_ADD, oracle_path("missing"), ENOENT},
      {-1, FAN_MARK_ADD, oracle_tmpdir(), EBADF},
      {fan, FAN_MARK_ADD | FAN_MARK_REMOVE, oracle_tmpdir(), EINVAL},
      {fan, FAN_MARK_ADD, (const char *)1, EFAULT},
  };
  for (unsigned i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    BOTH_FAIL(cases[i].want,
              fanotify_mark(cases[i].fd, cases[i].flags, FAN_OPEN, AT_FDCWD, cases[i].path),
              oracle_fanotify_mark(cases[i].fd, cases[i].flags, FAN_OPEN, AT_FDCWD, cases[i].path,
                                   &glibc_errno));
  }
  assert_int_equal(close(fan), 0);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_event_abi),
      cmocka_unit_test(test_epoll_event_alignment),
      cmocka_unit_test(test_fd_macros),
      cmocka_unit_test(test_poll_pipe),
      cmocka_unit_test(test_poll_errors),
      cmocka_unit_test(test_ppoll_pipe),
      cmocka_unit_test(test_ppoll_errors),
      cmocka_unit_test(test_select_pipe),
      cmocka_unit_test(test_select_normalises_usec),
      cmocka_unit_test(test_select_errors),
      cmocka_unit_test(test_pselect_pipe),
      cmocka_unit_test(test_pselect_errors),
      cmocka_unit_test(test_epoll_pipe),
      cmocka_unit_test(test_epoll_errors),
      cmocka_unit_test(test_epoll_pwait),
      cmocka_unit_test(test_epoll_pwait2),
      cmocka_unit_test(test_masks_are_used),
      cmocka_unit_test(test_eventfd),
      cmocka_unit_test(test_inotify),
      cmocka_unit_test(test_inotify_errors),
      cmocka_unit_test(test_epoll_create),
      cmocka_unit_test(test_inotify_init),
      cmocka_unit_test(test_eventfd_read_write),
      cmocka_unit_test(test_fanotify),
      cmocka_unit_test(test_fanotify_errors),
  };
  return cmocka_run_group_tests(tests, NULL, suite_teardown);
}
