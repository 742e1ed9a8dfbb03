/* capget(2) and capset(2) (sysgate/capability.h) against glibc's on the same
 * headers and data: good and unknown versions, other pids, and no data pointer.
 *
 * Not obvious: an unknown version is not only refused (EINVAL): the kernel writes
 * the version it prefers back into the header, which both sides must show.
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

/* --- capget, capset ----------------------------------------------------------- */

/* include/uapi/linux/capability.h: the header, and version 3's two data words. */
struct cap_header {
  uint32_t version;
  int pid;
};
struct cap_data {
  uint32_t effective, permitted, inheritable;
};
#define CAP_VERSION_3 0x20080522

static void test_capget_capset(void **state) {
  (void)state;
  static const struct {
    uint32_t version;
    int pid;
    int with_data;
  } cases[] = {{CAP_VERSION_3, 0, 1},  {0, 0, 0},
               {0x12345, 0, 1},        {CAP_VERSION_3, 0x7ffffff0, 1},
               {CAP_VERSION_3, -1, 1}, {CAP_VERSION_3, 0, 0}};
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    struct cap_header h = {cases[i].version, cases[i].pid}, gh = h;
    struct cap_data d[2], gd[2];
    memset(d, 0xee, sizeof d);
    memset(gd, 0xee, sizeof gd);
    errno = SUITE_ERRNO_CANARY;
    int r = capget(&h, cases[i].with_data ? d : NULL), e = errno, ge;
    int gr = oracle_capget(&gh, cases[i].with_data ? gd : NULL, &ge);
    assert_int_equal(r, gr);
    assert_int_equal(e, r == 0 ? SUITE_ERRNO_CANARY : ge);
    assert_memory_equal(&h, &gh, sizeof h); /* the kernel rewrites a wrong version */
    assert_memory_equal(d, gd, sizeof d);
  }
  struct cap_header h = {CAP_VERSION_3, 0};
  struct cap_data now[2];
  assert_int_equal(capget(&h, now), 0);
  int ge;
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(capset(&h, now), 0); /* the sets it has: allowed to anyone */
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  assert_int_equal(oracle_capset(&h, now, &ge), 0);
  int r = capset(&h, NULL), e = errno;
  int gr = oracle_capset(&h, NULL, &ge);
  ASSERT_BOTH_FAIL(r, e, gr, ge, EFAULT);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_capget_capset),
  };
  return cmocka_run_group_tests(tests, NULL, suite_teardown);
}
