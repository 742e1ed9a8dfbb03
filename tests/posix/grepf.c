/* grepf: print the lines that contain a fixed string, like grep -F, with -i, -v,
 * -c and -n. Uses getopt(3), getline(3), strstr(3) and tolower(3).
 *
 * Not obvious: the exit status is grep's: 0 if a line was selected, 1 if none was,
 * 2 on an error, even if some other file matched.
 */
#include <ctype.h>
#include <err.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int ignore_case, invert, count_only, numbers;

static void lower(char *s) {
  for (; *s; s++)
    *s = (char)tolower((unsigned char)*s);
}

static long grep(FILE *f, const char *name, const char *pattern, int many) {
  char *line = NULL, *folded = NULL;
  size_t size = 0;
  long lineno = 0, matches = 0;
  while (getline(&line, &size, f) != -1) {
    lineno++;
    const char *hay = line;
    if (ignore_case) {
      free(folded);
      folded = strdup(line);
      lower(folded);
      hay = folded;
    }
    if ((strstr(hay, pattern) != NULL) == invert)
      continue;
    matches++;
    if (count_only)
      continue;
    if (many)
      printf("%s:", name);
    if (numbers)
      printf("%ld:", lineno);
    fputs(line, stdout);
  }
  if (count_only)
    many ? printf("%s:%ld\n", name, matches) : printf("%ld\n", matches);
  free(line);
  free(folded);
  return matches;
}

int main(int argc, char *argv[]) {
  int opt;
  while ((opt = getopt(argc, argv, "ivcn")) != -1) {
    switch (opt) {
    case 'i':
      ignore_case = 1;
      break;
    case 'v':
      invert = 1;
      break;
    case 'c':
      count_only = 1;
      break;
    case 'n':
      numbers = 1;
      break;
    default:
      exit(2);
    }
  }
  if (optind >= argc)
    errx(2, "usage: grepf [-ivcn] pattern [file...]");
  char *pattern = strdup(argv[optind++]);
  if (ignore_case)
    lower(pattern);
  long found = 0;
  int error = 0;
  if (optind == argc)
    found = grep(stdin, "(standard input)", pattern, 0);
  for (int i = optind; i < argc; i++) {
    FILE *f = fopen(argv[i], "r");
    if (f == NULL) {
      warn("%s", argv[i]);
      error = 1;
      continue;
    }
    found += grep(f, argv[i], pattern, argc - optind > 1);
    fclose(f);
  }
  free(pattern);
  return error ? 2 : found ? 0 : 1;
}
