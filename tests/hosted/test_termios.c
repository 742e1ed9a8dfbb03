/* termios(3) (sysgate/termios.h): tcgetattr, tcsetattr, cfmakeraw, the cf*speed
 * calls, tcdrain, tcflush, tcflow, tcsendbreak and tcgetsid on a pseudo-terminal,
 * against glibc's on the same terminal.
 *
 * Not obvious: the speed tests start both sides from the same bytes, with and
 * without the input-speed-0 bit, and compare the whole structure afterwards,
 * so that a bit set or cleared by one side only is seen, not just the answer.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "oracle.h"
#include "oracle_sysheaders.h"
#include <sysgate.h>

#include "suite.h"

/* --- termios ------------------------------------------------------------------ */

static void make_pty(int *master, int *slave) {
  if (oracle_pty(master, slave, 24, 80) != 0)
    SKIP_BECAUSE("no pseudo-terminal (openpty failed)");
}

/* glibc's view of the terminal, through glibc's tcgetattr. */
static void glibc_attr(int fd, struct termios *t) {
  int ge;
  memset(t, 0, sizeof *t);
  assert_int_equal(oracle_tcgetattr(fd, t, &ge), 0);
}

static void test_tcgetattr(void **state) {
  (void)state;
  int m, s, ge;
  make_pty(&m, &s);
  int fds[] = {s, m};
  for (int i = 0; i < 2; i++) {
    struct termios ours, theirs;
    memset(&ours, 0x5a, sizeof ours); /* every byte tcgetattr should write, written */
    memset(&theirs, 0x5a, sizeof theirs);
    errno = SUITE_ERRNO_CANARY;
    assert_int_equal(tcgetattr(fds[i], &ours), 0);
    assert_int_equal(errno, SUITE_ERRNO_CANARY);
    assert_int_equal(oracle_tcgetattr(fds[i], &theirs, &ge), 0);
    assert_memory_equal(&ours, &theirs, sizeof ours);
  }
  int p[2];
  assert_int_equal(oracle_pipe(p), 0);
  struct termios t;
  int r = tcgetattr(p[0], &t), e = errno;
  int gr = oracle_tcgetattr(p[0], &t, &ge);
  ASSERT_BOTH_FAIL(r, e, gr, ge, ENOTTY);
  r = tcgetattr(-1, &t), e = errno;
  gr = oracle_tcgetattr(-1, &t, &ge);
  ASSERT_BOTH_FAIL(r, e, gr, ge, EBADF);
  oracle_close(p[0]);
  oracle_close(p[1]);
  oracle_close(m);
  oracle_close(s);
}

static void test_cfmakeraw(void **state) {
  (void)state;
  for (int fill = 0; fill < 256; fill += 51) {
    struct termios ours, theirs;
    memset(&ours, fill, sizeof ours);
    memset(&theirs, fill, sizeof theirs);
    cfmakeraw(&ours);
    oracle_cfmakeraw(&theirs);
    assert_memory_equal(&ours, &theirs, sizeof ours);
  }
}

/* tcsetattr with each action: what glibc's tcgetattr reads back afterwards, and
 * the answer, must be the same as after glibc's own tcsetattr. */
static void test_tcsetattr(void **state) {
  (void)state;
  int m, s, ge;
  make_pty(&m, &s);
  struct termios orig, want = {0};
  glibc_attr(s, &orig);
  want = orig;
  cfmakeraw(&want);
  want.c_cc[VMIN] = 3;
  want.c_cc[VTIME] = 7;
  want.c_cc[VEOL2] = 'x';
  want.c_cc[20] = 'y'; /* beyond the kernel's 19: dropped by both */
  assert_int_equal(cfsetospeed(&want, B57600), 0);
  assert_int_equal(cfsetispeed(&want, B0), 0); /* the bit that must not reach the kernel */
  for (int action = -1; action <= 3; action++) {
    struct termios after_ours, after_theirs;
    assert_int_equal(oracle_tcsetattr(s, TCSANOW, &orig, &ge), 0);
    errno = SUITE_ERRNO_CANARY;
    int r = tcsetattr(s, action, &want), e = errno;
    glibc_attr(s, &after_ours);
    assert_int_equal(oracle_tcsetattr(s, TCSANOW, &orig, &ge), 0);
    int gr = oracle_tcsetattr(s, action, &want, &ge);
    glibc_attr(s, &after_theirs);
    assert_int_equal(r, gr);
    if (r == 0)
      assert_int_equal(e, SUITE_ERRNO_CANARY);
    else
      ASSERT_BOTH_FAIL(r, e, gr, ge, EINVAL);
    assert_memory_equal(&after_ours, &after_theirs, sizeof after_ours);
  }
  int r = tcsetattr(-1, TCSANOW, &want), e = errno;
  int gr = oracle_tcsetattr(-1, TCSANOW, &want, &ge);
  ASSERT_BOTH_FAIL(r, e, gr, ge, EBADF);
  oracle_close(m);
  oracle_close(s);
}

