/* fcntl(2) (sysgate/fdctl.h): every command group sysgate names (descriptor and status flags,
 * F_DUPFD*, POSIX and OFD record locks, pipe sizes, seals, owner and signal,
 * leases) against glibc's fcntl on the same descriptor and against what glibc
 * then reports, plus the registers the kernel saw for each kind of third
 * argument.
 *
 * Not obvious: a process never conflicts with its own POSIX locks, so glibc's
 * F_GETLK runs in a forked child (oracle_lock_query); and sysgate's own F_GETLK
 * is checked against an OFD lock on a second open file description, which
 * conflicts within one process. Locks sit past 4 GiB so that a 32-bit l_start
 * anywhere (the wrong struct, or F_GETLK 5 instead of 12 on i386) shows.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "oracle.h"
#include "oracle_fd.h"
#include "oracle_mm.h"
#include <sysgate.h>

#include "suite.h"
#include "suite_fd.h"

#define FAR ((off_t)5 * GIB + 0x1234)

/* fcntl with a struct pointer fails the same way for sysgate and glibc. */
#define EXPECT_LOCK_FAILS(want, fd, cmd, flp)                                                      \
  do {                                                                                             \
    int ge_;                                                                                       \
    errno = 0;                                                                                     \
    long r_ = fcntl((fd), (cmd), (flp));                                                           \
    int e_ = errno;                                                                                \
    long g_ = glibc_fcntl((fd), (cmd), (unsigned long)(flp), &ge_);                                \
    ASSERT_BOTH_FAIL(r_, e_, g_, ge_, (want));                                                     \
  } while (0)

static int lock_file(const char **path) {
  *path = oracle_path("locks");
  int fd = open(*path, O_RDWR | O_CREAT, 0644);
  assert_true(fd >= 0);
  return fd;
}

/* --- flags and duplicates ----------------------------------------------------- */

static void test_fcntl_fd_flags(void **state) {
  (void)state;
  int fd = suite_empty_file("fd-flags", NULL);
  int err;
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(fcntl(fd, F_GETFD), 0);
  assert_int_equal(fcntl(fd, F_SETFD, FD_CLOEXEC), 0);
  assert_int_equal(oracle_cloexec(fd), 1);
  assert_int_equal(fcntl(fd, F_GETFD), FD_CLOEXEC);
  assert_int_equal(glibc_fcntl(fd, F_GETFD, 0, &err), FD_CLOEXEC);
  assert_int_equal(fcntl(fd, F_SETFD, 0), 0);
  assert_int_equal(oracle_cloexec(fd), 0);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  assert_int_equal(close(fd), 0);
}

static void test_fcntl_status_flags(void **state) {
  (void)state;
  int fd = suite_empty_file("fl-flags", NULL);
  int err;
  errno = SUITE_ERRNO_CANARY;
  int fl = fcntl(fd, F_GETFL);
  assert_int_equal(fl, glibc_fcntl(fd, F_GETFL, 0, &err));
  assert_int_equal(fl & O_ACCMODE, O_RDWR);
  assert_int_equal(fcntl(fd, F_SETFL, fl | O_APPEND | O_NONBLOCK), 0);
  assert_int_equal(oracle_fd_flags(fd) & (O_APPEND | O_NONBLOCK), O_APPEND | O_NONBLOCK);
  assert_int_equal(fcntl(fd, F_GETFL), glibc_fcntl(fd, F_GETFL, 0, &err));
  /* O_APPEND for real: a write after lseek(0) still lands at the end. */
  assert_int_equal(write(fd, "ab", 2), 2);
  assert_int_equal(lseek(fd, 0, SEEK_SET), 0);
  assert_int_equal(write(fd, "cd", 2), 2);
  assert_int_equal(suite_size(fd), 4);
  assert_int_equal(fcntl(fd, F_SETFL, fl), 0);
  assert_int_equal(oracle_fd_flags(fd) & (O_APPEND | O_NONBLOCK), 0);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  assert_int_equal(close(fd), 0);
}

