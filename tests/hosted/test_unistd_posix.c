/* The library parts of <unistd.h> (sysgate/unistd_posix.h) against glibc's: sysconf
 * and getpagesize, execvp's PATH search, sleep, wait and isatty.
 *
 * Not obvious: anything that execs runs in a child (in_child, proc_child.h), its
 * stdout in a pipe, and both sides' children must write the same bytes and end with
 * the same wait status.
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

#include "proc_child.h"
#include "suite.h"

#define U oracle_unix

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
  /* Without AT_MINSIGSTKSZ (valgrind drops it; kernels before 5.14) glibc works the
   * signal stack sizes out with cpuid, sysgate takes the old constants (checked below) */
  int have_minsigstksz = U.getauxval(AT_MINSIGSTKSZ) != 0;
  if (!have_minsigstksz)
    print_message("no AT_MINSIGSTKSZ in the auxv: _SC_MINSIGSTKSZ and _SC_SIGSTKSZ not "
                  "compared (glibc asks cpuid, sysgate answers the old constants)\n");
  int compared = 0;
  for (int i = -(int)(sizeof others / sizeof *others); i < 320; i++) {
    int name = i < 0 ? others[-i - 1] : i;
    if (name == _SC_AVPHYS_PAGES || is_cache_name(name))
      continue;
    if (!have_minsigstksz && (name == _SC_MINSIGSTKSZ || name == _SC_SIGSTKSZ))
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
      cmocka_unit_test(test_sysconf_against_glibc),
      cmocka_unit_test_teardown(test_execvp_path_search, suite_teardown),
      cmocka_unit_test(test_sleep_wait_isatty),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
