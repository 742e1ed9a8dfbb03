/* landlock_create_ruleset(2), landlock_add_rule(2), landlock_restrict_self(2) against
 * glibc's syscall(2) on the same arguments, the structs and rights against the uapi's,
 * and a sandbox that works: a child that may read only one directory's files.
 *
 * Not obvious: a kernel without Landlock (or with it off) answers EOPNOTSUPP to every
 * call, before looking at the arguments; the comparisons still hold then, the sandbox
 * test is skipped and says so.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "oracle.h"
#include "oracle_landlock.h"
#include "oracle_misc.h"
#include "oracle_time.h"
#include <sysgate.h>

#include "suite.h"
#include "suite_extra.h"
#include "suite_raw.h"

static void test_landlock_abi(void **state) {
  (void)state;
  static const struct abi_row ours[] = ABI_TABLE(LANDLOCK_ABI);
  ABI_ASSERT_SAME(ours, oracle_landlock_abi, oracle_landlock_abi_len);
}

/* The ABI version, or -1 when the kernel has no Landlock. */
static int landlock_version(void) {
  return landlock_create_ruleset(NULL, 0, LANDLOCK_CREATE_RULESET_VERSION);
}

static void test_landlock_calls(void **state) {
  (void)state;
  long version =
      SAME_RESULT(landlock_version(), glibc_syscall(&glibc_errno, SYS_landlock_create_ruleset, 0, 0,
                                                    LANDLOCK_CREATE_RULESET_VERSION, 0, 0, 0));
  int version_errno = errno; /* ours; EOPNOTSUPP (or ENOSYS) when there is no Landlock */
  print_message("Landlock ABI version: %ld\n", version);
  struct landlock_ruleset_attr attr = {.handled_access_fs = LANDLOCK_ACCESS_FS_READ_FILE};
  struct landlock_ruleset_attr none = {0};
  struct landlock_path_beneath_attr rule = {.allowed_access = LANDLOCK_ACCESS_FS_READ_FILE,
                                            .parent_fd = -1};
  /* unknown flags, a short struct, an empty ruleset (ENOMSG), a bad pointer */
  SAME_RESULT(landlock_create_ruleset(&attr, sizeof attr, 0x80),
              glibc_syscall(&glibc_errno, SYS_landlock_create_ruleset, (long)&attr, sizeof attr,
                            0x80, 0, 0, 0));
  SAME_RESULT(landlock_create_ruleset(&attr, 4, 0),
              glibc_syscall(&glibc_errno, SYS_landlock_create_ruleset, (long)&attr, 4, 0, 0, 0, 0));
  SAME_RESULT(landlock_create_ruleset(&none, sizeof none, 0),
              glibc_syscall(&glibc_errno, SYS_landlock_create_ruleset, (long)&none, sizeof none, 0,
                            0, 0, 0));
  SAME_RESULT(landlock_create_ruleset((void *)8, sizeof attr, 0),
              glibc_syscall(&glibc_errno, SYS_landlock_create_ruleset, 8, sizeof attr, 0, 0, 0, 0));
  /* a ruleset: both make one, or both fail alike */
  SAME_FD(landlock_create_ruleset(&attr, sizeof attr, 0),
          glibc_syscall(&glibc_errno, SYS_landlock_create_ruleset, (long)&attr, sizeof attr, 0, 0,
                        0, 0));
  /* not a ruleset descriptor */
  SAME_RESULT(landlock_add_rule(-1, LANDLOCK_RULE_PATH_BENEATH, &rule, 0),
              glibc_syscall(&glibc_errno, SYS_landlock_add_rule, -1, LANDLOCK_RULE_PATH_BENEATH,
                            (long)&rule, 0, 0, 0));
  SAME_RESULT(landlock_restrict_self(-1, 0),
              glibc_syscall(&glibc_errno, SYS_landlock_restrict_self, -1, 0, 0, 0, 0, 0));
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(sys_landlock_restrict_self(-1, 0), version < 0 ? -version_errno : -EBADF);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
}

/* In a child: a ruleset that handles reading files and allows it only under dir; then
 * a file there opens, /proc/self/status (outside) is refused with EACCES. */
static void sandboxed(void *arg) {
  const char *dir = arg;
  CHILD_STEPS;
  struct landlock_ruleset_attr attr = {.handled_access_fs = LANDLOCK_ACCESS_FS_READ_FILE};
  int ruleset = landlock_create_ruleset(&attr, sizeof attr, 0);
  CHILD_STEP(ruleset >= 0);
  struct landlock_path_beneath_attr rule = {.allowed_access = LANDLOCK_ACCESS_FS_READ_FILE,
                                            .parent_fd = open(dir, O_PATH | O_CLOEXEC)};
  CHILD_STEP(rule.parent_fd >= 0);
  CHILD_STEP(landlock_add_rule(ruleset, LANDLOCK_RULE_PATH_BENEATH, &rule, 0) == 0);
  CHILD_STEP(oracle_no_new_privs() == 0);
  CHILD_STEP(landlock_restrict_self(ruleset, 0) == 0);
  int fd = openat(rule.parent_fd, "inside", O_RDONLY);
  CHILD_STEP(fd >= 0);
  CHILD_STEP(open("/proc/self/status", O_RDONLY) == -1 && errno == EACCES);
  _exit(0);
}

static void test_landlock_sandbox(void **state) {
  (void)state;
  if (landlock_version() < 0)
    SKIP_BECAUSE("this kernel has no Landlock (EOPNOTSUPP)");
  char dir[] = "/tmp/sysgate-landlock-XXXXXX";
  assert_non_null(mkdtemp(dir));
  char file[64];
  snprintf(file, sizeof file, "%s/inside", dir);
  int fd = open(file, O_WRONLY | O_CREAT, 0600);
  assert_true(fd >= 0);
  close(fd);
  int status = oracle_child_status(sandboxed, dir);
  unlink(file);
  rmdir(dir);
  assert_int_equal(status, 0); /* else the number of the step that failed */
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_landlock_abi),
      cmocka_unit_test(test_landlock_calls),
      cmocka_unit_test(test_landlock_sandbox),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