static const unsigned speeds[] = {
    0,      1,       2,       7,          15,         16,         017,        020,
    0x1000, 0x1001,  0x1005,  0x100f,     0x1010,     0x1011,     0x2000,     0x3001,
    50,     75,      134,     9600,       19200,      38400,      57600,      115200,
    230400, 4000000, 4000001, 0x7fffffff, 0x80000000, 0xffffffff, 0x100f | 1, 12345,
};

/* Runs one cfset* on both sides from the same bytes; compares everything. */
static void compare_speed(int which, const struct termios *start, unsigned speed) {
  struct termios ours = *start, theirs = *start;
  int ge, r, gr;
  errno = SUITE_ERRNO_CANARY;
  if (which == 0) {
    r = cfsetispeed(&ours, speed);
    gr = oracle_cfsetispeed(&theirs, speed, &ge);
  } else if (which == 1) {
    r = cfsetospeed(&ours, speed);
    gr = oracle_cfsetospeed(&theirs, speed, &ge);
  } else {
    r = cfsetspeed(&ours, speed);
    gr = oracle_cfsetspeed(&theirs, speed, &ge);
  }
  int e = errno;
  if (r != gr || memcmp(&ours, &theirs, sizeof ours) != 0)
    print_message("cfset%sspeed(%#x): sysgate %d, glibc %d\n",
                  which == 0   ? "i"
                  : which == 1 ? "o"
                               : "",
                  speed, r, gr);
  assert_int_equal(r, gr);
  if (r == 0)
    assert_int_equal(e, SUITE_ERRNO_CANARY);
  else
    ASSERT_BOTH_FAIL(r, e, gr, ge, EINVAL);
  assert_memory_equal(&ours, &theirs, sizeof ours);
  assert_int_equal(cfgetispeed(&ours), oracle_cfgetispeed(&theirs));
  assert_int_equal(cfgetospeed(&ours), oracle_cfgetospeed(&theirs));
}

static void test_cfspeed(void **state) {
  (void)state;
  static const unsigned iflags[] = {0, 02400, 020000002400u, 0xffffffffu};
  static const unsigned cflags[] = {0, 0277, 010262, 0xffffffffu};
  for (size_t f = 0; f < sizeof iflags / sizeof iflags[0]; f++)
    for (size_t i = 0; i < sizeof speeds / sizeof speeds[0]; i++)
      for (int which = 0; which < 3; which++) {
        struct termios start;
        memset(&start, 0x33, sizeof start);
        start.c_iflag = iflags[f];
        start.c_cflag = cflags[f];
        compare_speed(which, &start, speeds[i]);
      }
}

/* The other tc* calls: same answer and errno on the slave, the master, a pipe
 * and a closed descriptor. */
static void test_tc_calls(void **state) {
  (void)state;
  int m, s, p[2];
  make_pty(&m, &s);
  assert_int_equal(oracle_pipe(p), 0);
  int fds[] = {s, m, p[0], -1};
  for (size_t i = 0; i < sizeof fds / sizeof fds[0]; i++) {
    int fd = fds[i], ge, r, gr;
    r = tcdrain(fd);
    int e = errno;
    gr = oracle_tcdrain(fd, &ge);
    assert_int_equal(r, gr);
    if (r < 0)
      assert_int_equal(e, ge);
    for (int q = -1; q <= 3; q++) {
      r = tcflush(fd, q), e = errno;
      gr = oracle_tcflush(fd, q, &ge);
      assert_int_equal(r, gr);
      if (r < 0)
        assert_int_equal(e, ge);
    }
    static const int actions[] = {TCOOFF, TCOON, TCIOFF, TCION, -1, 4};
    for (size_t a = 0; a < sizeof actions / sizeof actions[0]; a++) {
      r = tcflow(fd, actions[a]), e = errno;
      gr = oracle_tcflow(fd, actions[a], &ge);
      assert_int_equal(r, gr);
      if (r < 0)
        assert_int_equal(e, ge);
    }
    static const int durations[] = {0, -5, 1, 150};
    for (size_t d = 0; d < sizeof durations / sizeof durations[0]; d++) {
      r = tcsendbreak(fd, durations[d]), e = errno;
      gr = oracle_tcsendbreak(fd, durations[d], &ge);
      assert_int_equal(r, gr);
      if (r < 0)
        assert_int_equal(e, ge);
    }
    r = (int)tcgetsid(fd), e = errno;
    gr = oracle_tcgetsid(fd, &ge);
    assert_int_equal(r, gr);
    if (r < 0)
      assert_int_equal(e, ge);
  }
  oracle_close(p[0]);
  oracle_close(p[1]);
  oracle_close(m);
  oracle_close(s);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_tcgetattr), cmocka_unit_test(test_cfmakeraw),
      cmocka_unit_test(test_tcsetattr), cmocka_unit_test(test_cfspeed),
      cmocka_unit_test(test_tc_calls),
  };
  return cmocka_run_group_tests(tests, NULL, suite_teardown);
}
