/* opendir/readdir/closedir, telldir/seekdir/rewinddir, scandir/alphasort, nftw and
 * ftw (sysgate/dirent.h, sysgate/ftw.h) against glibc's over one tree (oracle_dir.c):
 * every call of a walk, with its typeflag, level, base, path, mode and current
 * directory, for every combination of the four nftw flags, and with the walk stopped
 * by the callback at each step; readdir's entries field by field, in order.
 *
 * Not obvious: both sides read the same directories with getdents64, so even the
 * unsorted orders (readdir, nftw, scandir without compar) must be identical.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "oracle.h"
#include "oracle_dir.h"
#include <sysgate.h>

#include "suite.h"

#define LOG_SIZE 65536
static char ours[LOG_SIZE], theirs[LOG_SIZE];
static char tree[4096];
static size_t used;

static void add(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static void add(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(ours + used, sizeof ours - used, fmt, ap);
  va_end(ap);
  assert_true(n >= 0 && (size_t)n < sizeof ours - used);
  used += (size_t)n;
}

static int calls, stop;

static int log_call(const char *path, const struct stat *st, int type, int level, int base) {
  char cwd[4096];
  const char *last = getcwd(cwd, sizeof cwd) ? strrchr(cwd, '/') + 1 : "?";
  add(ORACLE_NFTW_LINE, type, level, base, path, type == FTW_NS ? 0u : (unsigned)st->st_mode, last);
  return ++calls == stop ? 100 + calls : 0;
}

static int nftw_cb(const char *path, const struct stat *st, int type, struct FTW *ftw) {
  return log_call(path, st, type, ftw->level, ftw->base);
}

static int ftw_cb(const char *path, const struct stat *st, int type) {
  return log_call(path, st, type, -1, -1);
}

static void start(int stop_after) {
  used = 0;
  ours[0] = '\0';
  calls = 0;
  stop = stop_after;
}

static int setup(void **state) {
  (void)state;
  snprintf(tree, sizeof tree, "%s", oracle_tmpdir());
  oracle_build_tree(tree);
  return 0;
}

static void compare_nftw(const char *path, int flags, int stop_after) {
  start(stop_after);
  int r = nftw(path, nftw_cb, 10, flags);
  add("= %d\n", r);
  oracle_nftw_log(path, flags, stop_after, theirs, sizeof theirs);
  if (strcmp(ours, theirs) != 0)
    fail_msg("nftw(%s, %#x) stop %d:\n--- sysgate\n%s--- glibc\n%s", path, flags, stop_after, ours,
             theirs);
}

static void test_nftw_flags(void **state) {
  (void)state;
  char path[4200];
  const char *starts[] = {"top",    "top/",          "top/a",      "top/f1",
                          "top/lf", "top/ldangling", "top/missing"};
  for (size_t s = 0; s < sizeof starts / sizeof starts[0]; s++) {
    snprintf(path, sizeof path, "%s/%s", tree, starts[s]);
    for (int flags = 0; flags < 16; flags++)
      compare_nftw(path, flags, 0);
  }
  /* Relative starting paths, from the tree's directory. */
  assert_int_equal(oracle_push_cwd(tree), 0);
  for (int flags = 0; flags < 16; flags++) {
    compare_nftw("top", flags, 0);
    compare_nftw("top/a/b", flags, 0);
  }
  compare_nftw("", 0, 0);
  assert_int_equal(oracle_pop_cwd(), 0);
}

static void test_nftw_stops(void **state) {
  (void)state;
  char path[4200];
  snprintf(path, sizeof path, "%s/top", tree);
  for (int flags = 0; flags < 16; flags += 3)
    for (int stop_after = 1; stop_after < 20; stop_after++)
      compare_nftw(path, flags, stop_after);
}

static void test_ftw(void **state) {
  (void)state;
  char path[4200];
  snprintf(path, sizeof path, "%s/top", tree);
  start(0);
  int r = ftw(path, ftw_cb, 10);
  add("= %d\n", r);
  oracle_ftw_log(path, theirs, sizeof theirs);
  assert_string_equal(ours, theirs);
}

