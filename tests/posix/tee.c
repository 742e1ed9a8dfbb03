/* tee: copy standard input to standard output and to files, like tee(1) with -a.
 * Uses fopen(3) with "w" and "a", fread(3), fwrite(3) and ferror(3).
 *
 * Not obvious: a file that cannot be opened is reported and skipped; the copy to
 * the others still happens, and only the exit status remembers the failure.
 */
#include <err.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

int main(int argc, char *argv[]) {
  const char *mode = "w";
  int opt, status = 0;
  while ((opt = getopt(argc, argv, "a")) != -1) {
    if (opt != 'a')
      return 1;
    mode = "a";
  }
  int n = argc - optind;
  FILE **out = calloc((size_t)n + 1, sizeof *out);
  if (out == NULL)
    err(1, "calloc");
  out[0] = stdout;
  for (int i = 0; i < n; i++) {
    out[i + 1] = fopen(argv[optind + i], mode);
    if (out[i + 1] == NULL) {
      warn("%s", argv[optind + i]);
      status = 1;
    }
  }
  char buf[100];
  size_t got;
  while ((got = fread(buf, 1, sizeof buf, stdin)) > 0) {
    for (int i = 0; i <= n; i++)
      if (out[i] != NULL && fwrite(buf, 1, got, out[i]) != got)
        status = 1;
  }
  for (int i = 1; i <= n; i++)
    if (out[i] != NULL && fclose(out[i]) != 0)
      status = 1;
  free(out);
  return status;
}
