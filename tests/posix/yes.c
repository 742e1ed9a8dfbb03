/* yes: print a line over and over until the reader goes away, like yes(1); meant
 * for "yes | head". Uses fputs(3) on a fully buffered stdout and ferror(3).
 *
 * Not obvious: the program ends through SIGPIPE when head exits; if SIGPIPE is
 * ignored, the write fails with EPIPE instead, which the error check reports.
 */
#include <err.h>
#include <stdio.h>
#include <string.h>

int main(int argc, char *argv[]) {
  char line[256] = "y";
  if (argc > 1) {
    line[0] = '\0';
    for (int i = 1; i < argc; i++) {
      if (i > 1)
        strncat(line, " ", sizeof line - strlen(line) - 1);
      strncat(line, argv[i], sizeof line - strlen(line) - 1);
    }
  }
  for (;;) {
    if (puts(line) == EOF || ferror(stdout))
      err(1, "standard output");
  }
}
