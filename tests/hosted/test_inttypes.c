/* The PRI* and SCN* format macros of sysgate/inttypes.h against glibc's <inttypes.h>,
 * one by one (oracle_libc_std.c).
 *
 * Not obvious: the macros differ between the arches (int64_t is long on x86_64 and
 * long long on i386), so this suite must run on both to mean anything.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "oracle.h"
#include "oracle_libc.h"
#include <sysgate.h>
#include <sysgate/inttypes.h>

#include "suite.h"
#include "suite_random.h"

static void test_format_macros_as_glibc(void **state) {
  (void)state;
#define FORMAT_ROW(name) {#name, name},
  static const struct oracle_format ours_formats[] = {ORACLE_FORMAT_MACROS(FORMAT_ROW){0, 0}};
  unsigned n = 0;
  for (; ours_formats[n].name; n++) {
    assert_non_null(oracle_formats[n].name);
    assert_string_equal(ours_formats[n].name, oracle_formats[n].name);
    if (strcmp(ours_formats[n].value, oracle_formats[n].value) != 0)
      fail_msg("%s: glibc \"%s\", sysgate \"%s\"", ours_formats[n].name, oracle_formats[n].value,
               ours_formats[n].value);
  }
  assert_null(oracle_formats[n].name);
  print_message("%u PRI*/SCN* macros equal to glibc's\n", n);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_format_macros_as_glibc),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
