/* The POSIX parts of the C library layer against glibc's: setenv, unsetenv, putenv,
 * clearenv (sysgate/stdlib_posix.h); rand, srand, random, srandom, initstate,
 * setstate, rand_r; realpath on a tree with links; mkstemp and mkdtemp; system;
 * sysconf and getpagesize; execvp's PATH search; sleep, wait, isatty
 * (sysgate/unistd_posix.h); basename and dirname (sysgate/libgen.h); err, warn and
 * __assert_fail's output and exit status (sysgate/err.h, sysgate/assert.h).
 *
 * Not obvious: the environment tests point glibc's environ at a copy of the same
 * small array sysgate's starts from, so that both hold the same variables in the
 * same order and can be compared entry by entry; glibc's is put back afterwards.
 * Anything that exits, aborts or execs runs in a child (sysgate's fork), its stderr
 * or stdout in a pipe, and both sides' children must write the same bytes and end
 * with the same wait status.
 */
#define _GNU_SOURCE /* sysgate's GNU basename, declared only then (as glibc's) */
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

/* --- running something in a child ---------------------------------------------- */

struct child_result {
  int status;
  char out[4096]; /* what it wrote on the descriptor given (2 or 1) */
};

/* Runs fn(arg) in a child whose descriptor `fd` is a pipe; fn may exit, abort or
 * exec, and returning means _exit(0). Core dumps are off in the child. */
static void in_child(void (*fn)(void *), void *arg, int fd, struct child_result *r) {
  int p[2];
  assert_int_equal(pipe(p), 0);
  pid_t pid = fork();
  assert_true(pid >= 0);
  if (pid == 0) {
    struct rlimit no_core = {0, 0};
    setrlimit(RLIMIT_CORE, &no_core);
    close(p[0]);
    dup2(p[1], fd);
    fn(arg);
    _exit(0);
  }
  close(p[1]);
  size_t used = 0;
  ssize_t n;
  while ((n = read(p[0], r->out + used, sizeof r->out - 1 - used)) > 0)
    used += (size_t)n;
  r->out[used] = '\0';
  close(p[0]);
  assert_int_equal(waitpid(pid, &r->status, 0), pid);
}

static void assert_same_child(const struct child_result *ours, const struct child_result *theirs) {
  assert_string_equal(ours->out, theirs->out);
  assert_int_equal(ours->status, theirs->status);
}

/* --- err, warn, assert ---------------------------------------------------------- */

struct err_case {
  int sysgate;     /* which side */
  int kind;        /* 0 warn, 1 warnx, 2 err, 3 errx, 4 assert */
  int error;       /* errno at the call */
  const char *fmt; /* NULL allowed */
};

static void v_side(const struct err_case *c, ...) {
  va_list ap;
  va_start(ap, c);
  if (c->sysgate) {
    errno = c->error;
    switch (c->kind) {
    case 0:
      vwarn(c->fmt, ap);
      break;
    case 1:
      vwarnx(c->fmt, ap);
      break;
    case 2:
      verr(3, c->fmt, ap);
    case 3:
      verrx(4, c->fmt, ap);
    default:
      __assert_fail("x == 1", "file.c", 42, c->fmt);
    }
  } else {
    U.set_errno(c->error);
    switch (c->kind) {
    case 0:
      U.vwarn(c->fmt, ap);
      break;
    case 1:
      U.vwarnx(c->fmt, ap);
      break;
    case 2:
      U.verr(3, c->fmt, ap);
      break;
    case 3:
      U.verrx(4, c->fmt, ap);
      break;
    default:
      U.assert_fail("x == 1", "file.c", 42, c->fmt);
    }
  }
  va_end(ap);
}

static void err_child(void *arg) {
  v_side(arg, 17, "str", 'c');
}

static void test_err_warn_assert_output(void **state) {
  (void)state;
  static const char *const fmts[] = {"value %d of %s and %c", "", NULL, "50%%"};
  unsigned compared = 0;
  for (int kind = 0; kind < 5; kind++)
    for (unsigned f = 0; f < sizeof fmts / sizeof *fmts; f++) {
      if (kind == 4 && fmts[f] != NULL && fmts[f][0] != '\0' && fmts[f][0] != 'v')
        continue; /* the assert's "function" argument: a name, "" or NULL */
      struct err_case ours = {1, kind, ENOENT, fmts[f]}, theirs = {0, kind, ENOENT, fmts[f]};
      struct child_result a, b;
      in_child(err_child, &ours, 2, &a);
      in_child(err_child, &theirs, 2, &b);
      assert_same_child(&a, &b);
      assert_true(a.out[0] != '\0');
      compared++;
    }
  assert_true(compared >= 18);
}

/* program_invocation_name and its short form, set by progname.c's .preinit_array entry. */
static void test_program_invocation_names(void **state) {
  (void)state;
  char buf[4096];
  long n = oracle_read_file("/proc/self/cmdline", buf, sizeof buf - 1);
  assert_true(n > 0);
  assert_string_equal(program_invocation_name, buf);
  const char *slash = strrchr(buf, '/');
  assert_string_equal(program_invocation_short_name, slash ? slash + 1 : buf);
}

