/* The POSIX parts of <stdlib.h> from the C library layer against glibc's: setenv,
 * unsetenv, putenv, clearenv, rand, srand, random, srandom, initstate, setstate, rand_r,
 * realpath on a tree with links, mkstemp, mkdtemp and system (sysgate/stdlib_posix.h).
 *
 * Not obvious: the environment tests point glibc's environ at a copy of the same
 * small array sysgate's starts from, so that both hold the same variables in the
 * same order and can be compared entry by entry; glibc's is put back afterwards.
 */
#include <limits.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "oracle.h"
#include "oracle_libc_unix.h"
#include "oracle_malloc.h"
#include <sysgate.h>

#include "suite.h"

#define U oracle_unix

/* --- the environment ------------------------------------------------------------- */

static char *start_env[] = {"HOME=/root", "A=1", "DUP=x", "B=2", "DUP=y", "PATH=/bin", NULL};

/* Both environments, entry by entry. */
static void assert_same_env(void) {
  char **ours = environ, **theirs = *U.environ;
  if (ours == NULL || theirs == NULL) {
    assert_true((ours == NULL || ours[0] == NULL) && (theirs == NULL || theirs[0] == NULL));
    return;
  }
  size_t i = 0;
  for (; ours[i] != NULL && theirs[i] != NULL; i++)
    assert_string_equal(ours[i], theirs[i]);
  assert_null(ours[i]);
  assert_null(theirs[i]);
}

#define BOTH(call_ours, call_theirs)                                                               \
  do {                                                                                             \
    errno = SUITE_ERRNO_CANARY;                                                                    \
    U.set_errno(SUITE_ERRNO_CANARY);                                                               \
    int r1_ = (call_ours), e1_ = errno;                                                            \
    int r2_ = (call_theirs), e2_ = U.get_errno();                                                  \
    assert_int_equal(r1_, r2_);                                                                    \
    assert_int_equal(e1_, e2_);                                                                    \
    assert_same_env();                                                                             \
  } while (0)

static void test_environment(void **state) {
  (void)state;
  char *glibc_env_saved[64] = {0};
  char **saved = *U.environ;
  for (int i = 0; start_env[i]; i++)
    glibc_env_saved[i] = start_env[i];
  static char *ours_start[8];
  memcpy(ours_start, start_env, sizeof start_env);
  environ = ours_start;
  *U.environ = glibc_env_saved;
  assert_same_env();

  BOTH(setenv("NEW", "v", 0), U.setenv("NEW", "v", 0));
  BOTH(setenv("A", "changed", 0), U.setenv("A", "changed", 0));
  BOTH(setenv("A", "changed", 1), U.setenv("A", "changed", 1));
  BOTH(setenv("EMPTY", "", 1), U.setenv("EMPTY", "", 1));
  BOTH(setenv("", "v", 1), U.setenv("", "v", 1));
  BOTH(setenv("X=Y", "v", 1), U.setenv("X=Y", "v", 1));
  BOTH(setenv(NULL, "v", 1), U.setenv(NULL, "v", 1));
  BOTH(unsetenv("DUP"), U.unsetenv("DUP")); /* every DUP= goes */
  BOTH(unsetenv("NOPE"), U.unsetenv("NOPE"));
  BOTH(unsetenv(""), U.unsetenv(""));
  BOTH(unsetenv("A=1"), U.unsetenv("A=1"));
  BOTH(unsetenv(NULL), U.unsetenv(NULL));
  for (int i = 0; i < 40; i++) { /* enough to grow the arrays a few times */
    char name[16], value[16];
    snprintf(name, sizeof name, "V%d", i);
    snprintf(value, sizeof value, "%d", i * 7);
    BOTH(setenv(name, value, 1), U.setenv(name, value, 1));
  }
  for (int i = 0; i < 40; i += 3) {
    char name[16];
    snprintf(name, sizeof name, "V%d", i);
    BOTH(unsetenv(name), U.unsetenv(name));
  }

  /* putenv puts the caller's string itself in */
  static char mine_ours[] = "MINE=1", mine_theirs[] = "MINE=1";
  BOTH(putenv(mine_ours), U.putenv(mine_theirs));
  assert_ptr_equal(getenv("MINE"), mine_ours + 5);
  mine_ours[5] = mine_theirs[5] = '2';
  assert_string_equal(getenv("MINE"), "2");
  assert_same_env();
  static char bare_ours[] = "MINE", bare_theirs[] = "MINE";
  BOTH(putenv(bare_ours), U.putenv(bare_theirs));
  static char b_ours[] = "B=replaced", b_theirs[] = "B=replaced";
  BOTH(putenv(b_ours), U.putenv(b_theirs));

  /* a value set again is the same string: old getenv pointers stay valid */
  BOTH(setenv("R", "first", 1), U.setenv("R", "first", 1));
  char *first = getenv("R");
  BOTH(setenv("R", "second", 1), U.setenv("R", "second", 1));
  assert_string_equal(first, "first");
  BOTH(setenv("R", "first", 1), U.setenv("R", "first", 1));
  assert_ptr_equal(getenv("R"), first);

  BOTH(clearenv(), U.clearenv());
  assert_null(getenv("A"));
  BOTH(setenv("AFTER", "clear", 1), U.setenv("AFTER", "clear", 1));
  assert_string_equal(getenv("AFTER"), "clear");
  BOTH(clearenv(), U.clearenv());
  environ = NULL;
  *U.environ = saved;
}

