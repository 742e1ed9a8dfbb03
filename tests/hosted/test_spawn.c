/* posix_spawn(3), posix_spawnp(3), their file actions and attributes
 * (sysgate/spawn.h) against glibc's: the same scenario (oracle_spawn.h) run by
 * both, then the results, the children's wait statuses and what the children
 * wrote compared. The children are /bin/sh, grep and env, which report what they
 * inherited: descriptors, directory, signal mask and ignored set, process group
 * and session (from /proc/self).
 *
 * Not obvious: sysgate's child shares the parent's memory until it execs
 * (CLONE_VM | CLONE_VFORK), so the checks that only sysgate's side can fail are
 * about that sharing: errno left as it was on success, *pid untouched on failure, and the
 * child that failed already reaped (no zombie for waitpid to find).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "oracle.h"
#include "oracle_spawn.h"
#include "oracle_vdso.h"
#include <sysgate.h>

#include "suite.h"

#include "spawn_case.h"

static char dir[] = "/tmp/sysgate_spawn_XXXXXX";
/* The children's environment: this process's without LD_PRELOAD, which the
 * valgrind and sanitizer runs set for this suite (tests/verify): a 64-bit /bin/sh
 * would print ld.so's complaint about a 32-bit library into the output compared. */
static char *child_env[256];
static char noexec[64]; /* a file with the x bit that is no program */

static int setup(void **state) {
  (void)state;
  size_t n = 0;
  for (char **e = oracle_environ(); *e != NULL && n + 1 < sizeof child_env / sizeof child_env[0];
       e++)
    if (strncmp(*e, "LD_PRELOAD=", 11) != 0)
      child_env[n++] = *e;
  child_env[n] = NULL;
  if (mkdtemp(dir) == NULL)
    return -1;
  snprintf(noexec, sizeof noexec, "%s/noexec", dir);
  int fd = open(noexec, O_WRONLY | O_CREAT | O_TRUNC, 0755);
  if (fd < 0 || write(fd, "not a program\n", 14) != 14)
    return -1;
  return close(fd);
}

static int teardown(void **state) {
  (void)state;
  char path[96];
  const char *names[] = {"noexec", "ours", "theirs"};
  for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
    snprintf(path, sizeof path, "%s/%s", dir, names[i]);
    unlink(path);
  }
  return rmdir(dir);
}

/* sysgate's run of c, as oracle_spawn_run does glibc's, with the checks that only
 * sysgate's side can fail. */
static int our_run(const struct oracle_spawn_case *c, const char *out, int *status) {
  pid_t pid;
  int err;
  errno = SUITE_ERRNO_CANARY;
  int r = spawn_case_run(c, out, child_env, &pid, &err);
  /* errno: untouched on success (the child's own were put back); the error on
   * failure, as glibc's child leaves it in the errno it shares. */
  assert_int_equal(err, r != 0 ? r : SUITE_ERRNO_CANARY);
  if (r != 0) {
    assert_int_equal(pid, -7);
    assert_int_equal(waitpid(-1, NULL, WNOHANG), -1); /* the failed child is reaped */
    assert_int_equal(errno, ECHILD);
  } else {
    assert_int_equal(waitpid(pid, status, 0), pid);
  }
  return r;
}

static void read_file(const char *path, char *buf, size_t size) {
  buf[0] = '\0';
  int fd = open(path, O_RDONLY);
  if (fd < 0)
    return;
  ssize_t n = read(fd, buf, size - 1);
  buf[n > 0 ? n : 0] = '\0';
  close(fd);
}

/* glibc's child sets its two internal signals (32 and 33, SIGCANCEL and SIGSETXID,
 * which glibc 2.34 on catches in every process) to SIG_IGN, and that survives the
 * exec. They are no program's signals in glibc and sysgate has no such thing, so
 * they are taken out of glibc's child's SigIgn line before the comparison. */
static void drop_glibc_internal_ignored(char *text) {
  char *line = strstr(text, "SigIgn:\t");
  if (line == NULL)
    return;
  char *digits = line + strlen("SigIgn:\t");
  unsigned long long set = strtoull(digits, NULL, 16) & ~(3ULL << 31);
  char hex[17];
  snprintf(hex, sizeof hex, "%016llx", set);
  memcpy(digits, hex, 16);
}

