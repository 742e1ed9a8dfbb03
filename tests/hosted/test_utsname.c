/* uname(2) (sysgate/utsname.h): every field against glibc's, and EFAULT.
 *
 * Not obvious: the kernel's newuname fills six 65-byte fields, so the struct is
 * 390 bytes on both arches, and machine is what the kernel says (i686 or x86_64).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "oracle.h"
#include "oracle_proc.h"
#include <sysgate.h>

#include "proc_child.h"
#include "suite.h"

/* --- uname, sethostname -------------------------------------------------------------- */

static void test_uname(void **state) {
  (void)state;
  struct utsname u;
  char theirs[6][65];
  int ge;
  assert_int_equal(sizeof u, 6 * 65);
  memset(&u, 0x7f, sizeof u);
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(uname(&u), 0);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  assert_int_equal(oracle_uname(theirs, &ge), 0);
  assert_string_equal(u.sysname, theirs[0]);
  assert_string_equal(u.sysname, "Linux");
  assert_string_equal(u.nodename, theirs[1]);
  assert_string_equal(u.release, theirs[2]);
  assert_string_equal(u.version, theirs[3]);
  assert_string_equal(u.machine, theirs[4]); /* i686 or x86_64: what the kernel says */
  assert_string_equal(u.domainname, theirs[5]);

  int r, e, g;
  errno = 0;
  r = uname(NULL);
  e = errno;
  g = oracle_uname_at(NULL, &ge);
  ASSERT_BOTH_FAIL(r, e, g, ge, EFAULT);
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(sys_uname(NULL), -EFAULT);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_uname),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