/* --- rand, random ---------------------------------------------------------------- */

static void test_rand_sequences(void **state) {
  (void)state;
  /* never seeded: seed 1, as glibc's static table */
  U.srand(1);
  for (int i = 0; i < 50; i++)
    assert_int_equal(rand(), U.rand());
  static const unsigned seeds[] = {0,          1,          2,          42,         12345,
                                   0x7fffffff, 0x80000000, 0xdeadbeef, 0xffffffff, 127773};
  for (unsigned s = 0; s < sizeof seeds / sizeof *seeds; s++) {
    srand(seeds[s]);
    U.srand(seeds[s]);
    for (int i = 0; i < 1000; i++)
      assert_int_equal(rand(), U.rand());
    srandom(seeds[s]);
    U.srandom(seeds[s]);
    for (int i = 0; i < 100; i++)
      assert_int_equal(random(), U.random());
    unsigned a = seeds[s], b = seeds[s];
    for (int i = 0; i < 100; i++) {
      assert_int_equal(rand_r(&a), U.rand_r(&b));
      assert_int_equal(a, b);
    }
  }
}

static void test_initstate_setstate(void **state) {
  (void)state;
  static const size_t sizes[] = {8, 16, 31, 32, 63, 64, 100, 128, 255, 256, 300};
  static int32_t ours[2][80], theirs[2][80];
  for (unsigned k = 0; k < sizeof sizes / sizeof *sizes; k++) {
    unsigned seed = 1000u + k * 7919u;
    char *o0 = initstate(seed, (char *)ours[0], sizes[k]);
    char *t0 = U.initstate(seed, (char *)theirs[0], sizes[k]);
    assert_non_null(o0);
    assert_non_null(t0);
    for (int i = 0; i < 200; i++)
      assert_int_equal(random(), U.random());
    /* a second state, then back to the first where it was */
    char *o1 = initstate(seed + 1, (char *)ours[1], sizes[(k + 3) % 11]);
    char *t1 = U.initstate(seed + 1, (char *)theirs[1], sizes[(k + 3) % 11]);
    assert_ptr_equal(o1, (char *)ours[0]);
    assert_ptr_equal(t1, (char *)theirs[0]);
    for (int i = 0; i < 50; i++)
      assert_int_equal(random(), U.random());
    assert_ptr_equal(setstate((char *)ours[0]), (char *)ours[1]);
    assert_ptr_equal(U.setstate((char *)theirs[0]), (char *)theirs[1]);
    for (int i = 0; i < 100; i++)
      assert_int_equal(random(), U.random());
    assert_int_equal(memcmp(ours, theirs, sizeof ours), 0); /* the bookkeeping words too */
    srandom(seed);
    U.srandom(seed);
    for (int i = 0; i < 50; i++)
      assert_int_equal(rand(), U.rand());
  }
  errno = 0;
  U.set_errno(0);
  assert_null(initstate(1, (char *)ours[0], 7));
  assert_null(U.initstate(1, (char *)theirs[0], 7));
  assert_int_equal(errno, EINVAL);
  assert_int_equal(U.get_errno(), EINVAL);
}

/* --- realpath ---------------------------------------------------------------------- */

