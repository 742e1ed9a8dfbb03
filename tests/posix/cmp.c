/* cmp: compare two files byte by byte, like cmp(1): report the first difference's
 * byte and line number, or with -l list every differing byte in octal; -s prints
 * nothing. Uses getc(3) on two streams, "-" meaning standard input.
 *
 * Not obvious: the statuses are cmp's: 0 same, 1 different (including one file
 * being a prefix of the other: "EOF on"), 2 trouble.
 */
#include <err.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

int main(int argc, char *argv[]) {
  int list = 0, silent = 0, opt;
  while ((opt = getopt(argc, argv, "ls")) != -1) {
    if (opt == 'l')
      list = 1;
    else if (opt == 's')
      silent = 1;
    else
      return 2;
  }
  if (argc - optind != 2)
    errx(2, "usage: cmp [-l|-s] FILE1 FILE2");
  const char *name[2] = {argv[optind], argv[optind + 1]};
  FILE *f[2];
  for (int i = 0; i < 2; i++) {
    f[i] = strcmp(name[i], "-") == 0 ? stdin : fopen(name[i], "r");
    if (f[i] == NULL)
      err(2, "%s", name[i]);
  }
  long byte = 1, line = 1;
  int differ = 0;
  for (;; byte++) {
    int a = getc(f[0]), b = getc(f[1]);
    if (a == EOF || b == EOF) {
      if (a != b) {
        if (!silent)
          fprintf(stderr, "cmp: EOF on %s after byte %ld\n", name[a == EOF ? 0 : 1], byte - 1);
        differ = 1;
      }
      break;
    }
    if (a != b) {
      differ = 1;
      if (silent)
        break;
      if (!list) {
        printf("%s %s differ: byte %ld, line %ld\n", name[0], name[1], byte, line);
        break;
      }
      printf("%ld %3o %3o\n", byte, a, b);
    }
    if (a == '\n')
      line++;
  }
  return differ;
}
