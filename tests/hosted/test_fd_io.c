/* lseek(2), pread(2), pwrite(2), readv(2), writev(2), preadv(2), pwritev(2),
 * preadv2(2), pwritev2(2), ftruncate(2), truncate(2), fallocate(2): against glibc
 * on the same input, against the file as glibc reads and fstat64s it, and
 * against the registers the kernel saw.
 *
 * Not obvious: every offset test goes past 4 GiB in a sparse file (no disk space
 * used), where an i386 offset needs both halves; and lseek to 4 GiB - 1 returns
 * a value that is -1 as a 32-bit long, which only sysgate_ret_off keeps from
 * being read as an error. On x86_64 the same tests pass trivially, which is the
 * point of running them there.
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

static const char text[] = "0123456789abcdefghij";
#define TEXT_LEN (sizeof text - 1)

/* Offsets whose two 32-bit halves are both non-zero and distinct:
 * FAR is 0x1_4000_1234. */
#define FAR ((off_t)5 * GIB + 0x1234)
#define FARTHER ((off_t)6 * GIB + 0x567)

/* --- lseek ----------------------------------------------------------------- */

static void test_lseek(void **state) {
  (void)state;
  int fd = suite_file("lseek", text, TEXT_LEN, O_RDONLY);
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(lseek(fd, 5, SEEK_SET), 5);
  char c;
  assert_int_equal(read(fd, &c, 1), 1);
  assert_int_equal(c, text[5]);
  assert_int_equal(lseek(fd, -3, SEEK_CUR), 3);
  assert_int_equal(suite_offset(fd), 3);
  assert_int_equal(lseek(fd, -1, SEEK_END), TEXT_LEN - 1);
  assert_int_equal(lseek(fd, 100, SEEK_END), TEXT_LEN + 100); /* past the end is allowed */
  assert_int_equal(suite_offset(fd), TEXT_LEN + 100);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);

  int p[2];
  assert_int_equal(oracle_pipe(p), 0);
  EXPECT_BOTH_FAIL(EBADF, lseek, -1, 0, SEEK_SET);
  EXPECT_BOTH_FAIL(ESPIPE, lseek, p[0], 0, SEEK_SET);
  EXPECT_BOTH_FAIL(EINVAL, lseek, fd, 0, 99);
  EXPECT_BOTH_FAIL(EINVAL, lseek, fd, -1, SEEK_SET);
  EXPECT_BOTH_FAIL(ENXIO, lseek, fd, TEXT_LEN + 1, SEEK_DATA); /* past the end */
  assert_int_equal(suite_offset(fd), TEXT_LEN + 100);          /* the failures moved nothing */
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(sys_lseek(-1, 0, SEEK_SET), -EBADF);
  assert_int_equal(sys_lseek(p[0], 0, SEEK_SET), -ESPIPE);
  assert_int_equal(sys_lseek(fd, -1, SEEK_SET), -EINVAL);
  assert_int_equal(sys_lseek(fd, 7, SEEK_SET), 7);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  assert_int_equal(close(p[0]), 0);
  assert_int_equal(close(p[1]), 0);
  assert_int_equal(close(fd), 0);
}

static void test_lseek_past_4gib(void **state) {
  (void)state;
  int fd = suite_empty_file("sparse", NULL);
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(lseek(fd, 5 * GIB, SEEK_SET), 5 * GIB);
  assert_int_equal(write(fd, "x", 1), 1);
  assert_int_equal(suite_size(fd), 5 * GIB + 1);
  assert_int_equal(lseek(fd, 0, SEEK_CUR), 5 * GIB + 1);
  assert_int_equal(suite_offset(fd), 5 * GIB + 1);
  assert_int_equal(lseek(fd, -1, SEEK_END), 5 * GIB);
  /* The data and the hole before it, where glibc finds them. */
  int err;
  int64_t data = glibc_lseek(fd, 0, SEEK_DATA, &err);
  assert_true(data > 4 * GIB);
  assert_int_equal(lseek(fd, 0, SEEK_DATA), data);
  assert_int_equal(lseek(fd, 0, SEEK_HOLE), glibc_lseek(fd, 0, SEEK_HOLE, &err));
  /* Offsets whose low 32 bits are "negative", down to the -4095..-1 window. */
  off_t edge[] = {2 * GIB, 4 * GIB - 4095, 4 * GIB - 1, 4 * GIB, 8 * GIB - 1};
  for (unsigned i = 0; i < sizeof edge / sizeof edge[0]; i++) {
    assert_int_equal(lseek(fd, edge[i], SEEK_SET), edge[i]);
    assert_int_equal(suite_offset(fd), edge[i]);
    assert_int_equal(sys_lseek(fd, edge[i], SEEK_SET), edge[i]);
  }
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  assert_int_equal(close(fd), 0);
}

