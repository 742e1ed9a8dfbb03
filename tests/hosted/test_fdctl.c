/* readahead(2), vmsplice(2), name_to_handle_at(2), open_by_handle_at(2), openat2(2)
 * (sysgate/fdctl.h; fcntl, splice and tee are test_fcntl.c's and test_fd_xfer.c's): what each does,
 * read back, and the errors against glibc's syscall(2) on the same arguments.
 *
 * Not obvious: open_by_handle_at needs CAP_DAC_READ_SEARCH; as another user both sides
 * get EPERM, and the reopened file is then not read (the log says so).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "oracle.h"
#include "oracle_fd.h"
#include <sysgate.h>

#include "suite.h"
#include "suite_fd.h"
#include "suite_raw.h"

/* readahead(2): 0 on a file, whatever the range; EINVAL where there is no page cache
 * to fill (a pipe), EBADF for a closed descriptor; an offset past 4 GiB reaches the
 * kernel whole (two registers on i386). */
static void test_readahead(void **state) {
  (void)state;
  int fd = suite_file("readahead", "0123456789", 10, O_RDONLY);
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(readahead(fd, 0, 4096), 0);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  assert_int_equal(sys_readahead(fd, 0, 4096), 0);
  SAME_RESULT(readahead(fd, 5, 1), glibc_readahead(fd, 5, 1, &glibc_errno));
  SAME_RESULT(readahead(fd, 1LL << 40, 10), glibc_readahead(fd, 1LL << 40, 10, &glibc_errno));
  SAME_RESULT(readahead(fd, -1, 10), glibc_readahead(fd, -1, 10, &glibc_errno));
  int p[2];
  assert_int_equal(pipe(p), 0);
  SAME_RESULT(readahead(p[0], 0, 10), glibc_readahead(p[0], 0, 10, &glibc_errno));
  assert_int_equal(sys_readahead(p[0], 0, 10), -EINVAL);
  close(p[0]);
  close(p[1]);
  close(fd);
  SAME_RESULT(readahead(fd, 0, 10), glibc_readahead(fd, 0, 10, &glibc_errno));
  assert_int_equal(sys_readahead(fd, 0, 10), -EBADF);
}

static void test_vmsplice(void **state) {
  (void)state;
  int p[2];
  assert_int_equal(pipe(p), 0);
  char a[] = "vm", b[] = "splice";
  struct iovec iov[2] = {{a, 2}, {b, 6}};
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(vmsplice(p[1], iov, 2, 0), 8);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  char got[9] = {0};
  assert_int_equal(read(p[0], got, 8), 8);
  assert_string_equal(got, "vmsplice");
  SAME_RESULT(vmsplice(p[1], iov, 2, 0x100),
              glibc_syscall(&glibc_errno, SYS_vmsplice, p[1], (long)iov, 2, 0x100, 0, 0));
  SAME_RESULT(vmsplice(-1, iov, 2, 0),
              glibc_syscall(&glibc_errno, SYS_vmsplice, -1, (long)iov, 2, 0, 0, 0));
  SAME_RESULT(vmsplice(p[1], (struct iovec *)8, 2, 0),
              glibc_syscall(&glibc_errno, SYS_vmsplice, p[1], 8, 2, 0, 0, 0));
  int f = suite_empty_file("vmsplice", NULL); /* not a pipe */
  SAME_RESULT(vmsplice(f, iov, 2, 0),
              glibc_syscall(&glibc_errno, SYS_vmsplice, f, (long)iov, 2, 0, 0, 0));
  close(f);
  close(p[0]);
  close(p[1]);
}

