/* init_fini_order: the order in which sysgate's startup and exit() run the
 * .preinit_array, .init_array and .fini_array functions, and what they are passed
 * (gcc's constructor/destructor attributes; the ELF gABI's "Initialization and
 * Termination Functions").
 *
 * This file has the prioritized and the plain constructors and destructors;
 * init_fini_arrays.c, linked after it, places function pointers into the arrays
 * directly. Every function writes one line; ctest compares the whole output with
 * tests/expected/init_fini_order.stdout:
 *   preinit, init 101, init 102, plain constructor, explicit .init_array entry,
 *   main, then the .fini_array backwards: explicit entry, plain destructor,
 *   fini 102, fini 101.
 *
 * Not obvious: the order is made by the linker, not by sysgate. Priorities become
 * section names (.init_array.00101 from gcc, .init_array.101 from clang) that the
 * default linker script sorts by number ahead of the plain .init_array sections,
 * which follow in link order; that is why the explicit entries live in a second
 * file: within one file, how a compiler orders a constructor against a variable
 * placed in the same section is its own business. sysgate runs .init_array
 * forwards and .fini_array backwards, so destructor(101) runs last.
 */
#include <sysgate.h>

#include "check.h"
#include "init_fini_order.h"

/* What each init-time function was passed, for main to compare with its own. */
struct seen seen[SEEN_SLOTS];

void report_init(int slot, const char *who, int argc, char **argv, char **envp) {
  seen[slot].argc = argc;
  seen[slot].argv = argv;
  seen[slot].envp = envp;
  put(who);
  put(": argc ");
  put_long(argc);
  put(", argv[1] ");
  put(argc > 1 && argv[1] ? argv[1] : "(none)");
  put("\n");
}

/* The constructor attribute only places a pointer in .init_array; sysgate's
 * startup calls through it with (argc, argv, envp), so a constructor may take them. */
__attribute__((constructor(102))) static void init_102(int argc, char **argv, char **envp) {
  report_init(SEEN_INIT_102, "init 102", argc, argv, envp);
}

/* Declared after 102 on purpose: the priority, not the source order, puts it first. */
__attribute__((constructor(101))) static void init_101(int argc, char **argv, char **envp) {
  report_init(SEEN_INIT_101, "init 101", argc, argv, envp);
}

__attribute__((constructor)) static void init_plain(int argc, char **argv, char **envp) {
  report_init(SEEN_INIT_PLAIN, "init plain constructor", argc, argv, envp);
}

__attribute__((destructor(101))) static void fini_101(void) {
  put("fini 101\n");
}
__attribute__((destructor(102))) static void fini_102(void) {
  put("fini 102\n");
}
__attribute__((destructor)) static void fini_plain(void) {
  put("fini plain destructor\n");
}

int main(int argc, char **argv, char **envp) {
  put("main\n");
  /* Every init-time function must have been given main's own argc, argv and envp:
   * the same pointers, not copies. A slot no function filled stays all zero. */
  static const char *const what[SEEN_SLOTS] = {
      [SEEN_PREINIT] = "preinit was passed main's argc, argv and envp",
      [SEEN_INIT_101] = "init 101 was passed main's argc, argv and envp",
      [SEEN_INIT_102] = "init 102 was passed main's argc, argv and envp",
      [SEEN_INIT_PLAIN] = "init plain constructor was passed main's argc, argv and envp",
      [SEEN_INIT_EXPLICIT] =
          "init explicit .init_array entry was passed main's argc, argv and envp",
  };
  for (int i = 0; i < SEEN_SLOTS; i++)
    check(seen[i].argc == argc && seen[i].argv == argv && seen[i].envp == envp, what[i]);
  return check_status();
}
