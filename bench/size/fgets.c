/* Size benchmark: stdio files, fopen and fgets copied to stdout with fputs. */
#include <stdio.h>

int main(int argc, char **argv) {
  FILE *f = fopen(argc > 1 ? argv[1] : "/etc/hostname", "r");
  if (!f) {
    perror("fopen");
    return 1;
  }
  char line[256];
  while (fgets(line, sizeof line, f))
    fputs(line, stdout);
  fclose(f);
  return 0;
}