struct io_call {
  int fd;
  void *buf;
  size_t len; /* pread's count, preadv's iovcnt */
  off_t off;
  off_t span; /* fallocate's len, which can exceed a size_t */
  int flags;
};

static void call_lseek(void *arg) {
  const struct io_call *c = arg;
  lseek(c->fd, c->off, SEEK_END);
}

/* i386 has _llseek (high word first, result through a pointer); x86_64 lseek. */
#ifdef __i386__
#define SYS_LSEEK_HERE SYS__llseek
#else
#define SYS_LSEEK_HERE SYS_lseek
#endif

static void test_lseek_registers(void **state) {
  (void)state;
  struct io_call c = {.fd = suite_empty_file("lseek-traced", NULL), .off = FAR};
  struct oracle_syscall seen = suite_trace(call_lseek, &c, SYS_LSEEK_HERE);
  assert_int_equal(seen.args[0], c.fd);
  if (SUITE_I386) {
    assert_int_equal(seen.args[1], 1);           /* high word */
    assert_int_equal(seen.args[2], 0x40001234u); /* low word */
    assert_true(seen.args[3] != 0);              /* where the result goes */
    assert_int_equal(seen.args[4], SEEK_END);
    assert_int_equal(seen.ret, 0);
  } else {
    assert_int_equal(seen.args[1], FAR);
    assert_int_equal(seen.args[2], SEEK_END);
    assert_int_equal(seen.ret, FAR);
  }
  assert_int_equal(close(c.fd), 0);
}

/* --- pread, pwrite --------------------------------------------------------- */

static void test_pread_pwrite(void **state) {
  (void)state;
  const char *path;
  int fd = suite_empty_file("pread", &path);
  assert_int_equal(write(fd, text, TEXT_LEN), TEXT_LEN);
  assert_int_equal(lseek(fd, 3, SEEK_SET), 3);
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(pwrite(fd, "XYZ", 3, 10), 3);
  char buf[TEXT_LEN + 1];
  assert_int_equal(oracle_read_file(path, buf, sizeof buf), TEXT_LEN);
  assert_memory_equal(buf, "0123456789XYZdefghij", TEXT_LEN);
  memset(buf, 0, sizeof buf);
  assert_int_equal(pread(fd, buf, 5, 8), 5);
  assert_memory_equal(buf, "89XYZ", 5);
  assert_int_equal(pread(fd, buf, 5, TEXT_LEN - 2), 2); /* short at the end */
  assert_int_equal(pread(fd, buf, 5, TEXT_LEN), 0);
  assert_int_equal(suite_offset(fd), 3); /* neither moved the file offset */

  /* Past 4 GiB, each side reading what the other wrote. */
  int err;
  assert_int_equal(pwrite(fd, "sysgate", 7, FAR), 7);
  assert_int_equal(glibc_pread(fd, buf, 7, FAR, &err), 7);
  assert_memory_equal(buf, "sysgate", 7);
  assert_int_equal(glibc_pwrite(fd, "glibc", 5, FARTHER, &err), 5);
  assert_int_equal(pread(fd, buf, 5, FARTHER), 5);
  assert_memory_equal(buf, "glibc", 5);
  assert_int_equal(suite_size(fd), FARTHER + 5);
  assert_int_equal(suite_offset(fd), 3);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);

  int p[2];
  assert_int_equal(oracle_pipe(p), 0);
  int ro = open(path, O_RDONLY);
  assert_true(ro >= 0);
  EXPECT_BOTH_FAIL(EBADF, pread, -1, buf, 1, 0);
  EXPECT_BOTH_FAIL(ESPIPE, pread, p[0], buf, 1, 0);
  EXPECT_BOTH_FAIL(EINVAL, pread, fd, buf, 1, -1);
  EXPECT_BOTH_FAIL(EFAULT, pread, fd, NULL, 1, 0);
  EXPECT_BOTH_FAIL(EBADF, pwrite, ro, "x", 1, 0);
  EXPECT_BOTH_FAIL(ESPIPE, pwrite, p[1], "x", 1, 0);
  EXPECT_BOTH_FAIL(EINVAL, pwrite, fd, "x", 1, -GIB);
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(sys_pread(p[0], buf, 1, 0), -ESPIPE);
  assert_int_equal(sys_pread(fd, buf, 1, -1), -EINVAL);
  assert_int_equal(sys_pwrite(ro, "x", 1, 0), -EBADF);
  assert_int_equal(sys_pwrite(fd, "x", 1, -1), -EINVAL);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  assert_int_equal(close(ro), 0);
  assert_int_equal(close(p[0]), 0);
  assert_int_equal(close(p[1]), 0);
  assert_int_equal(close(fd), 0);
}

