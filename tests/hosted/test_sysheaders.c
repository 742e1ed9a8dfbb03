/* Every constant, size and offset of the Linux system headers' C library layer
 * (termios, statvfs, utime, sched, capability, ptrace, misc: oracle_sysheaders.h)
 * against glibc's; the calls themselves are tested in test_<family>.c.
 *
 * Not obvious: the kernel's __NR_ list is included before sysgate's, so that
 * every number both define must be spelled alike: the build is the test.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "oracle.h"
#include "oracle_sysheaders.h"
#include <sysgate.h>
#define _LARGEFILE64_SOURCE /* the *64 names, for the ABI list */
#include <sysgate/lfs64.h>
/* The kernel's own list before sysgate's: every __NR_ both define must be spelled
 * alike, or sysgate's redefinition is an error under -Werror (the build is the
 * test; in this order, since a system header's own warnings are not shown). */
#include <asm/unistd.h>
#include SYSGATE_ARCH_NR_UAPI_H

#include "suite.h"

#define SYSHEADERS_CHECK(list)                                                                     \
  {                                                                                                \
    static const struct abi_row ours[] = ABI_TABLE(list);                                          \
    print_message("%s: %u rows\n", #list, oracle_##list##_len);                                    \
    ABI_ASSERT_SAME(ours, oracle_##list, oracle_##list##_len);                                     \
  }

static void test_sysheaders_abi(void **state) {
  (void)state;
  SYSHEADERS_ABI_LISTS(SYSHEADERS_CHECK)
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_sysheaders_abi),
  };
  return cmocka_run_group_tests(tests, NULL, suite_teardown);
}
