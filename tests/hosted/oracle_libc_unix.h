/* The glibc side of test_getopt.c, test_stdlib_posix.c, test_unistd_posix.c,
 * test_libgen.c and test_err.c: glibc's getopt family and
 * its variables, environment, random-number, sysconf, realpath, basename/dirname,
 * err/warn and __assert_fail functions, by address (oracle_libc_unix.c, which never
 * includes sysgate's headers).
 *
 * Not obvious: glibc's struct option has sysgate's layout (name, has_arg, flag, val),
 * so the tests hand both sides the same array; oracle_libc_unix.c checks the layout.
 */
#ifndef SYSGATE_TEST_ORACLE_LIBC_UNIX_H
#define SYSGATE_TEST_ORACLE_LIBC_UNIX_H

#include <stdarg.h>
#include <stddef.h>

struct option;

/* One side's getopt: its functions and its variables. */
struct getopt_side {
  int (*getopt)(int, char *const *, const char *);
  int (*getopt_long)(int, char *const *, const char *, const struct option *, int *);
  int (*getopt_long_only)(int, char *const *, const char *, const struct option *, int *);
  char **optarg;
  int *optind, *opterr, *optopt;
  int (*setenv)(const char *, const char *, int);
  int (*unsetenv)(const char *);
};
extern const struct getopt_side oracle_getopt_side;
/* The initializer of a struct getopt_side from the names in scope: glibc's in
 * oracle_libc_unix.c, sysgate's in the suite. */
#define GETOPT_SIDE_INIT                                                                           \
  {                                                                                                \
    .getopt = getopt, .getopt_long = getopt_long, .getopt_long_only = getopt_long_only,            \
    .optarg = &optarg, .optind = &optind, .opterr = &opterr, .optopt = &optopt, .setenv = setenv,  \
    .unsetenv = unsetenv,                                                                          \
  }

struct oracle_unix_fns {
  int (*setenv)(const char *, const char *, int);
  int (*unsetenv)(const char *);
  int (*putenv)(char *);
  int (*clearenv)(void);
  char *(*getenv)(const char *);
  char ***environ; /* glibc's environ */
  int (*rand)(void);
  void (*srand)(unsigned);
  int (*rand_r)(unsigned *);
  long (*random)(void);
  void (*srandom)(unsigned);
  char *(*initstate)(unsigned, char *, size_t);
  char *(*setstate)(char *);
  long (*sysconf)(int);
  int (*getpagesize)(void);
  unsigned long (*getauxval)(unsigned long);
  char *(*realpath)(const char *, char *);
  char *(*gnu_basename)(const char *);
  char *(*xpg_basename)(char *);
  char *(*dirname)(char *);
  void (*vwarn)(const char *, va_list);
  void (*vwarnx)(const char *, va_list);
  void (*verr)(int, const char *, va_list);
  void (*verrx)(int, const char *, va_list);
  void (*assert_fail)(const char *, const char *, unsigned, const char *);
  int (*get_errno)(void);
  void (*set_errno)(int);
  int (*isatty)(int);
  int (*mkstemps)(char *, int);
  char *(*mkdtemp)(char *);
  int (*execvp)(const char *, char *const *);
  int (*system)(const char *);
  unsigned int (*sleep)(unsigned int);
};
extern const struct oracle_unix_fns oracle_unix;

#endif
