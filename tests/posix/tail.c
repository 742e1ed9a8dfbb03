/* tail: print the last N lines (-n) or bytes (-c) of a file, like tail(1). Seeks
 * with fseek(3) from the end and reads backwards in blocks; ftell(3) gives the size.
 *
 * Not obvious: a final newline ends the last line rather than starting an empty
 * one, so when the file ends in '\n' one more newline is needed to go N lines back.
 */
#include <err.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

int main(int argc, char *argv[]) {
  long n = 10;
  int bytes = 0, opt;
  while ((opt = getopt(argc, argv, "n:c:")) != -1) {
    if (opt != 'n' && opt != 'c')
      return 1;
    bytes = opt == 'c';
    char *end;
    n = strtol(optarg, &end, 10);
    if (*end || n < 0)
      errx(1, "invalid number: '%s'", optarg);
  }
  if (optind != argc - 1)
    errx(1, "usage: tail [-n N | -c N] FILE");
  FILE *f = fopen(argv[optind], "rb");
  if (f == NULL)
    err(1, "cannot open '%s' for reading", argv[optind]);
  if (fseek(f, 0, SEEK_END) != 0)
    err(1, "fseek");
  long size = ftell(f), start = 0;
  if (bytes) {
    start = size > n ? size - n : 0;
  } else {
    long pos = size, newlines = 0;
    char block[7];
    while (pos > 0 && start == 0) {
      long chunk = pos < (long)sizeof block ? pos : (long)sizeof block;
      pos -= chunk;
      fseek(f, pos, SEEK_SET);
      if (fread(block, 1, (size_t)chunk, f) != (size_t)chunk)
        err(1, "read");
      for (long i = chunk - 1; i >= 0; i--) {
        if (block[i] == '\n' && pos + i != size - 1 && ++newlines == n) {
          start = pos + i + 1;
          break;
        }
      }
    }
    if (n == 0)
      start = size;
  }
  fseek(f, start, SEEK_SET);
  printf("(from offset %ld of %ld)\n", ftell(f), size);
  int c;
  while ((c = getc(f)) != EOF)
    putchar(c);
  fclose(f);
  return 0;
}
