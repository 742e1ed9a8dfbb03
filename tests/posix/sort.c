/* sort: sort the lines of files or standard input, like sort(1) with -r, -n and -u.
 * Uses getline(3), realloc(3), qsort(3), strtol(3) and strcmp(3).
 *
 * Not obvious: with -n, lines whose numbers are equal fall back to comparing the
 * whole line bytewise, so the output does not depend on qsort's (unstable) order.
 */
#include <err.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int reverse, numeric, unique;

static int compare(const void *pa, const void *pb) {
  const char *a = *(char *const *)pa, *b = *(char *const *)pb;
  int r = 0;
  if (numeric) {
    long x = strtol(a, NULL, 10), y = strtol(b, NULL, 10);
    r = (x > y) - (x < y);
  }
  if (r == 0)
    r = strcmp(a, b);
  return reverse ? -r : r;
}

static void slurp(FILE *f, char ***lines, size_t *n, size_t *cap) {
  char *line = NULL;
  size_t size = 0;
  ssize_t len;
  while ((len = getline(&line, &size, f)) != -1) {
    if (len > 0 && line[len - 1] == '\n')
      line[len - 1] = '\0';
    if (*n == *cap) {
      *cap = *cap ? *cap * 2 : 8;
      *lines = realloc(*lines, *cap * sizeof **lines);
      if (*lines == NULL)
        err(2, "realloc");
    }
    (*lines)[(*n)++] = strdup(line);
  }
  free(line);
}

int main(int argc, char **argv) {
  int opt;
  while ((opt = getopt(argc, argv, "rnu")) != -1) {
    switch (opt) {
    case 'r':
      reverse = 1;
      break;
    case 'n':
      numeric = 1;
      break;
    case 'u':
      unique = 1;
      break;
    default:
      return 2;
    }
  }
  char **lines = NULL;
  size_t n = 0, cap = 0;
  if (optind == argc)
    slurp(stdin, &lines, &n, &cap);
  for (int i = optind; i < argc; i++) {
    FILE *f = strcmp(argv[i], "-") == 0 ? stdin : fopen(argv[i], "r");
    if (f == NULL)
      err(2, "cannot read: %s", argv[i]);
    slurp(f, &lines, &n, &cap);
    if (f != stdin)
      fclose(f);
  }
  qsort(lines, n, sizeof *lines, compare);
  for (size_t i = 0; i < n; i++) {
    if (!unique || i == 0 || compare(&lines[i - 1], &lines[i]) != 0)
      puts(lines[i]);
  }
  for (size_t i = 0; i < n; i++)
    free(lines[i]);
  free(lines);
  return 0;
}
