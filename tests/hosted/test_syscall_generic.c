/* syscall(2) and sys_syscall (sysgate/syscall_generic.h): all six arguments reach
 * the kernel's registers (traced, a distinct sentinel in each, and compared with
 * glibc's syscall() on the same input), -1 and errno on failure, errno untouched
 * on success, the raw value from sys_syscall.
 *
 * Not obvious: getppid ignores its arguments, so it can carry six sentinels and
 * still succeed; the tracer reads the registers at entry.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "oracle.h"
#include "oracle_tables.h"
#include <sysgate.h>

#include "suite.h"

/* Distinct in every byte of both halves, so a swapped or truncated register shows. */
static const unsigned long long sentinel64[6] = {0x0102030405060708ull, 0x1112131415161718ull,
                                                 0x2122232425262728ull, 0x3132333435363738ull,
                                                 0x4142434445464748ull, 0x5152535455565758ull};

static struct oracle_syscall_call sentinel_call(long number) {
  struct oracle_syscall_call c = {number, {0}};
  for (int i = 0; i < 6; i++)
    c.args[i] = (long)(unsigned long)sentinel64[i];
  return c;
}

static void call_syscall(void *arg) {
  const struct oracle_syscall_call *c = arg;
  syscall(c->number, c->args[0], c->args[1], c->args[2], c->args[3], c->args[4], c->args[5]);
}

static void call_sys_syscall(void *arg) {
  const struct oracle_syscall_call *c = arg;
  sys_syscall(c->number, c->args[0], c->args[1], c->args[2], c->args[3], c->args[4], c->args[5]);
}

static void check_sentinels(struct oracle_syscall seen, const struct oracle_syscall_call *c) {
  for (int i = 0; i < 6; i++)
    assert_int_equal(seen.args[i], SUITE_REG(c->args[i]));
  assert_int_equal(seen.ret, oracle_getpid()); /* the traced child's parent is us */
}

static void test_syscall_registers(void **state) {
  (void)state;
  struct oracle_syscall_call c = sentinel_call(SYS_getppid);
  check_sentinels(suite_trace(call_syscall, &c, SYS_getppid), &c);
}

static void test_sys_syscall_registers(void **state) {
  (void)state;
  struct oracle_syscall_call c = sentinel_call(SYS_getppid);
  check_sentinels(suite_trace(call_sys_syscall, &c, SYS_getppid), &c);
}

/* glibc's syscall() puts the same values in the same registers. */
static void test_registers_as_glibc(void **state) {
  (void)state;
  struct oracle_syscall_call c = sentinel_call(SYS_getppid);
  struct oracle_syscall ours = suite_trace(call_syscall, &c, SYS_getppid);
  struct oracle_syscall theirs = suite_trace(oracle_call_syscall, &c, SYS_getppid);
  assert_int_equal(ours.nr, theirs.nr);
  for (int i = 0; i < 6; i++)
    assert_int_equal(ours.args[i], theirs.args[i]);
  assert_int_equal(ours.ret, theirs.ret);
}

static void test_success_keeps_errno(void **state) {
  (void)state;
  const long none[6] = {0};
  int ge;
  errno = SUITE_ERRNO_CANARY;
  long pid = syscall(SYS_getpid);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  assert_int_equal(pid, oracle_getpid());
  assert_int_equal(oracle_syscall(SYS_getpid, none, &ge), pid);

  /* A call with arguments and a result that is a count. */
  int fds[2];
  char back[4];
  assert_int_equal(oracle_pipe(fds), 0);
  assert_int_equal(syscall(SYS_write, fds[1], "abc", 3), 3);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  assert_int_equal(oracle_read(fds[0], back, sizeof back), 3);
  assert_memory_equal(back, "abc", 3);
  assert_int_equal(syscall(SYS_close, fds[0]), 0);
  assert_int_equal(syscall(SYS_close, fds[1]), 0);
  assert_false(oracle_fd_is_open(fds[0]));
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
}

/* Failures, ours and glibc's on the same input: -1 and the same errno; the raw
 * layer gives -errno and leaves errno alone. */
static void test_errors_as_glibc(void **state) {
  (void)state;
  int fds[2];
  char buf[4];
  assert_int_equal(oracle_pipe(fds), 0);
  const struct {
    long number;
    long args[6];
    int want;
  } cases[] = {
      {SYS_close, {-1}, EBADF},
      {SYS_write, {-1, (long)"x", 1}, EBADF},
      {SYS_read, {fds[1], (long)buf, sizeof buf}, EBADF}, /* a pipe's write end */
      {SYS_write, {fds[1], 1, 1}, EFAULT},                /* the kernel copies from address 1 */
      {-1, {0}, ENOSYS},
      {100000, {0}, ENOSYS},
      {(long)(~0ul >> 1), {0}, ENOSYS}, /* LONG_MAX */
  };
  for (unsigned i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    const long n = cases[i].number, *a = cases[i].args;
    errno = 0;
    long r = syscall(n, a[0], a[1], a[2], a[3], a[4], a[5]);
    int e = errno, ge;
    long g = oracle_syscall(n, a, &ge);
    ASSERT_BOTH_FAIL(r, e, g, ge, cases[i].want);
    errno = SUITE_ERRNO_CANARY;
    assert_int_equal(sys_syscall(n, a[0], a[1], a[2], a[3], a[4], a[5]), -cases[i].want);
    assert_int_equal(errno, SUITE_ERRNO_CANARY);
  }
  assert_int_equal(oracle_close(fds[0]), 0);
  assert_int_equal(oracle_close(fds[1]), 0);
}

/* sys_syscall returns what the trap returns, success included. */
static void test_sys_syscall_raw(void **state) {
  (void)state;
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(sys_syscall(SYS_getpid, 0, 0, 0, 0, 0, 0), oracle_getpid());
  assert_int_equal(sys_syscall(SYS_getppid, 1, 2, 3, 4, 5, 6), syscall0(SYS_getppid));
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_syscall_registers),  cmocka_unit_test(test_sys_syscall_registers),
      cmocka_unit_test(test_registers_as_glibc), cmocka_unit_test(test_success_keeps_errno),
      cmocka_unit_test(test_errors_as_glibc),    cmocka_unit_test(test_sys_syscall_raw),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
