/* printenv: print all of the environment, or the values of the named variables,
 * like printenv(1). Uses getenv(3) and environ.
 *
 * Not obvious: the status is 1 when any named variable is unset, though the others
 * are still printed.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

extern char **environ;

int main(int argc, char *argv[]) {
  if (argc == 1) {
    for (char **e = environ; *e; e++)
      printf("%s\n", *e);
    return 0;
  }
  int status = 0;
  for (int i = 1; i < argc; i++) {
    const char *v = getenv(argv[i]);
    if (v == NULL)
      status = 1;
    else
      printf("%s\n", v);
  }
  return status;
}
