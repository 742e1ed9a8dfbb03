/* Checks shared by the descriptor and memory suites (test_fd*.c, test_fcntl.c,
 * test_fdctl*.c, test_unistd.c, test_uio.c, test_sendfile.c, test_file.c, test_mm*.c,
 * test_brk.c). Include after "suite.h" and the oracle headers.
 *
 * Not obvious: EXPECT_BOTH_FAIL evaluates its arguments twice, once for
 * sysgate's call and once for glibc's, so they must have no side effects; the
 * two calls see the same values, which is the point.
 */
#ifndef SYSGATE_TEST_SUITE_FD_H
#define SYSGATE_TEST_SUITE_FD_H

#include "oracle_fd.h"
#include "oracle_mm.h"

#define GIB ((off_t)1 << 30)

/* sysgate's name(args) and glibc_name(args, &err) both fail with errno `want`. */
#define EXPECT_BOTH_FAIL(want, name, ...)                                                          \
  do {                                                                                             \
    int their_err_ = 0;                                                                            \
    errno = 0;                                                                                     \
    long ours_ = (long)name(__VA_ARGS__);                                                          \
    int our_err_ = errno;                                                                          \
    long theirs_ = (long)glibc_##name(__VA_ARGS__, &their_err_);                                   \
    ASSERT_BOTH_FAIL(ours_, our_err_, theirs_, their_err_, (want));                                \
  } while (0)

/* A fresh file holding len bytes of data, open with `flags`. */
static inline int suite_file(const char *name, const void *data, size_t len, int flags) {
  int fd = open(oracle_make_file(name, data, len), flags);
  assert_true(fd >= 0);
  return fd;
}

/* A new empty file, open read-write; its path in *path if path is not NULL. */
static inline int suite_empty_file(const char *name, const char **path) {
  const char *p = oracle_path(name);
  int fd = open(p, O_RDWR | O_CREAT | O_TRUNC, 0644);
  assert_true(fd >= 0);
  if (path)
    *path = p;
  return fd;
}

/* The file's size, as glibc's fstat64 has it. */
static inline unsigned long long suite_size(int fd) {
  struct oracle_stat st;
  assert_int_equal(oracle_fstat(fd, &st), 0);
  return st.size;
}

/* The descriptor's file offset, as glibc's lseek64 has it. */
static inline int64_t suite_offset(int fd) {
  int err;
  return glibc_lseek(fd, 0, SEEK_CUR, &err);
}

/* What the small files of these suites hold. */
static const char fd_text[] = "sysgate reads this";
#define FD_TEXT_LEN (sizeof fd_text - 1)
/* A file whose first ten bytes are the digits of their offsets. */
static const char fd_digits[] = "0123456789abcdefghij";
#define FD_DIGITS_LEN (sizeof fd_digits - 1)

/* Offsets past 4 GiB, where an i386 offset needs both halves. */
#define FAR ((off_t)5 * GIB + 0x1234)
#define FARTHER ((off_t)6 * GIB + 0x567)

static inline int open_or_fail(const char *path, int flags) {
  int fd = open(path, flags);
  assert_true(fd >= 0);
  return fd;
}

/* One call's arguments, for the function a traced child runs (suite_trace). */
struct io_call {
  int fd;
  void *buf;
  size_t len; /* pread's count, preadv's iovcnt */
  off_t off;
  off_t span; /* fallocate's len, which can exceed a size_t */
  int flags;
};

/* Offset arguments from `first` on: (low, high) on i386, one register on x86_64. */
static inline void assert_offset_args(const struct oracle_syscall *seen, int first, off_t off) {
  if (SUITE_I386) {
    assert_int_equal(seen->args[first], (uint32_t)off);
    assert_int_equal(seen->args[first + 1], (uint32_t)((uint64_t)off >> 32));
  } else {
    assert_int_equal(seen->args[first], off);
  }
}

/* A sparse file with fd_digits at offset 0 and "far!" at FAR. */
static inline int two_ended_file(const char *name) {
  int fd = suite_empty_file(name, NULL);
  int err;
  assert_int_equal(write(fd, fd_digits, FD_DIGITS_LEN), FD_DIGITS_LEN);
  assert_int_equal(glibc_pwrite(fd, "far!", 4, FAR, &err), 4);
  assert_int_equal(lseek(fd, 0, SEEK_SET), 0);
  return fd;
}

/* The next len bytes glibc reads from fd are want. */
static inline void expect_pipe_holds(int fd, const char *want, size_t len) {
  char buf[64];
  assert_true(len <= sizeof buf);
  assert_int_equal(oracle_read(fd, buf, len), len);
  assert_memory_equal(buf, want, len);
}

/* --- memory (test_mm*.c) --- */

#define MM_PAGE 4096ul

/* n fresh private pages, readable and writable. */
static inline unsigned char *mm_pages(size_t n) {
  unsigned char *p =
      mmap(NULL, n * MM_PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  assert_ptr_not_equal(p, MAP_FAILED);
  return p;
}

/* A page-aligned address with nothing mapped: the second of two pages, unmapped. */
static inline unsigned char *mm_hole(void) {
  unsigned char *p = mm_pages(2);
  assert_int_equal(munmap(p, 2 * MM_PAGE), 0);
  return p + MM_PAGE;
}

/* What /proc/self/smaps says of the mapping at addr (oracle_vma). */
static inline struct oracle_vma mm_vma_of(const void *addr) {
  struct oracle_vma v;
  assert_int_equal(oracle_vma(addr, &v), 0);
  return v;
}

#endif
