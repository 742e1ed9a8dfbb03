/* Size benchmark: the malloc family, a growing buffer, freed at the end. */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int main(int argc, char **argv) {
  size_t cap = 16, len = 0;
  char *buf = malloc(cap);
  for (int i = 0; buf && i < argc; i++) {
    size_t n = strlen(argv[i]);
    while (len + n + 2 > cap) {
      char *bigger = realloc(buf, cap *= 2);
      if (!bigger) {
        free(buf);
        return 1;
      }
      buf = bigger;
    }
    memcpy(buf + len, argv[i], n);
    len += n;
    buf[len++] = '\n';
  }
  int ok = buf && write(STDOUT_FILENO, buf, len) == (ssize_t)len;
  free(buf);
  return ok ? 0 : 1;
}