static void test_fcntl_dupfd(void **state) {
  (void)state;
  int fd = suite_empty_file("dupfd", NULL);
  errno = SUITE_ERRNO_CANARY;
  int d = fcntl(fd, F_DUPFD, 250);
  assert_true(d >= 250);
  assert_int_equal(oracle_same_file(d, fd), 1);
  assert_int_equal(oracle_cloexec(d), 0);
  int e = fcntl(fd, F_DUPFD_CLOEXEC, 250);
  assert_true(e > d); /* the lowest free one at or above 250 */
  assert_int_equal(oracle_cloexec(e), 1);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  assert_int_equal(close(d), 0);
  assert_int_equal(close(e), 0);

  EXPECT_BOTH_FAIL(EINVAL, fcntl, fd, F_DUPFD, -1);
  EXPECT_BOTH_FAIL(EINVAL, fcntl, fd, F_DUPFD_CLOEXEC, 1 << 30); /* beyond RLIMIT_NOFILE */
  EXPECT_BOTH_FAIL(EBADF, fcntl, -1, F_DUPFD, 0);
  assert_int_equal(close(fd), 0);
}

/* --- record locks ---------------------------------------------------------------- */

static void test_fcntl_posix_locks(void **state) {
  (void)state;
  const char *path;
  int fd = lock_file(&path);
  struct oracle_lock seen;
  errno = SUITE_ERRNO_CANARY;
  struct flock fl = {.l_type = F_WRLCK, .l_whence = SEEK_SET, .l_start = FAR, .l_len = 100};
  assert_int_equal(fcntl(fd, F_SETLK, &fl), 0);
  assert_int_equal(oracle_lock_query(fd, 0, F_RDLCK, 0, 0, &seen), 0);
  assert_int_equal(seen.type, F_WRLCK);
  assert_int_equal(seen.start, FAR);
  assert_int_equal(seen.len, 100);
  assert_int_equal(seen.pid, oracle_getpid());

  /* SEEK_CUR counts from the file offset; F_SETLKW does not wait when free. */
  assert_int_equal(lseek(fd, 10, SEEK_SET), 10);
  fl = (struct flock){.l_type = F_RDLCK, .l_whence = SEEK_CUR, .l_start = 5, .l_len = 3};
  assert_int_equal(fcntl(fd, F_SETLKW, &fl), 0);
  assert_int_equal(oracle_lock_query(fd, 0, F_WRLCK, 0, 100, &seen), 0);
  assert_int_equal(seen.type, F_RDLCK);
  assert_int_equal(seen.start, 15);
  assert_int_equal(seen.len, 3);

  fl = (struct flock){.l_type = F_UNLCK, .l_whence = SEEK_SET}; /* l_len 0: to the end */
  assert_int_equal(fcntl(fd, F_SETLK, &fl), 0);
  assert_int_equal(oracle_lock_query(fd, 0, F_WRLCK, 0, 0, &seen), 0);
  assert_int_equal(seen.type, F_UNLCK);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);

  /* sysgate's F_GETLK, facing glibc's OFD lock on another description. */
  int other = open(path, O_RDWR);
  assert_true(other >= 0);
  assert_int_equal(oracle_ofd_lock(other, F_WRLCK, FAR + 7, 50), 0);
  fl = (struct flock){.l_type = F_RDLCK, .l_whence = SEEK_SET, .l_start = 0, .l_len = 0};
  assert_int_equal(fcntl(fd, F_GETLK, &fl), 0);
  assert_int_equal(fl.l_type, F_WRLCK);
  assert_int_equal(fl.l_whence, SEEK_SET);
  assert_int_equal(fl.l_start, FAR + 7);
  assert_int_equal(fl.l_len, 50);
  assert_int_equal(fl.l_pid, -1); /* an OFD lock has no process */
  fl = (struct flock){.l_type = F_RDLCK, .l_whence = SEEK_SET, .l_start = 0, .l_len = FAR};
  assert_int_equal(fcntl(fd, F_GETLK, &fl), 0);
  assert_int_equal(fl.l_type, F_UNLCK); /* the range ends just before it */
  assert_int_equal(errno, SUITE_ERRNO_CANARY);

  fl = (struct flock){.l_type = F_WRLCK, .l_whence = SEEK_SET, .l_start = FAR + 56, .l_len = 1};
  EXPECT_LOCK_FAILS(EAGAIN, fd, F_SETLK, &fl);
  fl.l_type = 99;
  EXPECT_LOCK_FAILS(EINVAL, fd, F_SETLK, &fl);
  EXPECT_LOCK_FAILS(EFAULT, fd, F_GETLK, (struct flock *)NULL);
  int ro = open(path, O_RDONLY);
  assert_true(ro >= 0);
  fl = (struct flock){.l_type = F_WRLCK, .l_whence = SEEK_SET, .l_start = 0, .l_len = 1};
  EXPECT_LOCK_FAILS(EBADF, ro, F_SETLK, &fl); /* a write lock needs a writable descriptor */
  assert_int_equal(close(ro), 0);
  assert_int_equal(close(other), 0);
  assert_int_equal(close(fd), 0);
}

