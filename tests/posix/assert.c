/* assert: checks its operands with assert(3): each must be a number from 1 to 99.
 * A failed assertion prints glibc's message (program, file, line, function and the
 * expression) on stderr and aborts, so the status is 128 + SIGABRT.
 *
 * Not obvious: with NDEBUG defined before <assert.h> the checks vanish; here the
 * -n option cannot do that at run time, so it only skips them by itself.
 */
#include <assert.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int parse(const char *s) {
  char *end;
  long v = strtol(s, &end, 10);
  assert(*s != '\0' && *end == '\0');
  assert(v >= 1 && v <= 99);
  return (int)v;
}

int main(int argc, char *argv[]) {
  int check = 1, sum = 0;
  for (int i = 1; i < argc; i++) {
    if (strcmp(argv[i], "-n") == 0) {
      check = 0;
      continue;
    }
    printf("checking %s\n", argv[i]);
    sum += check ? parse(argv[i]) : atoi(argv[i]);
  }
  printf("sum %d\n", sum);
  return 0;
}
