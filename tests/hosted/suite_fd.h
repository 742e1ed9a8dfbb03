/* Checks shared by the descriptor and memory suites (test_fd*.c, test_fcntl.c,
 * test_mm*.c, test_brk.c). Include after "suite.h" and the oracle headers.
 *
 * Not obvious: EXPECT_BOTH_FAIL evaluates its arguments twice, once for
 * sysgate's call and once for glibc's, so they must have no side effects; the
 * two calls see the same values, which is the point.
 */
#ifndef SYSGATE_TEST_SUITE_FD_H
#define SYSGATE_TEST_SUITE_FD_H

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

#endif
