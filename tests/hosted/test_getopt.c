/* getopt(3), getopt_long(3), getopt_long_only(3) (sysgate/getopt.h) against glibc's:
 * hand-picked cases for each rule, then random argument vectors over a vocabulary of
 * options, operands, "--", abbreviations and attached arguments, with optstrings
 * that start with '+', '-' and ':' or not, three sets of long options, opterr on and
 * off and POSIXLY_CORRECT set or not. For every call the return value, optarg,
 * optind, optopt, the long index and the flag variable must be glibc's, then the
 * final order of argv, and every byte written to stderr.
 *
 * Not obvious: both sides run in this process, one after the other, each restarted
 * with optind = 0 (which glibc reads as "start again, reread optstring and
 * POSIXLY_CORRECT"); descriptor 2 is pointed at a pipe meanwhile, and since glibc's
 * stderr is unbuffered its messages are in the pipe when the call returns.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "oracle.h"
#include "oracle_libc_unix.h"
#include <sysgate.h>

#include "suite.h"
#define SUITE_RANDOM_SEED 0x2545f4914f6cdd1du
#include "suite_random.h"

static const struct getopt_side sysgate_side = GETOPT_SIDE_INIT;

enum mode { SHORT, LONG, LONG_ONLY };
enum { MAX_ARGS = 12, MAX_STEPS = 32, TRANSCRIPT = 8192 };

static int flag_var;

/* Three option sets: plain, with abbreviation traps, and none. */
static const struct option opts_plain[] = {
    {"alpha", no_argument, NULL, 'a'},       {"beta", required_argument, NULL, 'b'},
    {"gamma", optional_argument, NULL, 'g'}, {"alpine", no_argument, NULL, 'A'},
    {"flag", no_argument, &flag_var, 7},     {"b", no_argument, NULL, 'B'},
    {"verbose", no_argument, NULL, 'v'},     {NULL, 0, NULL, 0},
};
static const struct option opts_ambig[] = {
    {"verbose", no_argument, NULL, 'v'},
    {"verb", no_argument, NULL, 'v'},
    {"version", no_argument, NULL, 'V'},
    {"color", optional_argument, NULL, 'c'},
    {"colour", optional_argument, NULL, 'c'},
    {"col", required_argument, NULL, 'C'},
    {"set", no_argument, &flag_var, 1},
    {"setx", no_argument, &flag_var, 2},
    {NULL, 0, NULL, 0},
};
static const struct option opts_none[] = {{NULL, 0, NULL, 0}};
static const struct option *const option_sets[] = {opts_plain, opts_ambig, opts_none};

struct getopt_case {
  enum mode mode;
  const char *optstring;
  int set; /* index in option_sets */
  int opterr;
  int posixly_correct;
  int argc;
  const char *argv[MAX_ARGS + 1];
};

/* Appends printf-like text to t (bounded). */
static void note(char *t, const char *fmt, ...) {
  size_t used = strlen(t);
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(t + used, TRANSCRIPT - used, fmt, ap);
  va_end(ap);
}