static void test_realpath_tree(void **state) {
  (void)state;
  const char *top = oracle_tmpdir();
  char p[512];
#define AT(name) (snprintf(p, sizeof p, "%s/%s", top, name), p)
  assert_int_equal(mkdir(AT("d"), 0755), 0);
  assert_int_equal(mkdir(AT("d/sub"), 0755), 0);
  assert_int_equal(mkdir(AT("d/sub/deeper"), 0755), 0);
  oracle_make_file("d/file", "x", 1);
  assert_int_equal(symlink("sub", AT("d/link_sub")), 0);
  assert_int_equal(symlink("file", AT("d/link_file")), 0);
  assert_int_equal(symlink("loop2", AT("d/loop1")), 0);
  assert_int_equal(symlink("loop1", AT("d/loop2")), 0);
  assert_int_equal(symlink("nonexistent", AT("d/dangling")), 0);
  assert_int_equal(symlink("../d/sub/", AT("d/rel_up")), 0);
  assert_int_equal(symlink("link_sub/deeper", AT("d/chain")), 0);
  assert_int_equal(symlink("sub/../../d", AT("d/dotdot")), 0);
  char abs_target[512];
  snprintf(abs_target, sizeof abs_target, "%s/d/sub", top);
  assert_int_equal(symlink(abs_target, AT("d/abs")), 0);
  assert_int_equal(symlink("/", AT("d/root")), 0);
  assert_int_equal(oracle_push_cwd(top), 0);

  static char long_path[5000], long_name[300];
  memset(long_path, 'a', sizeof long_path - 1);
  memset(long_name, 'n', sizeof long_name - 1);
  static char many_slashes[4200];
  strcpy(many_slashes, "d");
  for (size_t i = 1; i < sizeof many_slashes - 10; i++)
    many_slashes[i] = '/';
  strcpy(many_slashes + sizeof many_slashes - 10, "sub");

  const char *const cases[] = {".",
                               "..",
                               "d",
                               "d/",
                               "d/./sub/..",
                               "d/file",
                               "d/file/",
                               "d/file/.",
                               "d/file/..",
                               "d/file/x",
                               "d/link_sub",
                               "d/link_sub/..",
                               "d/link_file",
                               "d/link_file/",
                               "d/loop1",
                               "d/loop1/x",
                               "d/dangling",
                               "d/dangling/",
                               "d/nonexist",
                               "d/nonexist/..",
                               "",
                               "/",
                               "//",
                               "///d/..",
                               "d//sub///",
                               "d/abs/../file",
                               "d/rel_up",
                               "d/rel_up/deeper",
                               "d/chain/..",
                               "d/dotdot/sub",
                               "d/root/..",
                               "d/root",
                               "/../..",
                               "d/sub/deeper/../../file",
                               long_path,
                               long_name,
                               many_slashes,
                               "./d/./link_sub/./deeper/.."};
  for (unsigned i = 0; i < sizeof cases / sizeof *cases; i++) {
    char *with_buf_ours = NULL, *with_buf_theirs = NULL;
    static char buf_ours[4096], buf_theirs[4096];
    for (int use_buf = 0; use_buf < 2; use_buf++) {
      errno = SUITE_ERRNO_CANARY;
      U.set_errno(SUITE_ERRNO_CANARY);
      char *ours = realpath(cases[i], use_buf ? buf_ours : NULL);
      int e1 = errno;
      char *theirs = U.realpath(cases[i], use_buf ? buf_theirs : NULL);
      int e2 = U.get_errno();
      if ((ours == NULL) != (theirs == NULL) || (ours && strcmp(ours, theirs) != 0) ||
          (!ours && e1 != e2))
        print_message("realpath(\"%.60s\"): sysgate %s (%d), glibc %s (%d)\n", cases[i],
                      ours ? ours : "NULL", e1, theirs ? theirs : "NULL", e2);
      if (theirs == NULL) {
        assert_null(ours);
        assert_int_equal(e1, e2);
      } else {
        assert_non_null(ours);
        assert_string_equal(ours, theirs);
        assert_int_equal(e1, SUITE_ERRNO_CANARY);
        if (use_buf) {
          assert_ptr_equal(ours, buf_ours);
          with_buf_ours = ours;
          with_buf_theirs = theirs;
        } else {
          free(ours);
          glibc_free(theirs);
        }
      }
    }
    (void)with_buf_ours;
    (void)with_buf_theirs;
  }
  errno = 0;
  assert_null(realpath(NULL, NULL));
  assert_int_equal(errno, EINVAL);
  assert_int_equal(oracle_pop_cwd(), 0);
#undef AT
}

