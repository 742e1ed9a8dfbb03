/* sponge: soak up all of standard input into a tmpfile(3), then write it to a file
 * (or stdout), so "sort f | sponge f" can rewrite the file it reads, like
 * moreutils' sponge; -a appends. Uses tmpfile, rewind(3), ftell(3), fread/fwrite.
 *
 * Not obvious: tmpfile's file has no name (it is unlinked at once), so nothing is
 * left behind however the program ends.
 */
#include <err.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

int main(int argc, char *argv[]) {
  int append = 0, opt;
  while ((opt = getopt(argc, argv, "a")) != -1) {
    if (opt != 'a')
      return 1;
    append = 1;
  }
  FILE *tmp = tmpfile();
  if (tmp == NULL)
    err(1, "tmpfile");
  char buf[512];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, stdin)) > 0)
    if (fwrite(buf, 1, n, tmp) != n)
      err(1, "writing the temporary file");
  long size = ftell(tmp);
  rewind(tmp);
  FILE *out = stdout;
  if (optind < argc && (out = fopen(argv[optind], append ? "a" : "w")) == NULL)
    err(1, "%s", argv[optind]);
  while ((n = fread(buf, 1, sizeof buf, tmp)) > 0)
    if (fwrite(buf, 1, n, out) != n)
      err(1, "writing");
  if (out != stdout && fclose(out) != 0)
    err(1, "%s", argv[optind]);
  fclose(tmp);
  fprintf(stderr, "sponge: %ld bytes\n", size);
  return 0;
}