static void test_readdir(void **state) {
  (void)state;
  const char *dirs[] = {"top", "top/z", "top/empty", "top/a/b"};
  char path[4200];
  for (size_t i = 0; i < sizeof dirs / sizeof dirs[0]; i++) {
    snprintf(path, sizeof path, "%s/%s", tree, dirs[i]);
    start(0);
    DIR *d = opendir(path);
    assert_non_null(d);
    struct dirent *e;
    while ((e = readdir(d)) != NULL)
      add(ORACLE_DIRENT_LINE, e->d_name, e->d_type, (unsigned long long)e->d_ino,
          (long long)e->d_off, e->d_reclen);
    assert_int_equal(closedir(d), 0);
    oracle_readdir_log(path, theirs, sizeof theirs);
    assert_string_equal(ours, theirs);
  }
}

/* telldir after each entry, then seekdir back to each position: the entries that
 * follow are the same ones again. rewinddir starts over. */
static void test_seekdir(void **state) {
  (void)state;
  char path[4200];
  snprintf(path, sizeof path, "%s/top", tree);
  DIR *d = opendir(path);
  assert_non_null(d);
  assert_int_equal(telldir(d), 0);
  char names[32][256];
  long pos[32];
  int n = 0;
  struct dirent *e;
  while ((e = readdir(d)) != NULL && n < 32) {
    snprintf(names[n], sizeof names[n], "%s", e->d_name);
    pos[n++] = telldir(d);
  }
  assert_true(n >= 8);
  for (int i = n - 2; i >= 0; i -= 3) {
    seekdir(d, pos[i]);
    e = readdir(d);
    assert_non_null(e);
    assert_string_equal(e->d_name, names[i + 1]);
  }
  rewinddir(d);
  e = readdir(d);
  assert_non_null(e);
  assert_string_equal(e->d_name, names[0]);
  int fd = dirfd(d);
  assert_true(oracle_fd_is_open(fd));
  assert_int_equal(closedir(d), 0);
  assert_false(oracle_fd_is_open(fd));
}

static void test_open_errors(void **state) {
  (void)state;
  char path[4200];
  snprintf(path, sizeof path, "%s/top/f1", tree);
  errno = 0;
  assert_null(opendir(path));
  assert_int_equal(errno, ENOTDIR);
  snprintf(path, sizeof path, "%s/top/missing", tree);
  assert_null(opendir(path));
  assert_int_equal(errno, ENOENT);
  assert_null(fdopendir(-1));
  assert_int_equal(errno, EBADF);
  snprintf(path, sizeof path, "%s/top/f1", tree);
  int fd = open(path, O_RDONLY);
  assert_true(fd >= 0);
  assert_null(fdopendir(fd));
  assert_int_equal(errno, ENOTDIR);
  close(fd);
  snprintf(path, sizeof path, "%s/top/z", tree);
  fd = open(path, O_RDONLY | O_DIRECTORY);
  DIR *d = fdopendir(fd);
  assert_non_null(d);
  assert_int_equal(dirfd(d), fd);
  assert_non_null(readdir(d));
  assert_int_equal(closedir(d), 0);
}

static int not_l(const struct dirent *e) {
  return e->d_name[0] != 'l';
}

static void test_scandir(void **state) {
  (void)state;
  const char *dirs[] = {"top", "top/z", "top/empty", "top/missing", "top/f1"};
  char path[4200];
  for (size_t i = 0; i < sizeof dirs / sizeof dirs[0]; i++)
    for (int sorted = 0; sorted < 2; sorted++)
      for (int filtered = 0; filtered < 2; filtered++) {
        snprintf(path, sizeof path, "%s/%s", tree, dirs[i]);
        start(0);
        struct dirent **list;
        int n = scandir(path, &list, filtered ? not_l : NULL, sorted ? alphasort : NULL);
        add("%d\n", n);
        for (int k = 0; k < n; k++) {
          add("%s\n", list[k]->d_name);
          free(list[k]);
        }
        if (n >= 0)
          free(list);
        oracle_scandir_log(path, sorted, filtered, theirs, sizeof theirs);
        assert_string_equal(ours, theirs);
      }
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_readdir),     cmocka_unit_test(test_seekdir),
      cmocka_unit_test(test_open_errors), cmocka_unit_test(test_scandir),
      cmocka_unit_test(test_nftw_flags),  cmocka_unit_test(test_nftw_stops),
      cmocka_unit_test(test_ftw),
  };
  return cmocka_run_group_tests(tests, setup, suite_teardown);
}