/* Runs c on both sides; both must agree on the result, the status and the output.
 * want is the result both must give. */
static void same(const struct oracle_spawn_case *c, int want, const char *want_out) {
  char ours_path[96], theirs_path[96], ours[4096], theirs[4096];
  snprintf(ours_path, sizeof ours_path, "%s/ours", dir);
  snprintf(theirs_path, sizeof theirs_path, "%s/theirs", dir);
  unlink(ours_path);
  unlink(theirs_path);
  int our_status = -1, their_status = -1;
  int theirs_r = oracle_spawn_run(c, theirs_path, child_env, &their_status);
  int ours_r = our_run(c, ours_path, &our_status);
  assert_int_equal(theirs_r, want);
  assert_int_equal(ours_r, theirs_r);
  assert_int_equal(our_status, their_status);
  read_file(ours_path, ours, sizeof ours);
  read_file(theirs_path, theirs, sizeof theirs);
  drop_glibc_internal_ignored(theirs);
  assert_string_equal(ours, theirs);
  if (want_out != NULL)
    assert_string_equal(ours, want_out);
}

#define SH(script) .path = "/bin/sh", .argv = {"sh", "-c", script, NULL}
#define OUT_ON(n)                                                                                  \
  { .kind = ORACLE_SPAWN_OPEN_OUT, .fd = (n) }

static void test_exit_status_and_output(void **state) {
  (void)state;
  struct oracle_spawn_case c = {
      SH("echo out; echo err >&2; exit 3"),
      .n_actions = 2,
      .actions = {OUT_ON(1), {.kind = ORACLE_SPAWN_DUP2, .from = 1, .fd = 2}},
  };
  same(&c, 0, "out\nerr\n");
  c.search = 1;
  c.path = "sh";
  same(&c, 0, "out\nerr\n");
}

static void test_exec_errors(void **state) {
  (void)state;
  struct oracle_spawn_case c = {.path = "/nonexistent/prog", .argv = {"prog", NULL}};
  same(&c, ENOENT, NULL);
  c.search = 1;
  c.path = "sysgate-no-such-program";
  same(&c, ENOENT, NULL);
  c.path = "";
  same(&c, ENOENT, NULL);
  c.search = 0;
  c.path = "/";
  same(&c, EACCES, NULL);
  c.path = noexec;
  same(&c, ENOEXEC, NULL);
  c.search = 1; /* a path with '/': no search, and no /bin/sh for it either */
  same(&c, ENOEXEC, NULL);
}

static void test_file_actions(void **state) {
  (void)state;
  /* The output opened on 5, moved to 1, 5 closed again. */
  struct oracle_spawn_case c = {
      SH("echo to-stdout; if (: >&5) 2>/dev/null; then echo 5-open; else echo 5-closed; fi"),
      .n_actions = 3,
      .actions = {OUT_ON(5),
                  {.kind = ORACLE_SPAWN_DUP2, .from = 5, .fd = 1},
                  {.kind = ORACLE_SPAWN_CLOSE, .fd = 5}},
  };
  same(&c, 0, "to-stdout\n5-closed\n");
  c.n_actions = 2;
  same(&c, 0, "to-stdout\n5-open\n");
  /* Closing a descriptor that is not open is no error. */
  c.actions[2] = (struct oracle_spawn_action){.kind = ORACLE_SPAWN_CLOSE, .fd = 77};
  c.n_actions = 3;
  same(&c, 0, "to-stdout\n5-open\n");
  /* A failing open is posix_spawn's error. */
  c.actions[0] = (struct oracle_spawn_action){
      .kind = ORACLE_SPAWN_OPEN, .fd = 5, .path = "/nonexistent/file", .oflag = O_RDONLY};
  same(&c, ENOENT, NULL);
  /* chdir, then pwd. */
  struct oracle_spawn_case d = {
      SH("pwd"),
      .n_actions = 2,
      .actions = {OUT_ON(1), {.kind = ORACLE_SPAWN_CHDIR, .path = "/proc"}},
  };
  same(&d, 0, "/proc\n");
  d.actions[1].path = "/nonexistent";
  same(&d, ENOENT, NULL);
}

