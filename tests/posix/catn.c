/* catn: number the lines of files, like cat -n, optionally only non-blank ones
 * like cat -b. Uses getc(3), putchar(3) and printf(3) with a field width.
 *
 * Not obvious: the numbering runs on across files, and a number is printed when a
 * line starts, so a last line without '\n' is still numbered.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static int number_blank = 1;
static long line = 1;
static int at_start = 1;

static void copy(FILE *f) {
  int c;
  while ((c = getc(f)) != EOF) {
    if (at_start && (number_blank || c != '\n'))
      printf("%6ld\t", line++);
    putchar(c);
    at_start = c == '\n';
  }
}

int main(int argc, char **argv) {
  int opt, status = 0;
  while ((opt = getopt(argc, argv, "bn")) != -1) {
    if (opt == 'b')
      number_blank = 0;
    else if (opt != 'n')
      return 1;
  }
  if (optind == argc)
    copy(stdin);
  for (int i = optind; i < argc; i++) {
    FILE *f = strcmp(argv[i], "-") == 0 ? stdin : fopen(argv[i], "r");
    if (f == NULL) {
      fflush(stdout);
      fprintf(stderr, "catn: %s: %s\n", argv[i], strerror(errno));
      status = 1;
      continue;
    }
    copy(f);
    if (f != stdin)
      fclose(f);
  }
  return status;
}
