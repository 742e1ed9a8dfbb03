/* readv(2), writev(2), preadv(2), pwritev(2), preadv2(2), pwritev2(2),
 * process_vm_readv(2) and process_vm_writev(2) (sysgate/uio.h): against glibc (or its
 * syscall(2)) on the same input, the file as glibc reads it, the registers the kernel
 * saw for the positioned calls, and our own memory moved through the process_vm calls.
 *
 * Not obvious: the positioned calls go past 4 GiB, where i386 passes the offset in two
 * halves; a process_vm transfer that fails part-way returns the bytes moved so far, one
 * that fails in its first piece is -1 with EFAULT.
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

static void test_process_vm(void **state) {
  (void)state;
  char src[] = "process_vm_readv", a[8] = {0}, b[16] = {0};
  struct iovec local[2] = {{a, 7}, {b, 9}}, remote[1] = {{src, 16}};
  pid_t me = getpid();
  errno = SUITE_ERRNO_CANARY;
  ssize_t n = process_vm_readv(me, local, 2, remote, 1, 0);
  if (n < 0 && (errno == EPERM || errno == ENOSYS))
    SKIP_BECAUSE("process_vm_readv is refused here");
  assert_int_equal(n, 16);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  assert_memory_equal(a, "process", 7);
  assert_memory_equal(b, "_vm_readv", 9);
  char dst[17] = {0};
  struct iovec there[2] = {{dst, 10}, {dst + 10, 6}};
  assert_int_equal(process_vm_writev(me, local, 2, there, 2, 0), 16);
  assert_string_equal(dst, "process_vm_readv");
  struct iovec bad[1] = {{(void *)8, 4}};
  SAME_RESULT(
      process_vm_readv(me, local, 2, bad, 1, 0),
      glibc_syscall(&glibc_errno, SYS_process_vm_readv, me, (long)local, 2, (long)bad, 1, 0));
  SAME_RESULT(
      process_vm_writev(me, local, 2, bad, 1, 0),
      glibc_syscall(&glibc_errno, SYS_process_vm_writev, me, (long)local, 2, (long)bad, 1, 0));
  SAME_RESULT(
      process_vm_readv(me, local, 2, remote, 1, 1),
      glibc_syscall(&glibc_errno, SYS_process_vm_readv, me, (long)local, 2, (long)remote, 1, 1));
  SAME_RESULT(process_vm_readv(0x7ffffff0, local, 2, remote, 1, 0),
              glibc_syscall(&glibc_errno, SYS_process_vm_readv, 0x7ffffff0, (long)local, 2,
                            (long)remote, 1, 0));
  struct iovec half[2] = {{src, 16}, {(void *)8, 4}}; /* the second piece faults */
  SAME_RESULT(
      process_vm_readv(me, local, 2, half, 2, 0),
      glibc_syscall(&glibc_errno, SYS_process_vm_readv, me, (long)local, 2, (long)half, 2, 0));
}

/* Offsets whose two 32-bit halves are both non-zero and distinct:
 * FAR is 0x1_4000_1234. */
/* i386 has _llseek (high word first, result through a pointer); x86_64 lseek. */
/* --- readv, writev ----------------------------------------------------------- */

static void test_readv_writev(void **state) {
  (void)state;
  const char *path;
  int fd = suite_empty_file("readv", &path);
  struct iovec out[3] = {{"sys", 3}, {"", 0}, {"gate!", 5}};
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(writev(fd, out, 3), 8);
  char back[16];
  assert_int_equal(oracle_read_file(path, back, sizeof back), 8);
  assert_memory_equal(back, "sysgate!", 8);
  assert_int_equal(suite_offset(fd), 8); /* unlike pwritev, it moved the offset */

  assert_int_equal(lseek(fd, 0, SEEK_SET), 0);
  char a[2], b[4], c[8];
  struct iovec in[3] = {{a, sizeof a}, {b, sizeof b}, {c, sizeof c}};
  assert_int_equal(readv(fd, in, 3), 8); /* fills each buffer in turn */
  assert_memory_equal(a, "sy", 2);
  assert_memory_equal(b, "sgat", 4);
  assert_memory_equal(c, "e!", 2);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);

  static struct iovec many[1025]; /* one more than IOV_MAX */
  for (unsigned i = 0; i < 1025; i++)
    many[i] = (struct iovec){c, 1};
  struct iovec bad = {NULL, 4};
  EXPECT_BOTH_FAIL(EBADF, readv, -1, in, 3);
  EXPECT_BOTH_FAIL(EINVAL, readv, fd, in, -1);
  EXPECT_BOTH_FAIL(EINVAL, writev, fd, many, 1025);
  EXPECT_BOTH_FAIL(EFAULT, writev, fd, &bad, 1);
  EXPECT_BOTH_FAIL(EFAULT, readv, fd, NULL, 1);
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(sys_readv(fd, in, -1), -EINVAL);
  assert_int_equal(sys_writev(-1, out, 3), -EBADF);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  assert_int_equal(close(fd), 0);
}

/* --- preadv, pwritev, preadv2, pwritev2 ------------------------------------- */