static void test_fcntl_ofd_locks(void **state) {
  (void)state;
  const char *path;
  int fd = lock_file(&path);
  int other = open(path, O_RDWR);
  assert_true(other >= 0);
  struct oracle_lock seen;
  errno = SUITE_ERRNO_CANARY;
  struct flock fl = {.l_type = F_WRLCK, .l_whence = SEEK_SET, .l_start = FAR, .l_len = 10};
  assert_int_equal(fcntl(fd, F_OFD_SETLK, &fl), 0);
  assert_int_equal(oracle_lock_query(other, 1, F_RDLCK, FAR + 9, 1, &seen), 0);
  assert_int_equal(seen.type, F_WRLCK);
  assert_int_equal(seen.start, FAR);
  assert_int_equal(seen.len, 10);
  assert_int_equal(seen.pid, -1);
  fl = (struct flock){.l_type = F_RDLCK, .l_whence = SEEK_SET};
  assert_int_equal(fcntl(other, F_OFD_GETLK, &fl), 0);
  assert_int_equal(fl.l_type, F_WRLCK);
  assert_int_equal(fl.l_start, FAR);
  assert_int_equal(fl.l_len, 10);
  fl = (struct flock){.l_type = F_WRLCK, .l_whence = SEEK_SET, .l_start = 0, .l_len = 5};
  assert_int_equal(fcntl(other, F_OFD_SETLKW, &fl), 0); /* free: no wait */
  assert_int_equal(oracle_lock_query(fd, 1, F_RDLCK, 0, 0, &seen), 0);
  assert_int_equal(seen.type, F_WRLCK);
  assert_int_equal(seen.start, 0);
  assert_int_equal(seen.len, 5);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);

  fl = (struct flock){.l_type = F_RDLCK, .l_whence = SEEK_SET, .l_start = FAR + 3, .l_len = 1};
  EXPECT_LOCK_FAILS(EAGAIN, other, F_OFD_SETLK, &fl);
  fl.l_pid = 1; /* must be 0 for an OFD lock */
  EXPECT_LOCK_FAILS(EINVAL, other, F_OFD_SETLK, &fl);
  fl = (struct flock){.l_type = F_UNLCK, .l_whence = SEEK_SET, .l_start = FAR, .l_len = 10};
  assert_int_equal(fcntl(fd, F_OFD_SETLK, &fl), 0);
  assert_int_equal(oracle_lock_query(other, 1, F_WRLCK, FAR, 10, &seen), 0);
  assert_int_equal(seen.type, F_UNLCK);
  assert_int_equal(close(other), 0);
  assert_int_equal(close(fd), 0);
}

/* --- pipes, seals, owners, leases ------------------------------------------------ */

static void test_fcntl_pipe_size(void **state) {
  (void)state;
  int p[2];
  assert_int_equal(oracle_pipe(p), 0);
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(fcntl(p[0], F_GETPIPE_SZ), oracle_pipe_size(p[0]));
  int got = fcntl(p[1], F_SETPIPE_SZ, 3 * 65536);
  assert_true(got >= 3 * 65536); /* rounded up to a power of two pages */
  assert_int_equal(oracle_pipe_size(p[0]), got);
  assert_int_equal(fcntl(p[0], F_GETPIPE_SZ), got);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);

  static char fill[3 * 4096];
  assert_int_equal(oracle_write(p[1], fill, sizeof fill), sizeof fill);
  EXPECT_BOTH_FAIL(EBUSY, fcntl, p[1], F_SETPIPE_SZ, 4096); /* holds more than that */
  int fd = suite_empty_file("pipe-size", NULL);
  EXPECT_BOTH_FAIL(EBADF, fcntl, fd, F_GETPIPE_SZ, 0);
  assert_int_equal(oracle_pipe_size(p[0]), got);
  assert_int_equal(close(fd), 0);
  assert_int_equal(close(p[0]), 0);
  assert_int_equal(close(p[1]), 0);
}

