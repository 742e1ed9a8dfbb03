/* init_fini_arrays: the second half of the init_fini_order test: entries placed
 * in .preinit_array, .init_array and .fini_array by hand, as a pointer variable in
 * the section, which is all the constructor attribute does for you.
 *
 * Not obvious: nothing refers to these variables, so without `used` the compiler
 * drops them as unreferenced statics; once emitted, the linker keeps the sections
 * (KEEP in its default script) even with --gc-sections. The pointer type must match how
 * sysgate calls it: (argc, argv, envp) for the init arrays, no arguments for
 * .fini_array. And the variables are not const: the compiler's own entries are
 * writable data, and gcc rejects a const variable in the same section as a
 * constructor of the same file ("section type conflict").
 */
#include <sysgate.h>

#include "check.h"
#include "init_fini_order.h"

typedef void (*init_fn)(int, char **, char **);
typedef void (*fini_fn)(void);

/* .preinit_array runs before every .init_array entry whatever its priority; only
 * an executable may have one (the gABI forbids it in shared objects). */
static void preinit(int argc, char **argv, char **envp) {
  report_init(SEEN_PREINIT, "preinit", argc, argv, envp);
}
__attribute__((section(".preinit_array"), used)) static init_fn preinit_entry = preinit;

static void init_explicit(int argc, char **argv, char **envp) {
  report_init(SEEN_INIT_EXPLICIT, "init explicit .init_array entry", argc, argv, envp);
}
__attribute__((section(".init_array"), used)) static init_fn init_entry = init_explicit;

static void fini_explicit(void) {
  put("fini explicit .fini_array entry\n");
}
__attribute__((section(".fini_array"), used)) static fini_fn fini_entry = fini_explicit;
