/* head: print the first lines of files, like head(1) with -n. Uses getopt(3),
 * strtol(3), fgets(3) and errx(3).
 *
 * Not obvious: fgets stops at the buffer's size, so a long line arrives in pieces;
 * only a piece that ends in '\n' finishes a line and counts.
 */
#include <err.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void head(FILE *f, long n) {
  char buf[16];
  while (n > 0 && fgets(buf, sizeof buf, f) != NULL) {
    fputs(buf, stdout);
    if (strchr(buf, '\n') != NULL)
      n--;
  }
}

int main(int argc, char *argv[]) {
  long lines = 10;
  int opt, status = 0;
  while ((opt = getopt(argc, argv, "n:")) != -1) {
    if (opt != 'n')
      exit(EXIT_FAILURE);
    char *end;
    errno = 0;
    lines = strtol(optarg, &end, 10);
    if (errno != 0 || *end != '\0' || lines < 0)
      errx(EXIT_FAILURE, "invalid number of lines: '%s'", optarg);
  }
  if (optind == argc) {
    head(stdin, lines);
    return 0;
  }
  for (int i = optind; i < argc; i++) {
    FILE *f = fopen(argv[i], "r");
    if (f == NULL) {
      warn("cannot open '%s' for reading", argv[i]);
      status = 1;
      continue;
    }
    if (argc - optind > 1)
      printf("%s==> %s <==\n", i > optind ? "\n" : "", argv[i]);
    head(f, lines);
    fclose(f);
  }
  return status;
}
