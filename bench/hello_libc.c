/* The size benchmark's hello world for the libcs: the same two calls as
 * examples/hello.c, write(2) and a return from main, through <unistd.h>.
 */
#include <unistd.h>

int main(void) {
  static const char msg[] = "Hello, world!\n";
  return write(STDOUT_FILENO, msg, sizeof msg - 1) == sizeof msg - 1 ? 0 : 1;
}