/* dup2(fd, fd) takes FD_CLOEXEC off, so the descriptor survives the exec. */
static void test_dup2_same_fd(void **state) {
  (void)state;
  int fd = open("/dev/null", O_RDONLY | O_CLOEXEC);
  assert_true(fd >= 0);
  assert_int_equal(dup3(fd, 9, O_CLOEXEC), 9);
  close(fd);
  struct oracle_spawn_case c = {
      SH("if (: <&9) 2>/dev/null; then echo 9-open; else echo 9-closed; fi"),
      .n_actions = 1,
      .actions = {OUT_ON(1)},
  };
  same(&c, 0, "9-closed\n");
  c.actions[1] = (struct oracle_spawn_action){.kind = ORACLE_SPAWN_DUP2, .from = 9, .fd = 9};
  c.n_actions = 2;
  same(&c, 0, "9-open\n");
  close(9);
}

#define STATUS_SIGNALS(c)                                                                          \
  (c).path = "/bin/grep", (c).argv[0] = "grep", (c).argv[1] = "-E", (c).argv[2] = "^Sig(Blk|Ign)", \
  (c).argv[3] = "/proc/self/status"

static void test_signal_mask(void **state) {
  (void)state;
  struct oracle_spawn_case c = {.n_actions = 1, .actions = {OUT_ON(1)}};
  STATUS_SIGNALS(c);
  sigset_t block, old;
  sigemptyset(&block);
  sigaddset(&block, SIGUSR2);
  assert_int_equal(sigprocmask(SIG_BLOCK, &block, &old), 0);
  same(&c, 0, NULL); /* the parent's mask: SIGUSR2 (the parent's, not all blocked) */
  c.use_attr = 1;
  c.flags = POSIX_SPAWN_SETSIGMASK;
  c.mask[0] = SIGUSR1;
  c.mask[1] = SIGTERM;
  same(&c, 0, NULL);
  c.mask[0] = 0; /* an empty mask */
  same(&c, 0, "SigBlk:\t0000000000000000\nSigIgn:\t0000000000000000\n");
  assert_int_equal(sigprocmask(SIG_SETMASK, &old, NULL), 0);
}

static void test_signal_default(void **state) {
  (void)state;
  oracle_spawn_ignore(SIGUSR2, 1);
  oracle_spawn_ignore(SIGPIPE, 1);
  struct oracle_spawn_case c = {.n_actions = 1, .actions = {OUT_ON(1)}};
  STATUS_SIGNALS(c);
  same(&c, 0, "SigBlk:\t0000000000000000\nSigIgn:\t0000000000001800\n");
  c.use_attr = 1;
  c.flags = POSIX_SPAWN_SETSIGDEF;
  c.sigdefault[0] = SIGUSR2;
  same(&c, 0, "SigBlk:\t0000000000000000\nSigIgn:\t0000000000001000\n");
  oracle_spawn_ignore(SIGUSR2, 0);
  oracle_spawn_ignore(SIGPIPE, 0);
}

static void test_group_and_session(void **state) {
  (void)state;
  struct oracle_spawn_case c = {
      SH("read -r pid comm state ppid pg sid rest </proc/self/stat; "
         "[ \"$pg\" = \"$$\" ] && echo own-group || echo parent-group; "
         "[ \"$sid\" = \"$$\" ] && echo own-session || echo parent-session"),
      .n_actions = 1,
      .actions = {OUT_ON(1)},
  };
  same(&c, 0, "parent-group\nparent-session\n");
  c.use_attr = 1;
  c.flags = POSIX_SPAWN_SETPGROUP;
  same(&c, 0, "own-group\nparent-session\n");
  c.pgroup = getpgrp(); /* the parent's own group, by number */
  same(&c, 0, "parent-group\nparent-session\n");
  c.flags = POSIX_SPAWN_SETSID;
  same(&c, 0, "own-group\nown-session\n");
  c.flags = POSIX_SPAWN_SETSID | POSIX_SPAWN_SETPGROUP; /* a session leader may not move */
  same(&c, EPERM, NULL);
  c.flags = POSIX_SPAWN_RESETIDS | POSIX_SPAWN_USEVFORK;
  same(&c, 0, "parent-group\nparent-session\n");
  c.flags = POSIX_SPAWN_SETPGROUP;
  c.pgroup = 1; /* init's group, in another session: EPERM */
  same(&c, EPERM, NULL);
}

