/* The epoll calls of sysgate/event.h (epoll_create, epoll_create1, epoll_ctl,
 * epoll_wait, epoll_pwait, epoll_pwait2) against glibc's on the same pipes, and
 * struct epoll_event's layout.
 *
 * Not obvious: struct epoll_event is packed on x86_64 only (the kernel's
 * include/uapi/linux/eventpoll.h); glibc packs it on i386 as well, and the pwait
 * masks are checked by what they do, as in test_event.c.
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

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_epoll_event_alignment), cmocka_unit_test(test_epoll_pipe),
      cmocka_unit_test(test_epoll_errors),          cmocka_unit_test(test_epoll_pwait),
      cmocka_unit_test(test_epoll_pwait2),          cmocka_unit_test(test_masks_are_used),
      cmocka_unit_test(test_epoll_create),
  };
  return cmocka_run_group_tests(tests, NULL, suite_teardown);
}
