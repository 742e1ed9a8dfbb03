/* rev: reverse the bytes of each line, like rev(1). Uses getline(3), fopen(3),
 * and fwrite(3).
 *
 * Not obvious: the newline stays at the end; only the bytes before it turn around.
 */
#include <err.h>
#include <stdio.h>
#include <stdlib.h>

static void rev(FILE *f) {
  char *line = NULL;
  size_t size = 0;
  ssize_t len;
  while ((len = getline(&line, &size, f)) > 0) {
    int nl = line[len - 1] == '\n';
    for (ssize_t i = len - 1 - nl; i >= 0; i--)
      putchar(line[i]);
    if (nl)
      putchar('\n');
  }
  free(line);
}

int main(int argc, char **argv) {
  int status = 0;
  if (argc == 1)
    rev(stdin);
  for (int i = 1; i < argc; i++) {
    FILE *f = fopen(argv[i], "r");
    if (!f) {
      warn("cannot open %s", argv[i]);
      status = 1;
      continue;
    }
    rev(f);
    fclose(f);
  }
  return status;
}
