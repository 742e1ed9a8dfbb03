/* utime(2) (sysgate/utime.h): the times it sets, read back through glibc, past 2038
 * where the time_t holds it, and its failures against glibc's.
 *
 * Not obvious: i386's utime system call has 32-bit times, so sysgate sets the times
 * with utimensat, and a time past 2038 must still arrive whole.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "oracle.h"
#include "oracle_sysheaders.h"
#include <sysgate.h>

#include "suite.h"

/* --- utime ---------------------------------------------------------------------- */

static void test_utime(void **state) {
  (void)state;
  const char *path = oracle_make_file("times", "x", 1);
  long long at, mt;
  errno = SUITE_ERRNO_CANARY;
  struct utimbuf times = {1000000000, 2000000000};
  assert_int_equal(utime(path, &times), 0);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  assert_int_equal(oracle_file_times(path, &at, &mt), 0);
  assert_int_equal(at, 1000000000);
  assert_int_equal(mt, 2000000000);
  if (!SUITE_I386 || sizeof(time_t) == 8) { /* past 2038, which sysgate's i386 time_t holds */
    struct utimbuf late = {4102444800LL, 4102444801LL};
    assert_int_equal(utime(path, &late), 0);
    assert_int_equal(oracle_file_times(path, &at, &mt), 0);
    assert_int_equal(mt, 4102444801LL);
  }
  assert_int_equal(utime(path, NULL), 0); /* now */
  long long our_now;
  assert_int_equal(oracle_file_times(path, &at, &our_now), 0);
  int ge;
  assert_int_equal(oracle_utime(path, 1, 0, 0, &ge), 0);
  assert_int_equal(oracle_file_times(path, &at, &mt), 0);
  assert_true(mt - our_now >= 0 && mt - our_now <= 2);

  const char *bad[] = {oracle_path("missing/file"), NULL, ""};
  for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
    int r = utime(bad[i], &times), e = errno;
    int gr = oracle_utime(bad[i], 0, 1, 2, &ge);
    assert_int_equal(r, -1);
    assert_int_equal(gr, -1);
    assert_int_equal(e, ge);
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_utime),
  };
  return cmocka_run_group_tests(tests, NULL, suite_teardown);
}
