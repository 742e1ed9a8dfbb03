/* fanotify_init(2) and fanotify_mark(2) (sysgate/fanotify.h) against glibc's on the
 * same input: the events a marked directory reports, and the errors.
 *
 * Not obvious: fanotify_init needs CAP_SYS_ADMIN; where it is refused, glibc must be
 * refused the same way, and the tests that need a group skip, saying so.
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

/* The signal-mask check of the file comment. wait(mask) makes one wait of about
 * 50 ms with the given mask (NULL: none) and returns its result, errno in *err. */
typedef int (*masked_wait)(const sigset_t *mask, int *err);

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
      cmocka_unit_test(test_fanotify),
      cmocka_unit_test(test_fanotify_errors),
  };
  return cmocka_run_group_tests(tests, NULL, suite_teardown);
}
