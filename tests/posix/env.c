/* env: run a command in a changed environment, or print the environment, like
 * env(1) with -i, -u NAME and NAME=VALUE operands. Uses setenv(3), unsetenv(3),
 * clearenv(3), putenv(3), environ and execvp(3).
 *
 * Not obvious: the exit statuses are env's own: 127 when the command is not found,
 * 126 when it cannot be run, 125 for env's own errors.
 */
#define _GNU_SOURCE
#include <err.h>
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

extern char **environ;

int main(int argc, char *argv[]) {
  int opt;
  while ((opt = getopt(argc, argv, "+iu:")) != -1) {
    switch (opt) {
    case 'i':
      clearenv();
      break;
    case 'u':
      if (unsetenv(optarg) != 0)
        err(125, "cannot unset '%s'", optarg);
      break;
    default:
      fprintf(stderr, "Usage: env [-i] [-u NAME] [NAME=VALUE]... [COMMAND [ARG]...]\n");
      return 125;
    }
  }
  for (; optind < argc && strchr(argv[optind], '=') != NULL; optind++) {
    if (argv[optind][0] == '=')
      errx(125, "cannot set '%s': Invalid argument", argv[optind]);
    if (putenv(argv[optind]) != 0)
      err(125, "putenv");
  }
  if (optind == argc) {
    for (char **e = environ; *e != NULL; e++)
      puts(*e);
    return 0;
  }
  execvp(argv[optind], &argv[optind]);
  int status = errno == ENOENT ? 127 : 126;
  warn("'%s'", argv[optind]);
  return status;
}
