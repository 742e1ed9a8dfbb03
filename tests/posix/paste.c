/* paste: join corresponding lines of files side by side, like paste(1), separated
 * by tabs or by the characters of -d LIST in turn; "-" is standard input. Uses
 * several open FILEs at once and fgets(3).
 *
 * Not obvious: a file that runs out of lines first contributes empty fields while
 * the others go on; paste stops when all are at their end.
 */
#include <err.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int main(int argc, char *argv[]) {
  const char *delims = "\t";
  int opt;
  while ((opt = getopt(argc, argv, "d:")) != -1) {
    if (opt != 'd' || optarg[0] == '\0')
      errx(1, "usage: paste [-d LIST] FILE...");
    delims = optarg;
  }
  int n = argc - optind;
  if (n < 1)
    errx(1, "usage: paste [-d LIST] FILE...");
  FILE **files = malloc((size_t)n * sizeof *files);
  if (!files)
    err(1, "malloc");
  for (int i = 0; i < n; i++) {
    const char *name = argv[optind + i];
    files[i] = strcmp(name, "-") == 0 ? stdin : fopen(name, "r");
    if (!files[i])
      err(1, "%s", name);
  }
  size_t nd = strlen(delims);
  char buf[1024];
  for (;;) {
    int active = 0;
    char line[4096] = "";
    for (int i = 0; i < n; i++) {
      if (i > 0)
        strncat(line, (char[]){delims[(size_t)(i - 1) % nd], '\0'}, sizeof line - strlen(line) - 1);
      if (files[i] && fgets(buf, sizeof buf, files[i])) {
        active++;
        buf[strcspn(buf, "\n")] = '\0';
        strncat(line, buf, sizeof line - strlen(line) - 1);
      } else if (files[i]) {
        if (files[i] != stdin)
          fclose(files[i]);
        files[i] = NULL;
      }
    }
    if (!active)
      break;
    puts(line);
  }
  free(files);
  return 0;
}
