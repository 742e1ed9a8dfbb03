/* hello: the smallest sysgate program. No libc: write(2) and a return from main.
 *
 * Not obvious: `return 0` from main goes back to sysgate's startup code, which
 * calls exit(0), which runs .fini_array and then the exit_group system call.
 */
#include <sysgate.h>

int main(void) {
  static const char msg[] = "Hello, world!\n";
  /* sizeof - 1: the terminating NUL is not part of the output. */
  return write(STDOUT_FILENO, msg, sizeof msg - 1) == sizeof msg - 1 ? 0 : 1;
}