/* --- basename, dirname ------------------------------------------------------------ */

static void test_basename_dirname(void **state) {
  (void)state;
  static const char *const paths[] = {
      "",     "/",       "//",        "///",   "a", "a/", "a//", "/a",  "//a",      "///a",
      "a/b",  "a/b/",    "/a/b//",    "a//b",  ".", "..", "/.",  "a/.", "//a//b//", "usr/lib/x.so",
      "/usr", "//usr//", "a///b///c", "../..", "x/"};
  for (unsigned i = 0; i < sizeof paths / sizeof *paths; i++) {
    char a[64], b[64];
    assert_string_equal(basename(paths[i]), U.gnu_basename(paths[i]));
    strcpy(a, paths[i]);
    strcpy(b, paths[i]);
    assert_string_equal(__xpg_basename(a), U.xpg_basename(b));
    assert_string_equal(a, b); /* what each wrote into the path */
    strcpy(a, paths[i]);
    strcpy(b, paths[i]);
    assert_string_equal(dirname(a), U.dirname(b));
    assert_string_equal(a, b);
  }
  assert_string_equal(__xpg_basename(NULL), U.xpg_basename(NULL));
  assert_string_equal(dirname(NULL), U.dirname(NULL));
}

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

/* --- sysconf, getpagesize --------------------------------------------------------- */

/* glibc asks cpuid for these (sysdeps/x86/cacheinfo): sysgate answers 0 */
static int is_cache_name(int name) {
  return name >= _SC_LEVEL1_ICACHE_SIZE && name <= _SC_LEVEL4_CACHE_LINESIZE;
}

