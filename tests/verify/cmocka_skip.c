/* cmocka_skip.so: leaves named tests out of a cmocka suite, without touching the
 * suite, for the valgrind runs (verify_check.py valgrind ... --skip NAME WHY).
 * Preloaded (LD_PRELOAD), it stands in front of cmocka's _cmocka_run_group_tests,
 * drops every test named in VERIFY_SKIP_TESTS (space-separated) and hands the
 * rest to the real one.
 *
 * Not obvious: valgrind keeps the program's LD_PRELOAD after its own preloads, so
 * this shim sits in front of cmocka under valgrind too; the program never
 * notices, since the group runs the same way with fewer tests.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

typedef int (*run_fn)(const char *, const struct CMUnitTest *, size_t, CMFixtureFunction,
                      CMFixtureFunction);

static int listed(const char *list, const char *name) {
  size_t n = strlen(name);
  for (const char *p = list; (p = strstr(p, name)) != NULL; p += n)
    if ((p == list || p[-1] == ' ') && (p[n] == ' ' || p[n] == '\0'))
      return 1;
  return 0;
}

int _cmocka_run_group_tests(const char *group_name, const struct CMUnitTest *const tests,
                            const size_t num_tests, CMFixtureFunction group_setup,
                            CMFixtureFunction group_teardown) {
  run_fn real = (run_fn)dlsym(RTLD_NEXT, "_cmocka_run_group_tests");
  const char *skip = getenv("VERIFY_SKIP_TESTS");
  struct CMUnitTest *kept = malloc((num_tests ? num_tests : 1) * sizeof *kept);
  if (!real || !kept)
    abort();
  size_t n = 0;
  for (size_t i = 0; i < num_tests; i++)
    if (!skip || !listed(skip, tests[i].name))
      kept[n++] = tests[i];
  int r = real(group_name, kept, n, group_setup, group_teardown);
  free(kept);
  return r;
}
