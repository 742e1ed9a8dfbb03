/* numlines: numbers the lines of files (or stdin) the way `cat -n` does, written as
 * people write C for glibc: stdio streams, getline, printf, fprintf to stderr,
 * atexit, and a summary that only appears because exit flushes stdout.
 *
 *   numlines [-u] [file...]   -u: stdout unbuffered (setvbuf), to show the order of
 *                             stdout and stderr lines does not change the output
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static long total;

static void summary(void) {
  printf("%ld lines in all\n", total);
}

static int number(FILE *in, const char *name) {
  char *line = NULL;
  size_t cap = 0;
  ssize_t len;
  long n = 0;
  while ((len = getline(&line, &cap, in)) != -1) {
    n++;
    printf("%6ld\t", ++total);
    fwrite(line, 1, (size_t)len, stdout);
    if (len == 0 || line[len - 1] != '\n')
      putchar('\n');
  }
  free(line);
  if (ferror(in)) {
    fprintf(stderr, "numlines: %s: read error\n", name);
    return 1;
  }
  fprintf(stderr, "%s: %ld lines\n", name, n);
  return 0;
}

int main(int argc, char **argv) {
  int status = 0, i = 1;
  atexit(summary);
  if (argc > 1 && strcmp(argv[1], "-u") == 0) {
    setvbuf(stdout, NULL, _IONBF, 0);
    i++;
  }
  if (i == argc)
    return number(stdin, "-");
  for (; i < argc; i++) {
    FILE *f = fopen(argv[i], "r");
    if (!f) {
      fprintf(stderr, "numlines: %s: %s\n", argv[i], strerror(errno));
      status = 1;
      continue;
    }
    status |= number(f, argv[i]);
    fclose(f);
  }
  fputs("done\n", stdout);
  return status;
}
