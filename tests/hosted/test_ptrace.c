/* ptrace(2) (sysgate/ptrace.h): its failures against glibc's on the same requests to
 * a pid that does not exist, the unknown request included.
 *
 * Not obvious: the PEEK requests return the word read, so glibc's ptrace passes them a
 * place to put it; the pid's failure must still be the same errno on both sides.
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

/* --- ptrace ------------------------------------------------------------------------ */

static void test_ptrace_errors(void **state) {
  (void)state;
  static const int requests[] = {PTRACE_PEEKDATA, PTRACE_PEEKUSER, PTRACE_CONT,
                                 PTRACE_GETREGS,  PTRACE_DETACH,   0x4242};
  for (size_t i = 0; i < sizeof requests / sizeof requests[0]; i++)
    SAME_ANSWER(ptrace(requests[i], 0x7ffffff0, NULL, NULL),
                oracle_ptrace(requests[i], 0x7ffffff0, NULL, NULL, &ge_));
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_ptrace_errors),
  };
  return cmocka_run_group_tests(tests, NULL, suite_teardown);
}