static void test_fcntl_seals(void **state) {
  (void)state;
  errno = SUITE_ERRNO_CANARY;
  int fd = memfd_create("seals", MFD_ALLOW_SEALING);
  assert_true(fd >= 0);
  assert_int_equal(fcntl(fd, F_GET_SEALS), 0);
  assert_int_equal(ftruncate(fd, 4096), 0);
  assert_int_equal(fcntl(fd, F_ADD_SEALS, F_SEAL_SHRINK | F_SEAL_GROW), 0);
  assert_int_equal(oracle_seals(fd), F_SEAL_SHRINK | F_SEAL_GROW);
  assert_int_equal(fcntl(fd, F_GET_SEALS), F_SEAL_SHRINK | F_SEAL_GROW);
  assert_int_equal(pwrite(fd, "in place", 8, 0), 8); /* writing within the size is fine */
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  EXPECT_BOTH_FAIL(EPERM, ftruncate, fd, 8192);
  EXPECT_BOTH_FAIL(EPERM, ftruncate, fd, 0);
  EXPECT_BOTH_FAIL(EPERM, pwrite, fd, "x", 1, 4096);
  assert_int_equal(fcntl(fd, F_ADD_SEALS, F_SEAL_SEAL), 0);
  EXPECT_BOTH_FAIL(EPERM, fcntl, fd, F_ADD_SEALS, F_SEAL_WRITE);
  assert_int_equal(close(fd), 0);

  /* Without MFD_ALLOW_SEALING the memfd starts sealed against sealing. */
  fd = memfd_create("unsealable", 0);
  assert_true(fd >= 0);
  assert_int_equal(oracle_seals(fd), F_SEAL_SEAL);
  EXPECT_BOTH_FAIL(EPERM, fcntl, fd, F_ADD_SEALS, F_SEAL_GROW);
  assert_int_equal(close(fd), 0);
}

static void test_fcntl_owner_and_signal(void **state) {
  (void)state;
  int p[2];
  assert_int_equal(oracle_pipe(p), 0);
  int pid = (int)oracle_getpid(), err;
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(fcntl(p[0], F_SETOWN, pid), 0);
  assert_int_equal(fcntl(p[0], F_GETOWN), pid);
  assert_int_equal(glibc_fcntl(p[0], F_GETOWN, 0, &err), pid);
  struct f_owner_ex ex = {F_OWNER_PGRP, 0};
  assert_int_equal(fcntl(p[0], F_GETOWN_EX, &ex), 0);
  assert_int_equal(ex.type, F_OWNER_PID);
  assert_int_equal(ex.pid, pid);
  ex = (struct f_owner_ex){F_OWNER_TID, pid};
  assert_int_equal(fcntl(p[0], F_SETOWN_EX, &ex), 0);
  ex = (struct f_owner_ex){-1, -1};
  assert_int_equal(fcntl(p[0], F_GETOWN_EX, &ex), 0);
  assert_int_equal(ex.type, F_OWNER_TID);
  assert_int_equal(ex.pid, pid);
  assert_int_equal(fcntl(p[0], F_SETSIG, 10), 0);
  assert_int_equal(fcntl(p[0], F_GETSIG), 10);
  assert_int_equal(glibc_fcntl(p[0], F_GETSIG, 0, &err), 10);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  EXPECT_BOTH_FAIL(EINVAL, fcntl, p[0], F_SETSIG, 1000);
  assert_int_equal(close(p[0]), 0);
  assert_int_equal(close(p[1]), 0);
}

