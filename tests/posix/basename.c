/* basename: print the last component of paths, and with -d their directory part,
 * like basename(1) and dirname(1), with an optional SUFFIX to strip. Uses the POSIX
 * basename(3) and dirname(3) of <libgen.h> on copies, as they may modify their
 * argument.
 *
 * Not obvious: the suffix is not removed when it is the whole name, so
 * "basename .c .c" prints ".c".
 */
#include <err.h>
#include <libgen.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int main(int argc, char *argv[]) {
  int dir = 0, opt;
  const char *suffix = NULL;
  while ((opt = getopt(argc, argv, "ds:")) != -1) {
    switch (opt) {
    case 'd':
      dir = 1;
      break;
    case 's':
      suffix = optarg;
      break;
    default:
      return 1;
    }
  }
  if (optind == argc)
    errx(1, "missing operand");
  for (int i = optind; i < argc; i++) {
    char *copy = strdup(argv[i]);
    if (copy == NULL)
      err(1, "strdup");
    if (dir) {
      printf("%s\n", dirname(copy));
    } else {
      char *base = basename(copy);
      size_t bl = strlen(base), sl = suffix ? strlen(suffix) : 0;
      if (sl > 0 && bl > sl && strcmp(base + bl - sl, suffix) == 0)
        base[bl - sl] = '\0';
      printf("%s\n", base);
    }
    free(copy);
  }
  return 0;
}
