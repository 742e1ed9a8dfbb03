/* add_key(2), request_key(2), keyctl(2) against glibc's syscall(2) on the same
 * arguments, in one process, so both sides see the same process keyring: a key that
 * one side adds, the other finds, reads and removes. The constants against the uapi's.
 *
 * Not obvious: container runtimes often refuse these calls (Docker's default seccomp
 * profile answers EPERM); the comparisons still hold then, and the log says so.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "oracle.h"
#include "oracle_landlock.h"
#include <sysgate.h>

#include "suite.h"
#include "suite_raw.h"

static void test_keys_abi(void **state) {
  (void)state;
  static const struct abi_row ours[] = ABI_TABLE(KEYS_ABI);
  ABI_ASSERT_SAME(ours, oracle_keys_abi, oracle_keys_abi_len);
}

#define DESC "sysgate-test-key"

static void test_keys(void **state) {
  (void)state;
  /* the process keyring, made on first use: the same id for both */
  long ring =
      SAME_RESULT(keyctl(KEYCTL_GET_KEYRING_ID, (unsigned long)KEY_SPEC_PROCESS_KEYRING, 1, 0, 0),
                  glibc_syscall(&glibc_errno, SYS_keyctl, KEYCTL_GET_KEYRING_ID,
                                KEY_SPEC_PROCESS_KEYRING, 1, 0, 0, 0));
  if (ring < 0)
    print_message("keys refused here (errno %d): only the errors are compared\n", errno);
  /* ours adds the key, glibc's add_key of the same description updates it: one id */
  long key = SAME_RESULT(add_key("user", DESC, "first", 5, KEY_SPEC_PROCESS_KEYRING),
                         glibc_syscall(&glibc_errno, SYS_add_key, (long)"user", (long)DESC,
                                       (long)"second", 6, KEY_SPEC_PROCESS_KEYRING, 0));
  long found = SAME_RESULT(
      request_key("user", DESC, NULL, 0),
      glibc_syscall(&glibc_errno, SYS_request_key, (long)"user", (long)DESC, 0, 0, 0, 0));
  if (key >= 0) {
    assert_int_equal(found, key);
    char buf[16] = {0};
    errno = SUITE_ERRNO_CANARY;
    assert_int_equal(keyctl(KEYCTL_READ, (unsigned long)key, (unsigned long)buf, sizeof buf, 0), 6);
    assert_memory_equal(buf, "second", 6); /* glibc's update */
    assert_int_equal(errno, SUITE_ERRNO_CANARY);
    assert_int_equal(
        keyctl(KEYCTL_UNLINK, (unsigned long)key, (unsigned long)KEY_SPEC_PROCESS_KEYRING, 0, 0),
        0);
  }
  /* gone for both now; a type nobody has; an operation nobody has */
  SAME_RESULT(request_key("user", DESC, NULL, 0),
              glibc_syscall(&glibc_errno, SYS_request_key, (long)"user", (long)DESC, 0, 0, 0, 0));
  SAME_RESULT(add_key("sysgate-no-such-type", DESC, "x", 1, KEY_SPEC_PROCESS_KEYRING),
              glibc_syscall(&glibc_errno, SYS_add_key, (long)"sysgate-no-such-type", (long)DESC,
                            (long)"x", 1, KEY_SPEC_PROCESS_KEYRING, 0));
  SAME_RESULT(keyctl(9999, 0, 0, 0, 0),
              glibc_syscall(&glibc_errno, SYS_keyctl, 9999, 0, 0, 0, 0, 0));
  SAME_RESULT(add_key("user", (const char *)8, "x", 1, KEY_SPEC_PROCESS_KEYRING),
              glibc_syscall(&glibc_errno, SYS_add_key, (long)"user", 8, (long)"x", 1,
                            KEY_SPEC_PROCESS_KEYRING, 0));
  errno = SUITE_ERRNO_CANARY;
  assert_true(sys_keyctl(9999, 0, 0, 0, 0) < 0);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_keys_abi),
      cmocka_unit_test(test_keys),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