static void call_pread(void *arg) {
  const struct io_call *c = arg;
  pread(c->fd, c->buf, c->len, c->off);
}

static void call_pwrite(void *arg) {
  const struct io_call *c = arg;
  pwrite(c->fd, c->buf, c->len, c->off);
}

/* Offset arguments from `first` on: (low, high) on i386, one register on x86_64. */
static void assert_offset_args(const struct oracle_syscall *seen, int first, off_t off) {
  if (SUITE_I386) {
    assert_int_equal(seen->args[first], (uint32_t)off);
    assert_int_equal(seen->args[first + 1], (uint32_t)((uint64_t)off >> 32));
  } else {
    assert_int_equal(seen->args[first], off);
  }
}

static void test_pread_pwrite_registers(void **state) {
  (void)state;
  char buf[8] = "traced!";
  struct io_call c = {
      .fd = suite_empty_file("pread-traced", NULL), .buf = buf, .len = 7, .off = FAR};
  struct oracle_syscall seen = suite_trace(call_pwrite, &c, SYS_pwrite64);
  assert_int_equal(seen.args[0], c.fd);
  assert_int_equal(seen.args[1], SUITE_REG(buf));
  assert_int_equal(seen.args[2], 7);
  assert_offset_args(&seen, 3, FAR);
  assert_int_equal(seen.ret, 7); /* and it wrote there: */
  assert_int_equal(suite_size(c.fd), FAR + 7);

  seen = suite_trace(call_pread, &c, SYS_pread64);
  assert_int_equal(seen.args[0], c.fd);
  assert_int_equal(seen.args[2], 7);
  assert_offset_args(&seen, 3, FAR);
  assert_int_equal(seen.ret, 7);
  assert_int_equal(close(c.fd), 0);
}

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

/* --- ftruncate, truncate ----------------------------------------------------- */

static void test_truncate(void **state) {
  (void)state;
  const char *path;
  int fd = suite_empty_file("truncate", &path);
  assert_int_equal(write(fd, text, TEXT_LEN), TEXT_LEN);
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(ftruncate(fd, 6 * GIB), 0);
  assert_int_equal(suite_size(fd), 6 * GIB);
  assert_int_equal(ftruncate(fd, 10), 0);
  assert_int_equal(suite_size(fd), 10);
  char buf[TEXT_LEN];
  assert_int_equal(oracle_read_file(path, buf, sizeof buf), 10);
  assert_memory_equal(buf, text, 10); /* what stays is untouched */
  assert_int_equal(truncate(path, FARTHER), 0);
  assert_int_equal(suite_size(fd), FARTHER);
  assert_int_equal(truncate(path, 4), 0);
  assert_int_equal(suite_size(fd), 4);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);

  int ro = open(path, O_RDONLY);
  assert_true(ro >= 0);
  EXPECT_BOTH_FAIL(EBADF, ftruncate, -1, 0);
  EXPECT_BOTH_FAIL(EINVAL, ftruncate, fd, -1);
  EXPECT_BOTH_FAIL(EINVAL, ftruncate, ro, 0); /* not open for writing */
  EXPECT_BOTH_FAIL(ENOENT, truncate, oracle_path("missing"), 0);
  EXPECT_BOTH_FAIL(EISDIR, truncate, oracle_tmpdir(), 0);
  EXPECT_BOTH_FAIL(EINVAL, truncate, path, -GIB);
  assert_int_equal(suite_size(fd), 4);
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(sys_ftruncate(fd, -1), -EINVAL);
  assert_int_equal(sys_truncate(oracle_path("missing"), 0), -ENOENT);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  assert_int_equal(close(ro), 0);
  assert_int_equal(close(fd), 0);
}

struct truncate_call {
  int fd;
  const char *path;
  off_t len;
};

static void call_ftruncate(void *arg) {
  const struct truncate_call *c = arg;
  ftruncate(c->fd, c->len);
}

static void call_truncate(void *arg) {
  const struct truncate_call *c = arg;
  truncate(c->path, c->len);
}

#ifdef __i386__
#define SYS_FTRUNCATE_HERE SYS_ftruncate64
#define SYS_TRUNCATE_HERE SYS_truncate64
#else
#define SYS_FTRUNCATE_HERE SYS_ftruncate
#define SYS_TRUNCATE_HERE SYS_truncate
#endif

