/* basename(3) and dirname(3) (sysgate/libgen.h), and the GNU basename of
 * sysgate/string.h, against glibc's on the same paths.
 *
 * Not obvious: both basenames share one name; the GNU one is declared only under
 * _GNU_SOURCE and without <libgen.h>'s, as glibc's is, so this file asks for it.
 */
#define _GNU_SOURCE /* sysgate's GNU basename, declared only then (as glibc's) */
#include <limits.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "oracle.h"
#include "oracle_libc_unix.h"
#include "oracle_malloc.h"
#include <sysgate.h>

#include "suite.h"

#define U oracle_unix

/* --- basename, dirname ------------------------------------------------------------ */

static void test_basename_dirname(void **state) {
  (void)state;
  static const char *const paths[] = {
      "",     "/",       "//",        "///",   "a", "a/", "a//", "/a",  "//a",      "///a",
      "a/b",  "a/b/",    "/a/b//",    "a//b",  ".", "..", "/.",  "a/.", "//a//b//", "usr/lib/x.so",
      "/usr", "//usr//", "a///b///c", "../..", "x/"};
  for (unsigned i = 0; i < sizeof paths / sizeof *paths; i++) {
    char a[64], b[64];
    assert_string_equal(basename(paths[i]), U.gnu_basename(paths[i]));
    strcpy(a, paths[i]);
    strcpy(b, paths[i]);
    assert_string_equal(__xpg_basename(a), U.xpg_basename(b));
    assert_string_equal(a, b); /* what each wrote into the path */
    strcpy(a, paths[i]);
    strcpy(b, paths[i]);
    assert_string_equal(dirname(a), U.dirname(b));
    assert_string_equal(a, b);
  }
  assert_string_equal(__xpg_basename(NULL), U.xpg_basename(NULL));
  assert_string_equal(dirname(NULL), U.dirname(NULL));
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_basename_dirname),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
