/* reboot(2), swapon(2), swapoff(2), acct(2), setdomainname(2), klogctl (syslog(2)) against
 * glibc's on the same input: only inputs the kernel refuses, whoever runs the suite (root
 * too): an unknown reboot command, files that do not exist, a name too long; klogctl's
 * buffer size, the same number for both, or the same refusal (dmesg_restrict).
 *
 * Not obvious: the kernel checks reboot's magic numbers before anything else, so the raw
 * call with wrong ones is EINVAL even for root; the RB_* and SWAP_FLAG_* values against glibc's.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "oracle.h"
#include "oracle_admin.h"
#include <sysgate.h>

#include "suite.h"
#include "suite_raw.h"

static void test_admin_abi(void **state) {
  (void)state;
  static const struct abi_row ours[] = ABI_TABLE(ADMIN_ABI);
  ABI_ASSERT_SAME(ours, oracle_admin_abi, oracle_admin_abi_len);
}

static void test_admin_refused(void **state) {
  (void)state;
  SAME_RESULT(reboot(0x12345678), oracle_reboot(0x12345678, &glibc_errno));
  SAME_RESULT(swapon("/sysgate-none", 0), oracle_swapon("/sysgate-none", 0, &glibc_errno));
  SAME_RESULT(swapon("/sysgate-none", SWAP_FLAG_PREFER | 5),
              oracle_swapon("/sysgate-none", SWAP_FLAG_PREFER | 5, &glibc_errno));
  SAME_RESULT(swapoff("/sysgate-none"), oracle_swapoff("/sysgate-none", &glibc_errno));
  SAME_RESULT(acct("/sysgate-none/log"), oracle_acct("/sysgate-none/log", &glibc_errno));
  char name[80];
  memset(name, 'x', sizeof name);
  SAME_RESULT(setdomainname(name, 65), oracle_setdomainname(name, 65, &glibc_errno));
  SAME_RESULT(klogctl(99, NULL, 0), oracle_klogctl(99, NULL, 0, &glibc_errno));
  SAME_RESULT(klogctl(10, NULL, 0),
              oracle_klogctl(10, NULL, 0, &glibc_errno)); /* the buffer's size */
  /* wrong magic numbers: EINVAL before anything else (ENOSYS where valgrind lacks reboot) */
  int glibc_errno = 0;
  long theirs = glibc_syscall(&glibc_errno, SYS_reboot, 1, 2, RB_AUTOBOOT, 0, 0, 0);
  assert_int_equal(theirs, -1);
  assert_true(glibc_errno == EINVAL || (glibc_errno == ENOSYS && oracle_under_valgrind()));
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(sys_reboot(1, 2, RB_AUTOBOOT, NULL), -glibc_errno);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_admin_abi),
      cmocka_unit_test(test_admin_refused),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
