/* exit_status: the three ways out of a sysgate program and what each runs
 * (exit(3), _exit(2), exit_group(2)).
 *
 *   exit_status return   main returns 42            -> status 42, destructor runs
 *   exit_status exit     exit(7) two calls deep     -> status 7, destructor runs
 *   exit_status _exit    _exit(3) two calls deep    -> status 3, destructor does NOT run
 *
 * The destructor announces itself on stdout, so the expected-output files prove
 * whether it ran; the exit status is checked by ctest.
 *
 * Not obvious: returning from main is not a separate way out. sysgate's startup
 * code does exit(main(...)), so a return and an exit() both run the destructors;
 * the "exit" case calls exit() two frames below main, where no return to the
 * startup code ever happens, to show that exit() itself runs them. Only _exit()
 * (the exit_group system call) skips them, and with them anything they would flush.
 */
#include <sysgate.h>

#include "check.h"

__attribute__((destructor)) static void announce_fini(void) {
  put("destructor: ran\n");
}

/* noinline: keep the calls really nested, so the exit happens deep in the stack. */
__attribute__((noinline)) static void leave_with_exit(int status) {
  put("leave_with_exit: calling exit(7)\n");
  exit(status);
}

__attribute__((noinline)) static void leave_with__exit(int status) {
  put("leave_with__exit: calling _exit(3)\n");
  _exit(status);
}

__attribute__((noinline)) static void nested(int how) {
  if (how == 1)
    leave_with_exit(7);
  leave_with__exit(3);
}

int main(int argc, char **argv) {
  if (argc != 2) {
    put_fd(STDERR_FILENO, "usage: exit_status return|exit|_exit\n");
    return 2;
  }
  if (str_eq(argv[1], "return")) {
    put("main: returning 42\n");
    return 42;
  }
  if (str_eq(argv[1], "exit"))
    nested(1);
  if (str_eq(argv[1], "_exit"))
    nested(2);
  put_fd(STDERR_FILENO, "exit_status: unknown mode\n");
  return 2;
}