static void test_preadv_pwritev(void **state) {
  (void)state;
  int fd = suite_empty_file("preadv", NULL);
  struct iovec out[2] = {{"far ", 4}, {"away", 4}};
  char a[3], b[5];
  struct iovec in[2] = {{a, sizeof a}, {b, sizeof b}};
  int err;
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(pwritev(fd, out, 2, FAR), 8);
  assert_int_equal(glibc_preadv(fd, in, 2, FAR, &err), 8);
  assert_memory_equal(a, "far", 3);
  assert_memory_equal(b, " away", 5);
  assert_int_equal(glibc_pwritev(fd, out + 1, 1, FARTHER, &err), 4);
  assert_int_equal(preadv(fd, in + 1, 1, FARTHER - 1), 5);
  assert_memory_equal(b, "\0away", 5);
  assert_int_equal(suite_offset(fd), 0);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);

  int p[2];
  assert_int_equal(oracle_pipe(p), 0);
  EXPECT_BOTH_FAIL(ESPIPE, preadv, p[0], in, 2, 0);
  EXPECT_BOTH_FAIL(EINVAL, preadv, fd, in, 2, -1);
  EXPECT_BOTH_FAIL(EBADF, pwritev, -1, out, 2, 0);
  EXPECT_BOTH_FAIL(EINVAL, pwritev, fd, out, 2, -GIB);
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(sys_preadv(fd, in, 2, -1), -EINVAL);
  assert_int_equal(sys_pwritev(p[1], out, 2, 0), -ESPIPE);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  assert_int_equal(close(p[0]), 0);
  assert_int_equal(close(p[1]), 0);
  assert_int_equal(close(fd), 0);
}

/* A flag bit no kernel knows: EOPNOTSUPP, which proves the flags arrive. */
#define RWF_UNKNOWN 0x40000000

static void test_preadv2_pwritev2(void **state) {
  (void)state;
  const char *path;
  int fd = suite_empty_file("preadv2", &path);
  struct iovec head = {"head", 4}, tail = {"tail", 4};
  errno = SUITE_ERRNO_CANARY;
  /* Offset -1: at the file offset, which moves. */
  assert_int_equal(pwritev2(fd, &head, 1, -1, 0), 4);
  assert_int_equal(suite_offset(fd), 4);
  assert_int_equal(pwritev2(fd, &head, 1, FAR, 0), 4);
  assert_int_equal(suite_offset(fd), 4);
  /* RWF_APPEND: at the end of the file, whatever the offset says. */
  assert_int_equal(pwritev2(fd, &tail, 1, 0, RWF_APPEND), 4);
  assert_int_equal(suite_size(fd), FAR + 8);
  char buf[8];
  int err;
  assert_int_equal(glibc_pread(fd, buf, 8, FAR, &err), 8);
  assert_memory_equal(buf, "headtail", 8);
  struct iovec in = {buf, 8};
  memset(buf, 0, sizeof buf);
  assert_int_equal(preadv2(fd, &in, 1, FAR + 2, 0), 6);
  assert_memory_equal(buf, "adtail", 6);
  assert_int_equal(lseek(fd, 1, SEEK_SET), 1);
  assert_int_equal(preadv2(fd, &in, 1, -1, 0), 8);
  assert_memory_equal(buf, "ead\0\0\0\0\0", 8);
  assert_int_equal(suite_offset(fd), 9);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);

  EXPECT_BOTH_FAIL(EOPNOTSUPP, preadv2, fd, &in, 1, 0, RWF_UNKNOWN);
  EXPECT_BOTH_FAIL(EOPNOTSUPP, pwritev2, fd, &head, 1, 0, RWF_UNKNOWN);
  EXPECT_BOTH_FAIL(EBADF, preadv2, -1, &in, 1, 0, 0);
  EXPECT_BOTH_FAIL(EINVAL, pwritev2, fd, &head, 1, -2, 0);
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(sys_preadv2(fd, &in, 1, 0, RWF_UNKNOWN), -EOPNOTSUPP);
  assert_int_equal(sys_pwritev2(-1, &head, 1, 0, 0), -EBADF);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  assert_int_equal(close(fd), 0);
}

static void call_preadv(void *arg) {
  const struct io_call *c = arg;
  preadv(c->fd, c->buf, (int)c->len, c->off);
}

static void call_pwritev2(void *arg) {
  const struct io_call *c = arg;
  pwritev2(c->fd, c->buf, (int)c->len, c->off, c->flags);
}

/* The pair (pos_low, pos_high) on both arches; x86_64 leaves the high word 0. */
static void test_preadv_registers(void **state) {
  (void)state;
  char buf[4];
  struct iovec iov = {buf, sizeof buf};
  struct io_call c = {.fd = suite_empty_file("preadv-traced", NULL),
                      .buf = &iov,
                      .len = 1,
                      .off = FAR,
                      .flags = RWF_DSYNC};
  struct oracle_syscall seen = suite_trace(call_preadv, &c, SYS_preadv);
  assert_int_equal(seen.args[0], c.fd);
  assert_int_equal(seen.args[1], SUITE_REG(&iov));
  assert_int_equal(seen.args[2], 1);
  assert_int_equal(seen.args[3], SUITE_I386 ? 0x40001234u : (unsigned long long)FAR);
  assert_int_equal(seen.args[4], SUITE_I386 ? 1 : 0);
  assert_int_equal(seen.ret, 0); /* past the end of an empty file */

  seen = suite_trace(call_pwritev2, &c, SYS_pwritev2);
  assert_int_equal(seen.args[3], SUITE_I386 ? 0x40001234u : (unsigned long long)FAR);
  assert_int_equal(seen.args[4], SUITE_I386 ? 1 : 0);
  assert_int_equal(seen.args[5], RWF_DSYNC);
  assert_int_equal(seen.ret, 4);
  assert_int_equal(suite_size(c.fd), FAR + 4);
  assert_int_equal(close(c.fd), 0);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_process_vm),       cmocka_unit_test(test_readv_writev),
      cmocka_unit_test(test_preadv_pwritev),   cmocka_unit_test(test_preadv2_pwritev2),
      cmocka_unit_test(test_preadv_registers),
  };
  return cmocka_run_group_tests(tests, NULL, suite_teardown);
}
