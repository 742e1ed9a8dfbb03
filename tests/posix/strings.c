/* strings: print the runs of at least N (-n, default 4) printable characters in
 * files, like strings(1) -a, with -t d|o|x for the offset of each run. Uses fopen(3)
 * in "rb", getc(3), isprint(3), and printf's "%7ld", "%7lo", "%7lx".
 *
 * Not obvious: a tab counts as printable for strings(1), though isprint('\t') is
 * false.
 */
#include <ctype.h>
#include <err.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static int min = 4;
static char radix;

static void print_start(const char *run, long start) {
  if (radix)
    printf(radix == 'd' ? "%7ld " : radix == 'o' ? "%7lo " : "%7lx ", start);
  fwrite(run, 1, (size_t)min, stdout);
}

static void scan(FILE *f) {
  char *run = malloc((size_t)min + 1);
  if (!run)
    err(1, "malloc");
  long offset = 0, start = 0;
  int len = 0, c;
  do {
    c = getc(f);
    if (c != EOF && (isprint(c) || c == '\t')) {
      if (len == 0)
        start = offset;
      if (len < min)
        run[len] = (char)c;
      else if (len == min) {
        print_start(run, start);
        putchar(c);
      } else
        putchar(c);
      len++;
    } else {
      if (len == min)
        print_start(run, start);
      if (len >= min)
        putchar('\n');
      len = 0;
    }
    offset++;
  } while (c != EOF);
  free(run);
}

int main(int argc, char *argv[]) {
  int opt, status = 0;
  while ((opt = getopt(argc, argv, "n:t:")) != -1) {
    if (opt == 'n' && atoi(optarg) > 0)
      min = atoi(optarg);
    else if (opt == 't' && (optarg[0] == 'd' || optarg[0] == 'o' || optarg[0] == 'x'))
      radix = optarg[0];
    else
      errx(1, "invalid argument");
  }
  if (optind == argc)
    scan(stdin);
  for (int i = optind; i < argc; i++) {
    FILE *f = fopen(argv[i], "rb");
    if (!f) {
      warn("'%s'", argv[i]);
      status = 1;
      continue;
    }
    scan(f);
    fclose(f);
  }
  return status;
}
