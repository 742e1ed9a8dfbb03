/* tac: print the lines of files in reverse order, like tac(1). Reads each whole
 * input into one buffer that grows with realloc(3), then walks it backwards.
 *
 * Not obvious: a last line without a newline is printed as it is, glued to the line
 * printed after it, as tac does.
 */
#include <err.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *slurp(FILE *f, size_t *len) {
  size_t cap = 64;
  char *buf = malloc(cap);
  if (buf == NULL)
    err(1, "malloc");
  *len = 0;
  size_t n;
  while ((n = fread(buf + *len, 1, cap - *len, f)) > 0) {
    *len += n;
    if (*len == cap) {
      cap *= 2;
      char *bigger = realloc(buf, cap);
      if (bigger == NULL)
        err(1, "realloc");
      buf = bigger;
    }
  }
  return buf;
}

static void tac(FILE *f) {
  size_t len;
  char *buf = slurp(f, &len);
  size_t end = len;
  while (end > 0) {
    size_t start = end - 1;
    while (start > 0 && buf[start - 1] != '\n')
      start--;
    fwrite(buf + start, 1, end - start, stdout);
    end = start;
  }
  free(buf);
}

int main(int argc, char *argv[]) {
  int status = 0;
  if (argc < 2)
    tac(stdin);
  for (int i = 1; i < argc; i++) {
    FILE *f = fopen(argv[i], "r");
    if (f == NULL) {
      warn("failed to open '%s' for reading", argv[i]);
      status = 1;
      continue;
    }
    tac(f);
    fclose(f);
  }
  return status;
}