static void test_sysconf_against_glibc(void **state) {
  (void)state;
  /* the page size and least signal stack glibc read from this process's auxv */
  unsigned long fake_auxv[] = {AT_PAGESZ,      (unsigned long)U.getpagesize(),
                               AT_MINSIGSTKSZ, U.getauxval(AT_MINSIGSTKSZ),
                               AT_NULL,        0};
  sysgate_auxv = fake_auxv;
  /* Every number up to past glibc's last name (_SC_SIGSTKSZ, 250), and some no one
   * knows: the same value and the same errno (untouched, or EINVAL) */
  static const int others[] = {-1, -1000, INT_MIN, 100000, INT_MAX};
  int compared = 0;
  for (int i = -(int)(sizeof others / sizeof *others); i < 320; i++) {
    int name = i < 0 ? others[-i - 1] : i;
    if (name == _SC_AVPHYS_PAGES || is_cache_name(name))
      continue;
    errno = SUITE_ERRNO_CANARY;
    U.set_errno(SUITE_ERRNO_CANARY);
    long ours = sysconf(name), e1 = errno;
    long theirs = U.sysconf(name), e2 = U.get_errno();
    if (ours != theirs || e1 != e2)
      print_message("sysconf(%d): sysgate %ld errno %ld, glibc %ld errno %ld\n", name, ours, e1,
                    theirs, e2);
    assert_int_equal(ours, theirs);
    assert_int_equal(e1, e2);
    compared++;
  }
  print_message("sysconf: %d numbers answered as glibc; the processor caches (%d..%d) "
                "skipped: glibc asks cpuid, sysgate answers 0\n",
                compared, _SC_LEVEL1_ICACHE_SIZE, _SC_LEVEL4_CACHE_LINESIZE);
  for (int name = _SC_LEVEL1_ICACHE_SIZE; name <= _SC_LEVEL4_CACHE_LINESIZE; name++)
    assert_int_equal(sysconf(name), 0);
  /* free memory moves: within a tenth */
  long ours = sysconf(_SC_AVPHYS_PAGES), theirs = U.sysconf(_SC_AVPHYS_PAGES);
  assert_true(ours > 0 && ours > theirs - theirs / 10 && ours < theirs + theirs / 10);
  assert_int_equal(getpagesize(), U.getpagesize());
  /* a kernel without AT_MINSIGSTKSZ: the old constants */
  fake_auxv[2] = AT_NULL;
  assert_int_equal(sysconf(_SC_MINSIGSTKSZ), 2048);
  assert_int_equal(sysconf(_SC_SIGSTKSZ), 8192);
  assert_int_equal(sysconf(_SC_THREAD_STACK_MIN), 16384);
  sysgate_auxv = NULL;
  assert_int_equal(getpagesize(), 4096); /* no auxv (hosted): x86's page size */
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

/* --- execvp --------------------------------------------------------------------------- */

struct exec_case {
  int sysgate;
  const char *path; /* PATH, or NULL for unset */
  const char *file;
};

static void exec_child(void *arg) {
  const struct exec_case *c = arg;
  char *argv[] = {(char *)c->file, "-c", "exit 9", NULL};
  if (c->sysgate) {
    static char *env0[] = {NULL};
    environ = env0;
    if (c->path)
      setenv("PATH", c->path, 1);
    execvp(c->file, argv);
    _exit(100 + errno);
  }
  if (c->path)
    U.setenv("PATH", c->path, 1);
  else
    U.unsetenv("PATH");
  U.execvp(c->file, argv);
  _exit(100 + U.get_errno());
}

static void test_execvp_path_search(void **state) {
  (void)state;
  const char *top = oracle_tmpdir();
  char p[512];
  snprintf(p, sizeof p, "%s/bin1", top);
  assert_int_equal(mkdir(p, 0755), 0);
  snprintf(p, sizeof p, "%s/bin2", top);
  assert_int_equal(mkdir(p, 0755), 0);
  oracle_make_file("bin1/prog", "#!/bin/sh\nexit 1\n", 17); /* not executable: EACCES */
  const char *prog2 = oracle_make_file("bin2/prog", "#!/bin/sh\necho two; exit 7\n", 27);
  assert_int_equal(chmod(prog2, 0755), 0);
  const char *script = oracle_make_file("bin2/script", "echo no-shebang; exit 5\n", 24);
  assert_int_equal(chmod(script, 0755), 0);
  char path12[1100], path1[600], pathx[600], path_empty[600];
  snprintf(path12, sizeof path12, "%s/bin1:%s/bin2", top, top);
  snprintf(path1, sizeof path1, "/nonexistent:%s/bin1", top);
  snprintf(pathx, sizeof pathx, "/nonexistent:%s/bin1/prog", top); /* ENOTDIR entry */
  snprintf(path_empty, sizeof path_empty, "%s/bin1::/nonexistent", top);
  char full[600];
  snprintf(full, sizeof full, "%s/bin2/prog", top);
  const struct exec_case cases[] = {
      {0, path12, "prog"},
      {0, path1, "prog"},
      {0, "/nonexistent", "prog"},
      {0, pathx, "prog"},
      {0, path12, "script"},
      {0, NULL, "sh"},
      {0, path1, full},
      {0, path1, ""},
      {0, "/bin:/usr/bin", "sh"},
      {0, path_empty, "prog"},
      {0, path12, "no-such-prog"},
      {0, "", "sh"},
  };
  assert_int_equal(oracle_push_cwd(top), 0);
  for (unsigned i = 0; i < sizeof cases / sizeof *cases; i++) {
    struct exec_case ours = cases[i];
    ours.sysgate = 1;
    struct child_result a, b;
    in_child(exec_child, &ours, 1, &a);
    in_child(exec_child, (void *)&cases[i], 1, &b);
    if (a.status != b.status)
      print_message("execvp case %u (%s): sysgate status %#x, glibc %#x\n", i, cases[i].file,
                    a.status, b.status);
    assert_same_child(&a, &b);
  }
  assert_int_equal(oracle_pop_cwd(), 0);
}

/* --- sleep, usleep, wait, isatty ------------------------------------------------------ */

static void on_alarm(int sig) {
  (void)sig;
}

static void test_sleep_wait_isatty(void **state) {
  (void)state;
  assert_int_equal(sleep(0), 0);
  assert_int_equal(usleep(1000), 0);
  /* interrupted after 0.2 s of 2 s: 1 whole second left, as glibc counts it */
  struct sigaction sa = {.sa_handler = on_alarm};
  assert_int_equal(sigaction(SIGALRM, &sa, NULL), 0);
  struct itimerval it = {.it_value = {.tv_sec = 0, .tv_usec = 200000}};
  assert_int_equal(setitimer(ITIMER_REAL, &it, NULL), 0);
  assert_int_equal(sleep(2), 1);
  pid_t pid = fork();
  if (pid == 0)
    _exit(5);
  int status = 0;
  assert_int_equal(wait(&status), pid);
  assert_true(WIFEXITED(status));
  assert_int_equal(WEXITSTATUS(status), 5);
  errno = 0;
  assert_int_equal(wait(&status), -1);
  assert_int_equal(errno, ECHILD);

  int fds[2];
  assert_int_equal(pipe(fds), 0);
  const int probes[] = {fds[0], -1, 9999};
  for (unsigned i = 0; i < 3; i++) {
    errno = 0;
    U.set_errno(0);
    assert_int_equal(isatty(probes[i]), U.isatty(probes[i]));
    assert_int_equal(errno, U.get_errno());
  }
  close(fds[0]);
  close(fds[1]);
  int master, slave;
  if (oracle_pty(&master, &slave, 24, 80) == 0) {
    assert_int_equal(isatty(slave), 1);
    assert_int_equal(U.isatty(slave), 1);
    close(master);
    close(slave);
  } else {
    print_message("no pty here: isatty's true case not checked\n");
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_err_warn_assert_output),
      cmocka_unit_test(test_program_invocation_names),
      cmocka_unit_test(test_basename_dirname),
      cmocka_unit_test(test_environment),
      cmocka_unit_test(test_rand_sequences),
      cmocka_unit_test(test_initstate_setstate),
      cmocka_unit_test(test_sysconf_against_glibc),
      cmocka_unit_test_teardown(test_realpath_tree, suite_teardown),
      cmocka_unit_test_teardown(test_mkstemp_family, suite_teardown),
      cmocka_unit_test(test_system_statuses),
      cmocka_unit_test_teardown(test_execvp_path_search, suite_teardown),
      cmocka_unit_test(test_sleep_wait_isatty),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
