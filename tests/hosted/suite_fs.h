/* Checks shared by the paths-and-metadata suites (test_stat*.c, test_path*.c,
 * test_dirent.c, test_statfs.c, test_xattr.c). Include after
 * "suite.h" and the oracle headers.
 *
 * Not obvious: FS_FAILS runs the failing call three times, as sysgate's libc
 * layer, as glibc's and as sysgate's raw layer, so its arguments must have no
 * side effects; a failure changes nothing, so the three see the same tree.
 */
#ifndef SYSGATE_TEST_SUITE_FS_H
#define SYSGATE_TEST_SUITE_FS_H

/* A path that outlives oracle_path's eight reused slots. */
struct fs_path {
  char s[160];
};

static inline struct fs_path fs_keep(const char *path) {
  struct fs_path p;
  size_t n = strlen(path);
  assert_true(n < sizeof p.s);
  memcpy(p.s, path, n + 1);
  return p;
}

static inline int fs_open_dir(const char *path) {
  int fd = open(path, O_RDONLY | O_DIRECTORY);
  assert_true(fd >= 0);
  return fd;
}

/* sys_<name> returns -want and leaves errno alone. */
#define FS_SYS_FAILS(want, name, ...)                                                              \
  do {                                                                                             \
    errno = SUITE_ERRNO_CANARY;                                                                    \
    assert_int_equal(sys_##name(__VA_ARGS__), -(long)(want));                                      \
    assert_int_equal(errno, SUITE_ERRNO_CANARY);                                                   \
  } while (0)

/* <name> and glibc_<name> on the same arguments both fail with errno want, and
 * sys_<name> returns -want without touching errno. */
#define FS_FAILS(want, name, ...)                                                                  \
  do {                                                                                             \
    errno = 0;                                                                                     \
    long fs_r_ = (long)name(__VA_ARGS__);                                                          \
    int fs_e_ = errno, fs_ge_ = 0;                                                                 \
    long fs_g_ = (long)glibc_##name(__VA_ARGS__, &fs_ge_);                                         \
    ASSERT_BOTH_FAIL(fs_r_, fs_e_, fs_g_, fs_ge_, want);                                           \
    FS_SYS_FAILS(want, name, __VA_ARGS__);                                                         \
  } while (0)

/* <name> returns 0 and leaves errno alone. */
#define FS_OK(name, ...)                                                                           \
  do {                                                                                             \
    errno = SUITE_ERRNO_CANARY;                                                                    \
    assert_int_equal(name(__VA_ARGS__), 0);                                                        \
    assert_int_equal(errno, SUITE_ERRNO_CANARY);                                                   \
  } while (0)

/* Two field sets of one LIST (oracle_fs.h) are equal; the log names each
 * field that is not. */
#define FS_FIELD_NAME(f) #f,
#define FS_ASSERT_FIELDS(LIST, ours, theirs)                                                       \
  do {                                                                                             \
    static const char *const fs_names_[] = {LIST(FS_FIELD_NAME)};                                  \
    unsigned fs_bad_ = 0;                                                                          \
    for (unsigned fs_i_ = 0; fs_i_ < sizeof fs_names_ / sizeof fs_names_[0]; fs_i_++)              \
      if ((ours)->v[fs_i_] != (theirs)->v[fs_i_]) {                                                \
        print_message("%s: sysgate %lld, glibc %lld\n", fs_names_[fs_i_], (ours)->v[fs_i_],        \
                      (theirs)->v[fs_i_]);                                                         \
        fs_bad_++;                                                                                 \
      }                                                                                            \
    assert_int_equal(fs_bad_, 0);                                                                  \
  } while (0)

/* What the files these suites make hold. */
static const char fs_text[] = "sysgate wrote this";
#define FS_TEXT_LEN (sizeof fs_text - 1)

/* --- the stat suites (test_stat*.c) --- */

/* sysgate's struct stat as a field set of ORACLE_STAT_FIELDS. */
static inline struct oracle_fields stat_fields(const struct stat *st) {
  struct oracle_fields f;
  memset(&f, 0, sizeof f);
  ORACLE_FIELDS(ORACLE_STAT_FIELDS, &f, st);
  return f;
}

/* glibc's view of one file: its stat64 fields. */
static inline struct oracle_fields glibc_fields(const char *path, int follow) {
  struct oracle_fields f;
  int err;
  assert_int_equal(follow ? glibc_stat(path, &f, &err) : glibc_lstat(path, &f, &err), 0);
  return f;
}

#endif
