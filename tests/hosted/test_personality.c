/* personality(2) (sysgate/personality.h) against glibc's: the persona read, and one
 * set in a child and read back by both.
 *
 * Not obvious: personality never fails on x86 (kernel/exec_domain.c): it returns the
 * old persona, and 0xffffffff only asks.
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

/* personality never fails on x86 (kernel/exec_domain.c): it returns the old
 * persona, and 0xffffffff only asks. */
static void persona_child(void *arg) {
  (void)arg;
  int ge;
  int old = personality(SYSGATE_PERSONALITY_QUERY);
  errno = SUITE_ERRNO_CANARY;
  CHILD_CHECK(personality(PER_LINUX | ADDR_NO_RANDOMIZE) == old);
  CHILD_CHECK(personality(SYSGATE_PERSONALITY_QUERY) == (PER_LINUX | ADDR_NO_RANDOMIZE));
  CHILD_CHECK(oracle_personality(0xffffffff, &ge) == (PER_LINUX | ADDR_NO_RANDOMIZE));
  CHILD_CHECK(sys_personality(SYSGATE_PERSONALITY_QUERY) == (PER_LINUX | ADDR_NO_RANDOMIZE));
  CHILD_CHECK(errno == SUITE_ERRNO_CANARY);
  _exit(0);
}

static void test_personality(void **state) {
  (void)state;
  int ge;
  assert_int_equal(personality(SYSGATE_PERSONALITY_QUERY), oracle_personality(0xffffffff, &ge));
  child_passes(persona_child, NULL);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_personality),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
