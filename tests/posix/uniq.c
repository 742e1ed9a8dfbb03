/* uniq: collapse runs of equal adjacent lines, like uniq(1) with -c (prefix counts),
 * -d (only repeated lines) and -u (only unique lines). Uses getline(3), strdup(3).
 *
 * Not obvious: only adjacent lines are compared, so the last run is printed after
 * the input ends, not when a different line arrives.
 */
#include <err.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int counts, only_repeated, only_unique;

static void emit(const char *line, long n) {
  if ((only_repeated && n < 2) || (only_unique && n > 1))
    return;
  if (counts)
    printf("%7ld %s", n, line);
  else
    fputs(line, stdout);
}

int main(int argc, char *argv[]) {
  int opt;
  while ((opt = getopt(argc, argv, "cdu")) != -1) {
    switch (opt) {
    case 'c':
      counts = 1;
      break;
    case 'd':
      only_repeated = 1;
      break;
    case 'u':
      only_unique = 1;
      break;
    default:
      return 1;
    }
  }
  FILE *in = stdin;
  if (optind < argc && (in = fopen(argv[optind], "r")) == NULL)
    err(1, "%s", argv[optind]);
  char *line = NULL, *prev = NULL;
  size_t size = 0;
  long run = 0;
  while (getline(&line, &size, in) != -1) {
    if (prev != NULL && strcmp(prev, line) == 0) {
      run++;
      continue;
    }
    if (prev != NULL)
      emit(prev, run);
    free(prev);
    prev = strdup(line);
    run = 1;
  }
  if (prev != NULL)
    emit(prev, run);
  free(prev);
  free(line);
  if (in != stdin)
    fclose(in);
  return 0;
}