/* Runs one case on one side; the transcript says everything observable. */
static void run(const struct getopt_side *side, const struct getopt_case *c, char *t) {
  char storage[MAX_ARGS][32];
  char *argv[MAX_ARGS + 1];
  for (int i = 0; i < c->argc; i++) {
    strcpy(storage[i], c->argv[i]);
    argv[i] = storage[i];
  }
  argv[c->argc] = NULL;
  if (c->posixly_correct)
    side->setenv("POSIXLY_CORRECT", "1", 1);
  else
    side->unsetenv("POSIXLY_CORRECT");

  int fds[2];
  assert_int_equal(pipe2(fds, O_NONBLOCK), 0);
  int saved = dup(2);
  assert_true(saved >= 0);
  assert_int_equal(dup2(fds[1], 2), 2);

  t[0] = '\0';
  *side->optind = 0;
  *side->opterr = c->opterr;
  *side->optopt = -5;
  *side->optarg = NULL;
  for (int step = 0; step < MAX_STEPS; step++) {
    int longindex = -1;
    flag_var = -1;
    const struct option *set = option_sets[c->set];
    int r = c->mode == SHORT ? side->getopt(c->argc, argv, c->optstring)
            : c->mode == LONG
                ? side->getopt_long(c->argc, argv, c->optstring, set, &longindex)
                : side->getopt_long_only(c->argc, argv, c->optstring, set, &longindex);
    char *arg = *side->optarg;
    note(t, "r=%d optind=%d optopt=%d idx=%d flag=%d optarg=", r, *side->optind, *side->optopt,
         longindex, flag_var);
    if (arg == NULL)
      note(t, "NULL");
    else /* which argv element and where in it, so aliasing is checked too */
      for (int i = 0; i < c->argc; i++)
        if (arg >= storage[i] && arg < storage[i] + 32)
          note(t, "[%d]+%d", i, (int)(arg - storage[i]));
    note(t, "\n");
    if (r == -1)
      break;
  }
  note(t, "argv:");
  for (int i = 0; i < c->argc; i++)
    note(t, " %s", argv[i]);
  note(t, "\nstderr:");

  assert_int_equal(dup2(saved, 2), 2);
  close(saved);
  close(fds[1]);
  char buf[2048];
  ssize_t n = read(fds[0], buf, sizeof buf - 1);
  buf[n > 0 ? n : 0] = '\0';
  close(fds[0]);
  note(t, "%s", buf);
}

static unsigned compared;

static void check(const struct getopt_case *c) {
  static char ours[TRANSCRIPT], theirs[TRANSCRIPT];
  run(&oracle_getopt_side, c, theirs);
  run(&sysgate_side, c, ours);
  if (strcmp(ours, theirs) != 0) {
    print_message("mode %d optstring \"%s\" set %d opterr %d posix %d argv:", c->mode, c->optstring,
                  c->set, c->opterr, c->posixly_correct);
    for (int i = 0; i < c->argc; i++)
      print_message(" '%s'", c->argv[i]);
    print_message("\n--- glibc\n%s\n--- sysgate\n%s\n", theirs, ours);
  }
  assert_string_equal(ours, theirs);
  compared++;
}

#define CASE(m, os, set, ...)                                                                      \
  do {                                                                                             \
    struct getopt_case c_ = {m, os, set, 1, 0, 0, {"prog", __VA_ARGS__, NULL}};                    \
    while (c_.argv[c_.argc] != NULL)                                                               \
      c_.argc++;                                                                                   \
    check(&c_);                                                                                    \
    c_.opterr = 0;                                                                                 \
    check(&c_);                                                                                    \
    c_.opterr = 1;                                                                                 \
    c_.posixly_correct = 1;                                                                        \
    check(&c_);                                                                                    \
  } while (0)

