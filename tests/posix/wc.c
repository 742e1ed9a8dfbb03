/* wc: count lines, words and bytes of files or standard input, like wc(1), with
 * -l, -w and -c picking columns. Uses getopt(3), fopen(3), getc(3) and isspace(3).
 *
 * Not obvious: a word is a maximal run of non-space bytes, so the count goes up on
 * the transition from space to non-space, not on each space.
 */
#include <ctype.h>
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static int show_lines, show_words, show_bytes;

struct counts {
  long lines, words, bytes;
};

static void count(FILE *f, struct counts *c) {
  int ch, in_word = 0;
  while ((ch = getc(f)) != EOF) {
    c->bytes++;
    if (ch == '\n')
      c->lines++;
    if (isspace(ch)) {
      in_word = 0;
    } else if (!in_word) {
      in_word = 1;
      c->words++;
    }
  }
}

static void report(const struct counts *c, const char *name) {
  if (show_lines)
    printf(" %7ld", c->lines);
  if (show_words)
    printf(" %7ld", c->words);
  if (show_bytes)
    printf(" %7ld", c->bytes);
  if (name)
    printf(" %s", name);
  putchar('\n');
}

int main(int argc, char **argv) {
  int opt;
  while ((opt = getopt(argc, argv, "lwc")) != -1) {
    switch (opt) {
    case 'l':
      show_lines = 1;
      break;
    case 'w':
      show_words = 1;
      break;
    case 'c':
      show_bytes = 1;
      break;
    default:
      fprintf(stderr, "Usage: %s [-lwc] [file...]\n", argv[0]);
      return 1;
    }
  }
  if (!show_lines && !show_words && !show_bytes)
    show_lines = show_words = show_bytes = 1;

  struct counts total = {0, 0, 0};
  int status = 0;
  if (optind == argc) {
    count(stdin, &total);
    report(&total, NULL);
    return 0;
  }
  for (int i = optind; i < argc; i++) {
    FILE *f = fopen(argv[i], "r");
    if (!f) {
      fprintf(stderr, "wc: %s: %s\n", argv[i], strerror(errno));
      status = 1;
      continue;
    }
    struct counts c = {0, 0, 0};
    count(f, &c);
    fclose(f);
    report(&c, argv[i]);
    total.lines += c.lines;
    total.words += c.words;
    total.bytes += c.bytes;
  }
  if (argc - optind > 1)
    report(&total, "total");
  return status;
}