static void test_truncate_registers(void **state) {
  (void)state;
  struct truncate_call c = {0, NULL, FARTHER};
  c.fd = suite_empty_file("truncate-traced", &c.path);
  struct oracle_syscall seen = suite_trace(call_ftruncate, &c, SYS_FTRUNCATE_HERE);
  assert_int_equal(seen.args[0], c.fd);
  assert_offset_args(&seen, 1, FARTHER);
  assert_int_equal(seen.ret, 0);
  assert_int_equal(suite_size(c.fd), FARTHER);
  c.len = FAR;
  seen = suite_trace(call_truncate, &c, SYS_TRUNCATE_HERE);
  assert_int_equal(seen.args[0], SUITE_REG(c.path));
  assert_offset_args(&seen, 1, FAR);
  assert_int_equal(seen.ret, 0);
  assert_int_equal(suite_size(c.fd), FAR);
  assert_int_equal(close(c.fd), 0);
}

/* --- fallocate --------------------------------------------------------------- */

static void test_fallocate(void **state) {
  (void)state;
  int fd = suite_empty_file("fallocate", NULL);
  static char block[8192];
  memset(block, 'A', sizeof block);
  assert_int_equal(write(fd, block, sizeof block), sizeof block);
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(fallocate(fd, 0, FAR, 4096), 0);
  assert_int_equal(suite_size(fd), FAR + 4096);
  assert_int_equal(fallocate(fd, FALLOC_FL_KEEP_SIZE, FARTHER, 4096), 0);
  assert_int_equal(suite_size(fd), FAR + 4096);
  int r = fallocate(fd, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE, 0, 4096);
  int e = errno;
  if (r != 0 && e == EOPNOTSUPP)
    SKIP_BECAUSE("the filesystem of the test directory cannot punch holes");
  assert_int_equal(r, 0);
  assert_int_equal(e, SUITE_ERRNO_CANARY);
  static char back[8192];
  int err;
  assert_int_equal(glibc_pread(fd, back, sizeof back, 0, &err), sizeof back);
  for (unsigned i = 0; i < sizeof back; i++)
    assert_int_equal(back[i], i < 4096 ? 0 : 'A');

  int p[2];
  assert_int_equal(oracle_pipe(p), 0);
  EXPECT_BOTH_FAIL(EBADF, fallocate, -1, 0, 0, 1);
  EXPECT_BOTH_FAIL(EINVAL, fallocate, fd, 0, 0, 0);
  EXPECT_BOTH_FAIL(EINVAL, fallocate, fd, 0, -1, 1);
  EXPECT_BOTH_FAIL(ESPIPE, fallocate, p[1], 0, 0, 1);
  EXPECT_BOTH_FAIL(EOPNOTSUPP, fallocate, fd, FALLOC_FL_PUNCH_HOLE, 0, 1); /* needs KEEP_SIZE */
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(sys_fallocate(fd, 0, 0, 0), -EINVAL);
  assert_int_equal(sys_fallocate(-1, 0, 0, 1), -EBADF);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  assert_int_equal(close(p[0]), 0);
  assert_int_equal(close(p[1]), 0);
  assert_int_equal(close(fd), 0);
}

static void call_fallocate(void *arg) {
  const struct io_call *c = arg;
  fallocate(c->fd, c->flags, c->off, c->span);
}

static void test_fallocate_registers(void **state) {
  (void)state;
  /* A read-only descriptor: the kernel sees every register, then refuses,
   * so the 4 GiB length never reaches the disk. */
  int fd = suite_file("fallocate-traced", text, TEXT_LEN, O_RDONLY);
  struct io_call c = {.fd = fd, .off = FAR, .span = 4 * GIB + 0x2000, .flags = FALLOC_FL_KEEP_SIZE};
  struct oracle_syscall seen = suite_trace(call_fallocate, &c, SYS_fallocate);
  assert_int_equal(seen.args[0], fd);
  assert_int_equal(seen.args[1], FALLOC_FL_KEEP_SIZE);
  assert_offset_args(&seen, 2, FAR);
  assert_offset_args(&seen, SUITE_I386 ? 4 : 3, c.span);
  assert_int_equal(seen.ret, -EBADF);
  assert_int_equal(close(fd), 0);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_lseek),
      cmocka_unit_test(test_lseek_past_4gib),
      cmocka_unit_test(test_lseek_registers),
      cmocka_unit_test(test_pread_pwrite),
      cmocka_unit_test(test_pread_pwrite_registers),
      cmocka_unit_test(test_readv_writev),
      cmocka_unit_test(test_preadv_pwritev),
      cmocka_unit_test(test_preadv2_pwritev2),
      cmocka_unit_test(test_preadv_registers),
      cmocka_unit_test(test_truncate),
      cmocka_unit_test(test_truncate_registers),
      cmocka_unit_test(test_fallocate),
      cmocka_unit_test(test_fallocate_registers),
  };
  return cmocka_run_group_tests(tests, NULL, suite_teardown);
}
