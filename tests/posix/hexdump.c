/* hexdump: print files in hexdump -C's canonical form: an offset, sixteen bytes in
 * hex in two groups of eight, and the printable ones between bars. Uses fread(3),
 * printf(3) with "%08x" and "%02x", and isprint(3); -s skips bytes with fseek(3),
 * -n limits the count.
 *
 * Not obvious: a run of identical 16-byte lines is printed once followed by "*",
 * and the final offset line always gives the total length.
 */
#include <ctype.h>
#include <err.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int main(int argc, char *argv[]) {
  long skip = 0, limit = -1;
  int opt;
  while ((opt = getopt(argc, argv, "s:n:")) != -1) {
    switch (opt) {
    case 's':
      skip = strtol(optarg, NULL, 0);
      break;
    case 'n':
      limit = strtol(optarg, NULL, 0);
      break;
    default:
      return 1;
    }
  }
  FILE *f = stdin;
  if (optind < argc && (f = fopen(argv[optind], "rb")) == NULL)
    err(1, "%s", argv[optind]);
  if (skip > 0 && fseek(f, skip, SEEK_SET) != 0)
    err(1, "cannot skip");
  unsigned char line[16], prev[16];
  unsigned long offset = (unsigned long)skip;
  int have_prev = 0, starred = 0;
  for (;;) {
    size_t want = sizeof line;
    if (limit >= 0 && (unsigned long)limit < want + (offset - (unsigned long)skip))
      want = (size_t)limit - (offset - (unsigned long)skip);
    size_t n = want ? fread(line, 1, want, f) : 0;
    if (n == 0)
      break;
    if (have_prev && n == sizeof line && memcmp(line, prev, n) == 0) {
      if (!starred)
        puts("*");
      starred = 1;
      offset += n;
      continue;
    }
    starred = 0;
    printf("%08lx ", offset);
    for (size_t i = 0; i < 16; i++) {
      if (i == 8)
        putchar(' ');
      if (i < n)
        printf(" %02x", line[i]);
      else
        fputs("   ", stdout);
    }
    printf("  |");
    for (size_t i = 0; i < n; i++)
      putchar(isprint(line[i]) ? line[i] : '.');
    puts("|");
    memcpy(prev, line, n);
    have_prev = n == sizeof line;
    offset += n;
  }
  if (ferror(f))
    err(1, "read error");
  printf("%08lx\n", offset);
  return 0;
}
