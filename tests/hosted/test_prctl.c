/* prctl(2) (sysgate/prctl.h): the name and parent-death signal a child sets and reads
 * back, against glibc's prctl on the same options, and the errors.
 *
 * Not obvious: the changes happen in a child (oracle_child_status), so this process
 * keeps its name and its parent-death signal.
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

/* --- prctl, personality --------------------------------------------------------------- */

static void prctl_child(void *arg) {
  (void)arg;
  char name[16] = {0}, theirs[16] = {0};
  int sig = 0, ge;
  errno = SUITE_ERRNO_CANARY;
  CHILD_CHECK(prctl(PR_SET_NAME, "sg-proc-test", 0, 0, 0) == 0);
  CHILD_CHECK(prctl(PR_GET_NAME, name, 0, 0, 0) == 0 && memcmp(name, "sg-proc-test", 13) == 0);
  CHILD_CHECK(oracle_prctl(PR_GET_NAME, (unsigned long)theirs, 0, 0, 0, &ge) == 0 &&
              memcmp(theirs, name, sizeof name) == 0);
  CHILD_CHECK(prctl(PR_SET_PDEATHSIG, SIGUSR1, 0, 0, 0) == 0);
  CHILD_CHECK(prctl(PR_GET_PDEATHSIG, &sig, 0, 0, 0) == 0 && sig == SIGUSR1);
  CHILD_CHECK(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == oracle_prctl(PR_GET_DUMPABLE, 0, 0, 0, 0, &ge));
  CHILD_CHECK(prctl(PR_GET_NO_NEW_PRIVS, 0, 0, 0, 0) == 0);
  CHILD_CHECK(prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) == 0);
  CHILD_CHECK(prctl(PR_GET_NO_NEW_PRIVS, 0, 0, 0, 0) == 1);
  CHILD_CHECK(oracle_prctl(PR_GET_NO_NEW_PRIVS, 0, 0, 0, 0, &ge) == 1);
  CHILD_CHECK(errno == SUITE_ERRNO_CANARY);
  /* The unused arguments must be 0 here: the kernel checks. */
  errno = 0;
  CHILD_CHECK(prctl(PR_SET_NO_NEW_PRIVS, 1, 1, 0, 0) == -1 && errno == EINVAL);
  CHILD_CHECK(oracle_prctl(PR_SET_NO_NEW_PRIVS, 1, 1, 0, 0, &ge) == -1 && ge == EINVAL);
  errno = 0;
  CHILD_CHECK(prctl(0x7fffffff, 0, 0, 0, 0) == -1 && errno == EINVAL);
  CHILD_CHECK(oracle_prctl(0x7fffffff, 0, 0, 0, 0, &ge) == -1 && ge == EINVAL);
  errno = SUITE_ERRNO_CANARY;
  CHILD_CHECK(sys_prctl(0x7fffffff, 0, 0, 0, 0) == -EINVAL && errno == SUITE_ERRNO_CANARY);
  _exit(0);
}

static void test_prctl(void **state) {
  (void)state;
  child_passes(prctl_child, NULL);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_prctl),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
