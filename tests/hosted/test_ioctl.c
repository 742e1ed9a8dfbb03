/* ioctl(2) with the requests sysgate defines (ioctl_tty(2): TIOCGWINSZ,
 * TIOCSWINSZ; FIONREAD), on a pseudo-terminal and a pipe made by glibc, and
 * compared with glibc's ioctl on the same input.
 *
 * Not obvious: the window size of a pty is set by openpty before the test
 * runs, to values (37 x 101) no terminal starts with, so reading them back
 * proves our TIOCGWINSZ asked the kernel rather than found defaults.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "oracle.h"
#include <sysgate.h>

#include "suite.h"

#define ROWS 37
#define COLS 101

static void make_pty(int *master, int *slave) {
  if (oracle_pty(master, slave, ROWS, COLS) != 0)
    SKIP_BECAUSE("no pseudo-terminal (openpty failed)");
}

static void close_pair(int a, int b) {
  assert_int_equal(oracle_close(a), 0);
  assert_int_equal(oracle_close(b), 0);
}

static void test_ioctl_get_winsize(void **state) {
  (void)state;
  int m, s;
  make_pty(&m, &s);
  int fds[2] = {s, m};
  for (int i = 0; i < 2; i++) { /* the slave and the master share one size */
    struct winsize ws = {0, 0, 0, 0}, gws = {0, 0, 0, 0};
    errno = SUITE_ERRNO_CANARY;
    assert_int_equal(ioctl(fds[i], TIOCGWINSZ, &ws), 0);
    assert_int_equal(errno, SUITE_ERRNO_CANARY);
    assert_int_equal(ws.ws_row, ROWS);
    assert_int_equal(ws.ws_col, COLS);
    int ge;
    assert_int_equal(oracle_ioctl(fds[i], TIOCGWINSZ, &gws, &ge), 0);
    assert_memory_equal(&ws, &gws, sizeof ws);
  }
  close_pair(m, s);
}

static void test_ioctl_set_winsize(void **state) {
  (void)state;
  int m, s, ge;
  make_pty(&m, &s);
  struct winsize ws = {41, 133, 7, 9}, back = {0, 0, 0, 0};
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(ioctl(m, TIOCSWINSZ, &ws), 0);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  /* glibc reads back, through the other end, what we set. */
  assert_int_equal(oracle_ioctl(s, TIOCGWINSZ, &back, &ge), 0);
  assert_int_equal(back.ws_row, 41);
  assert_int_equal(back.ws_col, 133);
  assert_int_equal(back.ws_xpixel, 7);
  assert_int_equal(back.ws_ypixel, 9);
  close_pair(m, s);
}

static void test_ioctl_fionread(void **state) {
  (void)state;
  int fds[2], ge;
  assert_int_equal(oracle_pipe(fds), 0);
  int n = -1, gn = -1;
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(ioctl(fds[0], FIONREAD, &n), 0);
  assert_int_equal(n, 0);
  assert_int_equal(oracle_write(fds[1], "12345", 5), 5);
  assert_int_equal(ioctl(fds[0], FIONREAD, &n), 0);
  assert_int_equal(n, 5);
  assert_int_equal(oracle_ioctl(fds[0], FIONREAD, &gn, &ge), 0);
  assert_int_equal(gn, 5);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  close_pair(fds[0], fds[1]);
}

static void test_ioctl_errors(void **state) {
  (void)state;
  struct winsize ws;
  long r, g;
  int e, ge;

  int fds[2];
  assert_int_equal(oracle_pipe(fds), 0);
  errno = 0;
  r = ioctl(fds[0], TIOCGWINSZ, &ws); /* a pipe is no terminal */
  e = errno;
  g = oracle_ioctl(fds[0], TIOCGWINSZ, &ws, &ge);
  ASSERT_BOTH_FAIL(r, e, g, ge, ENOTTY);
  close_pair(fds[0], fds[1]);

  int avail;
  errno = 0;
  r = ioctl(fds[0], FIONREAD, &avail); /* closed a moment ago */
  e = errno;
  g = oracle_ioctl(fds[0], FIONREAD, &avail, &ge);
  ASSERT_BOTH_FAIL(r, e, g, ge, EBADF);

  errno = 0;
  r = ioctl(-1, TIOCGWINSZ, &ws);
  e = errno;
  g = oracle_ioctl(-1, TIOCGWINSZ, &ws, &ge);
  ASSERT_BOTH_FAIL(r, e, g, ge, EBADF);

  int m, s;
  make_pty(&m, &s);
  errno = 0;
  r = ioctl(s, TIOCGWINSZ, (void *)1); /* the kernel writes the size there: faults */
  e = errno;
  g = oracle_ioctl(s, TIOCGWINSZ, (void *)1, &ge);
  ASSERT_BOTH_FAIL(r, e, g, ge, EFAULT);
  close_pair(m, s);
}

struct ioctl_call {
  int fd;
  unsigned long request;
  void *arg;
};

static void call_ioctl(void *arg) {
  const struct ioctl_call *c = arg;
  ioctl(c->fd, c->request, c->arg);
}

/* The variadic third argument reaches the kernel whole, as a register. */
static void test_ioctl_registers(void **state) {
  (void)state;
  int fds[2];
  assert_int_equal(oracle_pipe(fds), 0);
  struct ioctl_call c = {fds[0], FIONREAD, (void *)0x5a5a1000ul};
  struct oracle_syscall seen = suite_trace(call_ioctl, &c, SYS_ioctl);
  assert_int_equal(seen.args[0], (unsigned long long)fds[0]);
  assert_int_equal(seen.args[1], FIONREAD);
  assert_int_equal(seen.args[2], 0x5a5a1000ul);
  assert_int_equal(seen.ret, -EFAULT); /* nothing is mapped there */
  close_pair(fds[0], fds[1]);
}

static void test_sys_ioctl(void **state) {
  (void)state;
  int fds[2];
  assert_int_equal(oracle_pipe(fds), 0);
  struct winsize ws;
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(sys_ioctl(-1, TIOCGWINSZ, (unsigned long)&ws), -EBADF);
  assert_int_equal(sys_ioctl(fds[0], TIOCGWINSZ, (unsigned long)&ws), -ENOTTY);
  assert_int_equal(sys_ioctl(fds[0], FIONREAD, 1), -EFAULT);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  int n = -1;
  assert_int_equal(oracle_write(fds[1], "abc", 3), 3);
  assert_int_equal(sys_ioctl(fds[0], FIONREAD, (unsigned long)&n), 0);
  assert_int_equal(n, 3);
  close_pair(fds[0], fds[1]);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_ioctl_get_winsize), cmocka_unit_test(test_ioctl_set_winsize),
      cmocka_unit_test(test_ioctl_fionread),    cmocka_unit_test(test_ioctl_errors),
      cmocka_unit_test(test_ioctl_registers),   cmocka_unit_test(test_sys_ioctl),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
