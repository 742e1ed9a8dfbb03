/* fold: wrap input lines to a width, like fold(1) with -w WIDTH and -s (break at
 * the last blank when possible). Tabs advance to the next multiple of 8, a
 * backspace moves back one column. Uses getchar(3) and a line buffer.
 *
 * Not obvious: with -s, the text after the last blank moves to the next line and
 * its columns are counted again from zero.
 */
#include <err.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int width = 80, at_spaces;

static int advance(int col, int c) {
  if (c == '\t')
    return col + 8 - col % 8;
  if (c == '\b')
    return col > 0 ? col - 1 : 0;
  return col + 1;
}

int main(int argc, char *argv[]) {
  int opt;
  while ((opt = getopt(argc, argv, "sw:")) != -1) {
    if (opt == 's')
      at_spaces = 1;
    else if (opt == 'w' && atoi(optarg) > 0)
      width = atoi(optarg);
    else
      errx(1, "invalid option or width");
  }
  char *line = malloc((size_t)width * 8 + 8);
  if (!line)
    err(1, "malloc");
  int len = 0, col = 0, c;
  while ((c = getchar()) != EOF) {
    if (c == '\n') {
      fwrite(line, 1, (size_t)len, stdout);
      putchar('\n');
      len = col = 0;
      continue;
    }
    if (advance(col, c) > width && len > 0) {
      int cut = len;
      if (at_spaces)
        for (int i = len - 1; i >= 0; i--)
          if (line[i] == ' ' || line[i] == '\t') {
            cut = i + 1;
            break;
          }
      fwrite(line, 1, (size_t)cut, stdout);
      putchar('\n');
      memmove(line, line + cut, (size_t)(len - cut));
      len -= cut;
      col = 0;
      for (int i = 0; i < len; i++)
        col = advance(col, line[i]);
    }
    line[len++] = (char)c;
    col = advance(col, c);
  }
  fwrite(line, 1, (size_t)len, stdout);
  free(line);
  return 0;
}