static void test_fcntl_lease(void **state) {
  (void)state;
  static const char text[] = "leased";
  int fd = suite_file("lease", text, sizeof text - 1, O_RDONLY);
  int err;
  errno = SUITE_ERRNO_CANARY;
  int r = fcntl(fd, F_SETLEASE, F_RDLCK);
  int e = errno;
  if (r != 0 && glibc_fcntl(fd, F_SETLEASE, F_RDLCK, &err) != 0 && err == e)
    SKIP_BECAUSE("leases are refused here, to glibc as well (fs.leases-enable?)");
  assert_int_equal(r, 0);
  assert_int_equal(e, SUITE_ERRNO_CANARY);
  assert_int_equal(fcntl(fd, F_GETLEASE), F_RDLCK);
  assert_int_equal(glibc_fcntl(fd, F_GETLEASE, 0, &err), F_RDLCK);
  assert_int_equal(fcntl(fd, F_SETLEASE, F_UNLCK), 0);
  assert_int_equal(glibc_fcntl(fd, F_GETLEASE, 0, &err), F_UNLCK);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  EXPECT_BOTH_FAIL(EINVAL, fcntl, fd, F_SETLEASE, 99);
  assert_int_equal(close(fd), 0);
}

/* --- failures, raw layer, registers ----------------------------------------------- */

static void test_fcntl_errors(void **state) {
  (void)state;
  int fd = suite_empty_file("fcntl-err", NULL);
  EXPECT_BOTH_FAIL(EBADF, fcntl, -1, F_GETFD, 0);
  EXPECT_BOTH_FAIL(EINVAL, fcntl, fd, 0x7777, 0); /* no such command */
  assert_int_equal(close(fd), 0);
  EXPECT_BOTH_FAIL(EBADF, fcntl, fd, F_GETFL, 0); /* closed a moment ago */
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(sys_fcntl(-1, F_GETFD, 0), -EBADF);
  assert_int_equal(sys_fcntl(0, 0x7777, 0), -EINVAL);
  assert_int_equal(sys_fcntl(0, F_DUPFD, (unsigned long)-1), -EINVAL);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
}

struct fcntl_call {
  int fd, cmd, value;
  void *ptr; /* passed instead of value when not NULL */
};

static void call_fcntl(void *arg) {
  const struct fcntl_call *c = arg;
  if (c->ptr)
    fcntl(c->fd, c->cmd, c->ptr);
  else
    fcntl(c->fd, c->cmd, c->value);
}

#ifdef __i386__
#define SYS_FCNTL_HERE SYS_fcntl64
#else
#define SYS_FCNTL_HERE SYS_fcntl
#endif

/* What reaches the kernel as fcntl's third argument, by kind of command. */
static void test_fcntl_registers(void **state) {
  (void)state;
  int fd = suite_empty_file("fcntl-traced", NULL);
  struct flock fl = {.l_type = F_RDLCK, .l_whence = SEEK_SET};
  struct {
    struct fcntl_call call;
    unsigned long long want;
  } cases[] = {
      {{fd, F_GETFD, 0x5a5a, NULL}, 0},            /* takes nothing: 0 */
      {{fd, F_SETFD, -1, NULL}, SUITE_REG(-1)},    /* an int, sign-extended */
      {{fd, F_SETFL, O_APPEND, NULL}, O_APPEND},   /* an int */
      {{fd, F_GETLK, 0, &fl}, SUITE_REG(&fl)},     /* a pointer */
      {{fd, F_OFD_GETLK, 0, &fl}, SUITE_REG(&fl)}, /* a pointer */
      {{fd, 0x7777, 0, &fl}, SUITE_REG(&fl)},      /* unknown: pointer-sized */
  };
  for (unsigned i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    struct oracle_syscall seen = suite_trace(call_fcntl, &cases[i].call, SYS_FCNTL_HERE);
    assert_int_equal(seen.args[0], fd);
    assert_int_equal(seen.args[1], SUITE_REG(cases[i].call.cmd));
    assert_int_equal(seen.args[2], cases[i].want);
  }
  assert_int_equal(close(fd), 0);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_fcntl_fd_flags),  cmocka_unit_test(test_fcntl_status_flags),
      cmocka_unit_test(test_fcntl_dupfd),     cmocka_unit_test(test_fcntl_posix_locks),
      cmocka_unit_test(test_fcntl_ofd_locks), cmocka_unit_test(test_fcntl_pipe_size),
      cmocka_unit_test(test_fcntl_seals),     cmocka_unit_test(test_fcntl_owner_and_signal),
      cmocka_unit_test(test_fcntl_lease),     cmocka_unit_test(test_fcntl_errors),
      cmocka_unit_test(test_fcntl_registers),
  };
  return cmocka_run_group_tests(tests, NULL, suite_teardown);
}
