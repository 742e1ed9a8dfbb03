/* A static PIE (SYSGATE_STATIC_PIE) relocates itself: pointers the linker stored
 * in data hold run-time addresses before main, and the program did not load
 * at its link-time address.
 *
 * Not obvious: `stored` is an initialised pointer in .data, which only a
 * relocation can make right; `&target` is computed by the code itself,
 * PC-relative, and is right in any case. Their equality is the test.
 */
#include <sysgate.h>

static int target = 42;
static int *volatile stored = &target; /* volatile: loaded from .data, never folded */
static const char *volatile text = "relocated";

static void put(const char *s) {
  write(STDOUT_FILENO, s, strlen(s));
}

int main(void) {
  int fails = 0;
  if (stored != &target || *stored != 42) {
    put("FAIL data pointer not relocated\n");
    fails++;
  }
  if (strlen(text) != 9) {
    put("FAIL string pointer not relocated\n");
    fails++;
  }
  /* A PIE's link-time entry is a small offset; the kernel maps it high. */
  if (getauxval(AT_ENTRY) < 0x10000) {
    put("FAIL loaded at its link-time address\n");
    fails++;
  }
  if (!fails)
    put("ok relocated\n");
  return fails;
}
