/* atexit: handlers registered with atexit(3) run in reverse order of registration
 * at exit(3) or return from main, after which stdio streams are flushed; _exit(2)
 * skips both. The mode operand picks how the program ends.
 *
 * Not obvious: the lines printed before _exit sit in stdout's buffer when stdout is
 * a file or pipe, so they are lost; on a terminal they would already be out.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void first(void) {
  printf("handler 1 (registered first, runs last)\n");
}
static void second(void) {
  printf("handler 2\n");
}
static void third(void) {
  printf("handler 3 (registered last, runs first)\n");
  fflush(stdout);
  fputs("stderr from handler 3\n", stderr);
}

static void leave(const char *how) {
  if (strcmp(how, "exit") == 0)
    exit(3);
  if (strcmp(how, "_exit") == 0)
    _exit(4);
  if (strcmp(how, "abort") == 0)
    abort();
}

int main(int argc, char *argv[]) {
  if (atexit(first) != 0 || atexit(second) != 0 || atexit(third) != 0) {
    fputs("atexit failed\n", stderr);
    return 1;
  }
  printf("main: registered 3 handlers\n");
  for (int i = 1; i < argc; i++) {
    printf("step %d: %s\n", i, argv[i]);
    leave(argv[i]);
  }
  printf("main: returning 0\n");
  return 0;
}