static void test_file_handles(void **state) {
  (void)state;
  int fd = suite_empty_file("handle", NULL);
  assert_int_equal(write(fd, "by handle", 9), 9);
  close(fd);
  union {
    struct file_handle fh;
    char room[sizeof(struct file_handle) + MAX_HANDLE_SZ];
  } h = {.fh = {.handle_bytes = MAX_HANDLE_SZ}}, g = {.fh = {.handle_bytes = MAX_HANDLE_SZ}};
  int mount_id = -1, their_mount = -2;
  const char *path = oracle_path("handle");
  long r = SAME_RESULT(name_to_handle_at(AT_FDCWD, path, &h.fh, &mount_id, 0),
                       glibc_syscall(&glibc_errno, SYS_name_to_handle_at, AT_FDCWD, (long)path,
                                     (long)&g.fh, (long)&their_mount, 0, 0));
  if (r < 0) {
    print_message("no file handles on this file system (errno %d)\n", errno);
  } else {
    assert_int_equal(mount_id, their_mount);
    assert_int_equal(h.fh.handle_bytes, g.fh.handle_bytes);
    assert_memory_equal(h.fh.f_handle, g.fh.f_handle, h.fh.handle_bytes);
    int dir = open(oracle_tmpdir(), O_RDONLY | O_DIRECTORY);
    assert_true(dir >= 0);
    int again = open_by_handle_at(dir, &h.fh, O_RDONLY);
    if (again < 0) {
      assert_int_equal(errno, EPERM); /* CAP_DAC_READ_SEARCH */
      print_message("open_by_handle_at: EPERM (not privileged): not read back\n");
    } else {
      char buf[16] = {0};
      assert_int_equal(read(again, buf, sizeof buf), 9);
      assert_string_equal(buf, "by handle");
      close(again);
    }
    SAME_RESULT(
        open_by_handle_at(-1, &h.fh, O_RDONLY),
        glibc_syscall(&glibc_errno, SYS_open_by_handle_at, -1, (long)&h.fh, O_RDONLY, 0, 0, 0));
    close(dir);
  }
  /* too little room: EOVERFLOW and the size it needs, on both sides */
  h.fh.handle_bytes = 0;
  g.fh.handle_bytes = 0;
  SAME_RESULT(name_to_handle_at(AT_FDCWD, path, &h.fh, &mount_id, 0),
              glibc_syscall(&glibc_errno, SYS_name_to_handle_at, AT_FDCWD, (long)path, (long)&g.fh,
                            (long)&their_mount, 0, 0));
  assert_int_equal(h.fh.handle_bytes, g.fh.handle_bytes);
  SAME_RESULT(name_to_handle_at(AT_FDCWD, "/sysgate-none", &h.fh, &mount_id, 0),
              glibc_syscall(&glibc_errno, SYS_name_to_handle_at, AT_FDCWD, (long)"/sysgate-none",
                            (long)&g.fh, (long)&their_mount, 0, 0));
  SAME_RESULT(name_to_handle_at(AT_FDCWD, path, &h.fh, &mount_id, 0x7),
              glibc_syscall(&glibc_errno, SYS_name_to_handle_at, AT_FDCWD, (long)path, (long)&g.fh,
                            (long)&their_mount, 0x7, 0));
  unlink(path);
}

static void test_openat2(void **state) {
  (void)state;
  int fd = suite_empty_file("openat2", NULL);
  close(fd);
  const char *path = oracle_path("openat2");
  struct open_how how = {.flags = O_RDONLY};
  int ours = openat2(AT_FDCWD, path, &how, sizeof how);
  if (ours < 0 && errno == ENOSYS)
    SKIP_BECAUSE("openat2 needs Linux 5.6");
  assert_true(ours >= 0);
  close(ours);
  SAME_FD(
      openat2(AT_FDCWD, path, &how, sizeof how),
      glibc_syscall(&glibc_errno, SYS_openat2, AT_FDCWD, (long)path, (long)&how, sizeof how, 0, 0));
  /* resolution refused: a path through "..", under RESOLVE_BENEATH */
  int dir = open(oracle_tmpdir(), O_RDONLY | O_DIRECTORY);
  struct open_how beneath = {.flags = O_RDONLY, .resolve = RESOLVE_BENEATH};
  SAME_RESULT(openat2(dir, "../x", &beneath, sizeof beneath),
              glibc_syscall(&glibc_errno, SYS_openat2, dir, (long)"../x", (long)&beneath,
                            sizeof beneath, 0, 0));
  struct open_how bad = {.flags = O_RDONLY, .mode = 0644}; /* a mode without O_CREAT */
  SAME_RESULT(
      openat2(AT_FDCWD, path, &bad, sizeof bad),
      glibc_syscall(&glibc_errno, SYS_openat2, AT_FDCWD, (long)path, (long)&bad, sizeof bad, 0, 0));
  SAME_RESULT(openat2(AT_FDCWD, path, &how, 8),
              glibc_syscall(&glibc_errno, SYS_openat2, AT_FDCWD, (long)path, (long)&how, 8, 0, 0));
  close(dir);
  unlink(path);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_readahead),
      cmocka_unit_test(test_vmsplice),
      cmocka_unit_test(test_file_handles),
      cmocka_unit_test(test_openat2),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
