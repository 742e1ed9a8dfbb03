/* nl: number lines read with getline(3), like nl(1): -w WIDTH, -s SEPARATOR, -v
 * FIRST, -i INCREMENT, and -b a (all lines) or -b t (non-empty lines, the default).
 * Long options through getopt_long(3): --width, --separator, --start, --body.
 *
 * Not obvious: unnumbered lines still get the number's width in spaces (plus the
 * separator's), so the text stays in one column.
 */
#define _GNU_SOURCE
#include <err.h>
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char *argv[]) {
  static const struct option longopts[] = {
      {"width", required_argument, NULL, 'w'}, {"separator", required_argument, NULL, 's'},
      {"start", required_argument, NULL, 'v'}, {"increment", required_argument, NULL, 'i'},
      {"body", required_argument, NULL, 'b'},  {NULL, 0, NULL, 0}};
  int width = 6, all = 0, opt;
  long number = 1, step = 1;
  const char *sep = "\t";
  while ((opt = getopt_long(argc, argv, "w:s:v:i:b:", longopts, NULL)) != -1) {
    switch (opt) {
    case 'w':
      width = atoi(optarg);
      break;
    case 's':
      sep = optarg;
      break;
    case 'v':
      number = atol(optarg);
      break;
    case 'i':
      step = atol(optarg);
      break;
    case 'b':
      if (strcmp(optarg, "a") != 0 && strcmp(optarg, "t") != 0)
        errx(1, "invalid body numbering style: '%s'", optarg);
      all = optarg[0] == 'a';
      break;
    default:
      fprintf(stderr, "Try '%s --help' for more information.\n", program_invocation_short_name);
      return 1;
    }
  }
  FILE *in = optind < argc ? fopen(argv[optind], "r") : stdin;
  if (in == NULL)
    err(1, "%s", argv[optind]);
  char *line = NULL;
  size_t cap = 0;
  ssize_t len;
  while ((len = getline(&line, &cap, in)) != -1) {
    if (all || (len > 1 || (len == 1 && line[0] != '\n'))) {
      printf("%*ld%s%s", width, number, sep, line);
      number += step;
    } else {
      printf("%*s%s", width + (int)strlen(sep), "", line);
    }
  }
  free(line);
  return 0;
}