/* --- mkstemp, mkdtemp --------------------------------------------------------------- */

static void test_mkstemp_family(void **state) {
  (void)state;
  char t[512], g[512];
  snprintf(t, sizeof t, "%s/fileXXXXXX", oracle_tmpdir());
  int fd = mkstemp(t);
  assert_true(fd >= 0);
  assert_int_equal(memcmp(t + strlen(t) - 10, "file", 4), 0);
  assert_int_not_equal(strcmp(t + strlen(t) - 6, "XXXXXX"), 0);
  struct stat st;
  assert_int_equal(fstat(fd, &st), 0);
  assert_true(S_ISREG(st.st_mode));
  assert_int_equal(st.st_mode & 0777, 0600);
  assert_int_equal(oracle_file_mode(t), 0600); /* the name is that file */
  assert_int_equal(write(fd, "ok", 2), 2);
  close(fd);
  /* the same template again: another name */
  char t2[512];
  snprintf(t2, sizeof t2, "%s/fileXXXXXX", oracle_tmpdir());
  fd = mkostemp(t2, O_CLOEXEC);
  assert_true(fd >= 0);
  assert_int_not_equal(strcmp(t, t2), 0);
  assert_int_equal(fcntl(fd, F_GETFD), FD_CLOEXEC);
  close(fd);
  /* a suffix stays */
  snprintf(t, sizeof t, "%s/preXXXXXX.txt", oracle_tmpdir());
  fd = mkstemps(t, 4);
  assert_true(fd >= 0);
  assert_string_equal(t + strlen(t) - 4, ".txt");
  assert_int_equal(oracle_file_mode(t), 0600);
  close(fd);
  /* a directory */
  snprintf(t, sizeof t, "%s/dirXXXXXX", oracle_tmpdir());
  assert_ptr_equal(mkdtemp(t), t);
  assert_int_equal(oracle_file_mode(t), 0700);
  /* bad templates: EINVAL, as glibc's */
  static const char *const bad[] = {"abc", "fooXXXXX", "XXXXXsuf", "fooXXXXXXy", ""};
  for (unsigned i = 0; i < sizeof bad / sizeof *bad; i++) {
    snprintf(t, sizeof t, "%s/%s", oracle_tmpdir(), bad[i]);
    strcpy(g, t);
    errno = 0;
    U.set_errno(0);
    int suffix = i == 2 ? 3 : 0;
    assert_int_equal(mkstemps(t, suffix), -1);
    assert_int_equal(U.mkstemps(g, suffix), -1);
    assert_int_equal(errno, EINVAL);
    assert_int_equal(U.get_errno(), EINVAL);
    assert_null(mkdtemp(t));
    assert_null(U.mkdtemp(g));
    assert_string_equal(t, g);
  }
  /* in a directory that is not there: open's error */
  strcpy(t, "/nonexistent-dir/xXXXXXX");
  errno = 0;
  assert_int_equal(mkstemp(t), -1);
  assert_int_equal(errno, ENOENT);
}

/* --- system ----------------------------------------------------------------------- */

static void test_system_statuses(void **state) {
  (void)state;
  static const char *const commands[] = {"exit 3",
                                         "true",
                                         "kill -TERM $$",
                                         "exit 255",
                                         "echo hidden >/dev/null",
                                         "no-such-command-x 2>/dev/null"};
  struct sigaction before, after;
  assert_int_equal(sigaction(SIGINT, NULL, &before), 0);
  for (unsigned i = 0; i < sizeof commands / sizeof *commands; i++)
    assert_int_equal(system(commands[i]), U.system(commands[i]));
  assert_int_not_equal(system(NULL), 0);
  assert_int_equal(system(NULL), U.system(NULL));
  assert_int_equal(sigaction(SIGINT, NULL, &after), 0);
  assert_ptr_equal(before.sa_handler, after.sa_handler); /* put back */
  sigset_t mask;
  assert_int_equal(sigprocmask(SIG_BLOCK, NULL, &mask), 0);
  assert_false(sigismember(&mask, SIGCHLD));
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_environment),
      cmocka_unit_test(test_rand_sequences),
      cmocka_unit_test(test_initstate_setstate),
      cmocka_unit_test_teardown(test_realpath_tree, suite_teardown),
      cmocka_unit_test_teardown(test_mkstemp_family, suite_teardown),
      cmocka_unit_test(test_system_statuses),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