static void test_argument_checks(void **state) {
  (void)state;
  int huge = 1 << 30;
  int fds[] = {-1, huge, 0};
  for (size_t i = 0; i < sizeof fds / sizeof fds[0]; i++) {
    struct oracle_spawn_action steps[] = {
        {.kind = ORACLE_SPAWN_OPEN, .fd = fds[i], .path = "/dev/null", .oflag = O_RDONLY},
        {.kind = ORACLE_SPAWN_CLOSE, .fd = fds[i]},
        {.kind = ORACLE_SPAWN_DUP2, .from = fds[i], .fd = 1},
        {.kind = ORACLE_SPAWN_DUP2, .from = 1, .fd = fds[i]},
    };
    for (size_t k = 0; k < sizeof steps / sizeof steps[0]; k++)
      assert_int_equal(spawn_case_add_alone(&steps[k]), oracle_spawn_add(&steps[k]));
  }
  struct oracle_spawn_action close_bad = {.kind = ORACLE_SPAWN_CLOSE, .fd = -1};
  assert_int_equal(spawn_case_add_alone(&close_bad), EBADF);
  short flags[] = {0, 0xff, 0x100, -1, 0x40};
  posix_spawnattr_t attr;
  posix_spawnattr_init(&attr);
  for (size_t i = 0; i < sizeof flags / sizeof flags[0]; i++)
    assert_int_equal(posix_spawnattr_setflags(&attr, flags[i]), oracle_spawn_setflags(flags[i]));
  assert_int_equal(posix_spawnattr_setflags(&attr, 0x100), EINVAL);
  short got = 0;
  assert_int_equal(posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSID), 0);
  assert_int_equal(posix_spawnattr_getflags(&attr, &got), 0);
  assert_int_equal(got, POSIX_SPAWN_SETSID);
  pid_t group = 0;
  assert_int_equal(posix_spawnattr_setpgroup(&attr, 42), 0);
  assert_int_equal(posix_spawnattr_getpgroup(&attr, &group), 0);
  assert_int_equal(group, 42);
  sigset_t set, back;
  sigemptyset(&set);
  sigaddset(&set, SIGINT);
  assert_int_equal(posix_spawnattr_setsigmask(&attr, &set), 0);
  assert_int_equal(posix_spawnattr_getsigmask(&attr, &back), 0);
  assert_int_equal(sigismember(&back, SIGINT), 1);
  assert_int_equal(posix_spawnattr_getsigdefault(&attr, &back), 0);
  assert_int_equal(sigismember(&back, SIGINT), 0);
  posix_spawnattr_destroy(&attr);
}

/* Many file actions: the array grows past its first allocation. */
static void test_many_actions(void **state) {
  (void)state;
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  for (int i = 0; i < 40; i++)
    assert_int_equal(posix_spawn_file_actions_addopen(&fa, 3 + i % 5, "/dev/null", O_RDONLY, 0), 0);
  char *argv[] = {"true", NULL};
  pid_t pid;
  int status;
  assert_int_equal(posix_spawnp(&pid, "true", &fa, NULL, argv, child_env), 0);
  assert_int_equal(waitpid(pid, &status, 0), pid);
  assert_int_equal(status, 0);
  posix_spawn_file_actions_destroy(&fa);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_exit_status_and_output),
      cmocka_unit_test(test_exec_errors),
      cmocka_unit_test(test_file_actions),
      cmocka_unit_test(test_dup2_same_fd),
      cmocka_unit_test(test_signal_mask),
      cmocka_unit_test(test_signal_default),
      cmocka_unit_test(test_group_and_session),
      cmocka_unit_test(test_argument_checks),
      cmocka_unit_test(test_many_actions),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}
