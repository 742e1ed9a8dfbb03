/* program_invocation_name(3), program_invocation_short_name: argv[0] and its last
 * component.
 *
 * Not obvious: they are set by this file's own .preinit_array entry, which _start
 * (src/start.c) and glibc's startup both call with (argc, argv, envp) before any
 * constructor. The entry lives in the object that defines the two names, so only a
 * program that uses them (or err(), warn(), assert(), which do) links it; hello
 * carries nothing. A program started with no argv[0] gets "" for both.
 */
#include <sysgate/err.h>
#include <sysgate/string.h>

char *program_invocation_name = "";
char *program_invocation_short_name = "";

static void set_names(int argc, char **argv, char **envp) {
  (void)envp;
  if (argc < 1 || argv[0] == NULL)
    return;
  program_invocation_name = argv[0];
  char *slash = strrchr(argv[0], '/');
  program_invocation_short_name = slash != NULL ? slash + 1 : argv[0];
}

/* Not const: a const object in .preinit_array makes the section read-only ("a"), and
 * the linker then merges it with code into one writable, executable segment. */
typedef void (*init_fn)(int, char **, char **);
__attribute__((section(".preinit_array"), used)) static init_fn set_names_entry = set_names;
