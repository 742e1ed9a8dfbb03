/* eventfd(2) with eventfd_read/eventfd_write, and inotify_init, inotify_init1,
 * inotify_add_watch, inotify_rm_watch (sysgate/event.h) against glibc's on the same
 * input, on eventfds and a watched directory that glibc writes to.
 *
 * Not obvious: an inotify event's len counts its name's padding too, so it is only
 * at least the name's size; and removing a watch is itself reported (IN_IGNORED).
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

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_eventfd),
      cmocka_unit_test(test_inotify),
      cmocka_unit_test(test_inotify_errors),
      cmocka_unit_test(test_inotify_init),
      cmocka_unit_test(test_eventfd_read_write),
  };
  return cmocka_run_group_tests(tests, NULL, suite_teardown);
}