static void test_getopt_chosen_cases(void **state) {
  (void)state;
  /* short options: clusters, attached and separate arguments, optional ones */
  CASE(SHORT, "ab:c::", 2, "-a", "-b", "x", "file", "-cval", "-c", "y");
  CASE(SHORT, "ab:c::", 2, "-abx", "-ac", "--", "-a");
  CASE(SHORT, "ab:c::", 2, "-b");
  CASE(SHORT, ":ab:c::", 2, "-b");
  CASE(SHORT, ":ab:", 2, "-z", "-a:");
  CASE(SHORT, "ab:", 2, "-z", "-;", "-:", "-");
  /* permutation, '+', '-' */
  CASE(SHORT, "ab:", 2, "one", "-a", "two", "-b", "three", "four", "-a", "five");
  CASE(SHORT, "+ab:", 2, "one", "-a", "two");
  CASE(SHORT, "-ab:", 2, "one", "-a", "two", "--", "-b");
  CASE(SHORT, "ab", 2, "x", "y", "--", "-a", "z");
  CASE(SHORT, "ab", 2, "x", "-a", "--", "y");
  /* long options: exact, abbreviated, ambiguous, arguments */
  CASE(LONG, "ab:", 0, "--alpha", "--be=1", "--beta", "2", "--gam", "--gamma=3", "file");
  CASE(LONG, "ab:", 0, "--al", "--alp", "--flag", "--b", "--verbose=no", "--beta");
  CASE(LONG, ":ab:", 0, "--beta");
  CASE(LONG, "ab:", 0, "--unknown", "--unknown=3", "--", "--alpha");
  CASE(LONG, "ab:", 1, "--ver", "--verb", "--col", "--colo=x", "--se", "--set");
  CASE(LONG, "ab:", 1, "--v", "--co");
  CASE(LONG, "W;ab:", 0, "-W", "alpha", "-Wbeta=4", "-W", "be", "5", "-W");
  CASE(LONG, "W;", 0, "-Wnope", "-W", "=");
  /* getopt_long_only */
  CASE(LONG_ONLY, "ab:", 0, "-alpha", "-al", "-a", "-b", "1", "-beta=2", "-ab", "-verbose");
  CASE(LONG_ONLY, "ab:x", 0, "-x", "-xa", "-alpine", "-alp", "-zz", "-z");
  CASE(LONG_ONLY, "ab:", 1, "-ver", "-co", "-se");
  CASE(LONG_ONLY, "-vb:", 1, "-v", "op", "-verb");
  assert_true(compared > 60);
}

/* An optind past argc, which glibc's getopt would read beyond argv with: -1. */
static void test_getopt_optind_past_end(void **state) {
  (void)state;
  char a0[] = "prog", a1[] = "-a";
  char *argv[] = {a0, a1, NULL};
  optind = 0;
  assert_int_equal(getopt(2, argv, "a"), 'a');
  optind = 5;
  assert_int_equal(getopt(2, argv, "a"), -1);
}

/* The random part's vocabulary. */
static const char *const words[] = {
    "-a",      "-b",        "-bARG",    "-c",     "-cX",       "--",       "-",
    "file1",   "file2",     "--alpha",  "--al",   "--alp",     "--be=x",   "--beta",
    "--gamma", "--gamma=g", "--g",      "-ab",    "-abc",      "-x",       "-:",
    "-W",      "alpha",     "-Wbeta",   "-alpha", "-al",       "-ve",      "--ver",
    "--verb",  "--col",     "--colo=1", "--co",   "--set",     "--se",     "--flag",
    "--b",     "--b=1",     "--=x",     "---",    "--alpha=1", "-verbose", "-?",
};
static const char *const optstrings[] = {
    "ab:c::", "+ab:c::", "-ab:c::", ":ab:c::", "+:ab:c", "-:ab:c::W;",
    "abW;",   "a:b::",   "",        "abcvx:",  "W;v"};

static unsigned below(unsigned n) {
  return (unsigned)(next_random() % n);
}

static void test_getopt_random_cases(void **state) {
  (void)state;
  unsigned n = oracle_under_valgrind() ? 300 : 4000;
  for (unsigned i = 0; i < n; i++) {
    struct getopt_case c = {0};
    c.mode = (enum mode)below(3);
    c.optstring = optstrings[below(sizeof optstrings / sizeof *optstrings)];
    c.set = (int)below(3);
    c.opterr = below(4) != 0;
    c.posixly_correct = below(5) == 0;
    c.argv[0] = below(2) ? "prog" : "/usr/bin/some-prog";
    c.argc = 1 + (int)below(MAX_ARGS - 1);
    for (int k = 1; k < c.argc; k++)
      c.argv[k] = words[below(sizeof words / sizeof *words)];
    check(&c);
  }
  print_message("%u getopt runs compared with glibc's\n", compared);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_getopt_chosen_cases),
      cmocka_unit_test(test_getopt_random_cases),
      cmocka_unit_test(test_getopt_optind_past_end),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
