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

static int calls, stop, action; /* action: what call number stop returns (0: 100 + stop) */

static int log_call(const char *path, const struct stat *st, int type, int level, int base) {
  char cwd[4096];
  const char *last = getcwd(cwd, sizeof cwd) ? strrchr(cwd, '/') + 1 : "?";
  add(ORACLE_NFTW_LINE, type, level, base, path, type == FTW_NS ? 0u : (unsigned)st->st_mode, last);
  return ++calls == stop ? (action ? action : 100 + calls) : 0;
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
  oracle_nftw_log(path, flags, stop_after, action, theirs, sizeof theirs);
  if (strcmp(ours, theirs) != 0)
    fail_msg("nftw(%s, %#x) stop %d action %d:\n--- sysgate\n%s--- glibc\n%s", path, flags,
             stop_after, action, ours, theirs);
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

/* FTW_ACTIONRETVAL: each action returned at each call, under each flag */
static void test_nftw_actions(void **state) {
  (void)state;
  char path[4200];
  snprintf(path, sizeof path, "%s/top", tree);
  static const int actions[] = {FTW_STOP, FTW_SKIP_SUBTREE, FTW_SKIP_SIBLINGS, 7};
  for (size_t a = 0; a < sizeof actions / sizeof *actions; a++)
    for (int flags = 0; flags < 16; flags++)
      for (int stop_after = 1; stop_after < 24; stop_after++) {
        action = actions[a];
        compare_nftw(path, flags | FTW_ACTIONRETVAL, stop_after);
      }
  action = 0;
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
  const char *dirs[] = {"top", "top/z", "top/empty", "top/missing", "top/f1", "versions"};
  char path[4200];
  int tree_fd = open(tree, O_RDONLY | O_DIRECTORY);
  assert_true(tree_fd >= 0);
  /* names where version order is not byte order */
  static const char *const versions[] = {"a10", "a9", "a010", "a09", "a0", "a00", "b", "a1.2"};
  snprintf(path, sizeof path, "%s/versions", tree);
  if (mkdir(path, 0755) == 0)
    for (size_t i = 0; i < sizeof versions / sizeof *versions; i++) {
      snprintf(path, sizeof path, "%s/versions/%s", tree, versions[i]);
      close(open(path, O_CREAT | O_WRONLY, 0644));
    }
  /* scandir with a path, scandirat with the tree's descriptor and the same path relative */
  for (int at = 0; at < 2; at++)
    for (size_t i = 0; i < sizeof dirs / sizeof dirs[0]; i++)
      for (int sorted = 0; sorted < 3; sorted++)
        for (int filtered = 0; filtered < 2; filtered++) {
          if (at)
            snprintf(path, sizeof path, "%s", dirs[i]);
          else
            snprintf(path, sizeof path, "%s/%s", tree, dirs[i]);
          int dirfd = at ? tree_fd : AT_FDCWD;
          start(0);
          struct dirent **list;
          int (*compar)(const struct dirent **, const struct dirent **) = sorted == 2 ? versionsort
                                                                          : sorted    ? alphasort
                                                                                      : NULL;
          int n = at ? scandirat(dirfd, path, &list, filtered ? not_l : NULL, compar)
                     : scandir(path, &list, filtered ? not_l : NULL, compar);
          add("%d\n", n);
          for (int k = 0; k < n; k++) {
            add("%s\n", list[k]->d_name);
            free(list[k]);
          }
          if (n >= 0)
            free(list);
          oracle_scandir_log(dirfd, path, sorted, filtered, theirs, sizeof theirs);
          assert_string_equal(ours, theirs);
        }
  close(tree_fd);
}

/* strverscmp on every pair of short strings of digits, zeros, letters and dots */
static void test_strverscmp(void **state) {
  (void)state;
  static const char alphabet[] = "0019a.";
  char a[5], b[5];
  unsigned long compared = 0;
  unsigned step = oracle_under_valgrind() ? 61 : 7; /* a sample of the second strings */
  for (unsigned x = 0; x < 1296; x++) /* 6^4: every string of up to 4 of the letters */
    for (unsigned y = 0; y < 1296; y += step) {
      unsigned u = x, v = y;
      for (int k = 0; k < 4; k++, u /= 6, v /= 6) {
        a[k] = alphabet[u % 6];
        b[k] = alphabet[v % 6];
      }
      a[4] = b[4] = '\0';
      for (size_t la = 0; la <= 4; la += 2) /* and shorter ones, cut */
        for (size_t lb = 1; lb <= 4; lb += 3) {
          char ca[5], cb[5];
          memcpy(ca, a, la);
          ca[la] = '\0';
          memcpy(cb, b + 4 - lb, lb + 1);
          int r = strverscmp(ca, cb);
          r = (r > 0) - (r < 0);
          if (r != oracle_strverscmp(ca, cb))
            fail_msg("strverscmp(\"%s\", \"%s\"): sysgate %d, glibc %d", ca, cb, r,
                     oracle_strverscmp(ca, cb));
          compared++;
        }
      int r = strverscmp(a, b);
      assert_int_equal((r > 0) - (r < 0), oracle_strverscmp(a, b));
      assert_int_equal(strverscmp(a, a), 0);
    }
  print_message("strverscmp: %lu pairs as glibc orders them\n", compared);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_readdir),     cmocka_unit_test(test_seekdir),
      cmocka_unit_test(test_open_errors), cmocka_unit_test(test_scandir),
      cmocka_unit_test(test_strverscmp),  cmocka_unit_test(test_nftw_flags),
      cmocka_unit_test(test_nftw_stops),  cmocka_unit_test(test_nftw_actions),
      cmocka_unit_test(test_ftw),
  };
  return cmocka_run_group_tests(tests, setup, suite_teardown);
}
