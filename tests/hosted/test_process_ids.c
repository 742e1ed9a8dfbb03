/* A process's ids (getuid(2), setresuid(2), getgroups(2)...), its session and group
 * (setsid(2), getsid(2), setpgid(2), getpgid(2)) and sethostname(2)
 * (sysgate/process.h): each against glibc on the same input.
 *
 * Not obvious: every change happens in a child (oracle_child_status), so this
 * process keeps its ids; the hostname changes only in a child with a UTS namespace
 * of its own. Ids above 65535 tell the 32-bit id calls from i386's old 16-bit ones.
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

/* --- ids ------------------------------------------------------------------- */

static void test_ids(void **state) {
  (void)state;
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(getuid(), oracle_getuid());
  assert_int_equal(geteuid(), oracle_geteuid());
  assert_int_equal(getgid(), oracle_getgid());
  assert_int_equal(getegid(), oracle_getegid());
  assert_int_equal(sys_getuid(), oracle_getuid());
  uid_t r[3];
  unsigned int g[3];
  assert_int_equal(getresuid(&r[0], &r[1], &r[2]), 0);
  assert_int_equal(oracle_getresuid(g), 0);
  assert_memory_equal(r, g, sizeof r);
  assert_int_equal(getresgid(&r[0], &r[1], &r[2]), 0);
  assert_int_equal(oracle_getresgid(g), 0);
  assert_memory_equal(r, g, sizeof r);

  int ge;
  int n = getgroups(0, NULL); /* size 0: only the count */
  assert_int_equal(n, oracle_getgroups(0, NULL, &ge));
  gid_t ours[64];
  unsigned int theirs[64];
  assert_in_range(n, 0, 64);
  assert_int_equal(getgroups(64, ours), n);
  assert_int_equal(oracle_getgroups(64, theirs, &ge), n);
  assert_memory_equal(ours, theirs, (size_t)n * sizeof ours[0]);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);

  errno = 0;
  int res = getgroups(-1, ours);
  int e = errno;
  int gr = oracle_getgroups(-1, theirs, &ge);
  ASSERT_BOTH_FAIL(res, e, gr, ge, EINVAL);
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(sys_getgroups(-1, ours), -EINVAL);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
}

static void getuid_trace(void *arg) {
  (void)arg;
  getuid();
}

static void test_getuid_number(void **state) {
  (void)state;
  /* i386's getuid (24) is the 16-bit call of Linux 2.2; sysgate uses getuid32. */
#ifdef SYS_getuid32
  long want = SYS_getuid32;
#else
  long want = SYS_getuid;
#endif
  suite_trace(getuid_trace, NULL, want);
}

#define BIG 100000u /* above 65535: a 16-bit id call would truncate it */

/* As root: set every kind of id and read it back through us and glibc, ending
 * unprivileged, where the setters fail with EPERM. */
static void id_setters(void *arg) {
  (void)arg;
  if (geteuid() != 0)
    _exit(CHILD_CANNOT);
  gid_t groups[2] = {BIG + 1, BIG + 2}, got[4];
  unsigned int theirs[4], ids[3];
  uid_t r, e, s;
  int ge;
  errno = SUITE_ERRNO_CANARY;
  CHILD_CHECK(setgroups(2, groups) == 0);
  CHILD_CHECK(getgroups(4, got) == 2 && got[0] == BIG + 1 && got[1] == BIG + 2);
  CHILD_CHECK(oracle_getgroups(4, theirs, &ge) == 2 && theirs[0] == BIG + 1);
  CHILD_CHECK(setresgid(BIG + 11, BIG + 12, BIG + 13) == 0);
  CHILD_CHECK(getresgid(&r, &e, &s) == 0 && r == BIG + 11 && e == BIG + 12 && s == BIG + 13);
  CHILD_CHECK(oracle_getresgid(ids) == 0 && ids[0] == BIG + 11 && ids[2] == BIG + 13);
  CHILD_CHECK(getgid() == BIG + 11 && getegid() == BIG + 12);
  /* setregid with a new real id also sets the saved id to the new effective one. */
  CHILD_CHECK(setregid(BIG + 21, BIG + 22) == 0);
  CHILD_CHECK(oracle_getresgid(ids) == 0 && ids[0] == BIG + 21 && ids[1] == BIG + 22 &&
              ids[2] == BIG + 22);
  CHILD_CHECK(setgid(BIG + 31) == 0); /* privileged: all three */
  CHILD_CHECK(oracle_getresgid(ids) == 0 && ids[0] == BIG + 31 && ids[1] == BIG + 31 &&
              ids[2] == BIG + 31);
  CHILD_CHECK(setresuid(BIG + 41, 0, BIG + 43) == 0); /* euid 0: still privileged */
  CHILD_CHECK(oracle_getresuid(ids) == 0 && ids[0] == BIG + 41 && ids[1] == 0 &&
              ids[2] == BIG + 43);
  CHILD_CHECK(setreuid(BIG + 51, BIG + 52) == 0); /* now nobody in particular */
  CHILD_CHECK(getresuid(&r, &e, &s) == 0 && r == BIG + 51 && e == BIG + 52 && s == BIG + 52);
  CHILD_CHECK(getuid() == BIG + 51 && geteuid() == BIG + 52);
  CHILD_CHECK(setuid(BIG + 51) == 0); /* unprivileged: to the real id is allowed */
  CHILD_CHECK(oracle_getresuid(ids) == 0 && ids[0] == BIG + 51 && ids[1] == BIG + 51 &&
              ids[2] == BIG + 52);
  CHILD_CHECK(errno == SUITE_ERRNO_CANARY);

  /* Unprivileged now: every way back to root is EPERM, for glibc too. */
  errno = 0;
  CHILD_CHECK(setuid(0) == -1 && errno == EPERM);
  CHILD_CHECK(oracle_setuid(0, &ge) == -1 && ge == EPERM);
  errno = 0;
  CHILD_CHECK(setgid(0) == -1 && errno == EPERM);
  CHILD_CHECK(oracle_setgid(0, &ge) == -1 && ge == EPERM);
  errno = 0;
  CHILD_CHECK(setresuid(0, 0, 0) == -1 && errno == EPERM);
  CHILD_CHECK(oracle_setresuid(0, 0, 0, &ge) == -1 && ge == EPERM);
  errno = 0;
  CHILD_CHECK(setgroups(2, groups) == -1 && errno == EPERM);
  CHILD_CHECK(oracle_setgroups(2, groups, &ge) == -1 && ge == EPERM);
  errno = 0;
  CHILD_CHECK(setreuid(0, 0) == -1 && errno == EPERM);
  errno = 0;
  CHILD_CHECK(setregid(0, 0) == -1 && errno == EPERM);
  errno = 0;
  CHILD_CHECK(setresgid(0, 0, 0) == -1 && errno == EPERM);
  errno = SUITE_ERRNO_CANARY;
  CHILD_CHECK(sys_setuid(0) == -EPERM && sys_setresgid(0, 0, 0) == -EPERM);
  CHILD_CHECK(errno == SUITE_ERRNO_CANARY);
  _exit(0);
}

static void test_id_setters(void **state) {
  (void)state;
  child_passes(id_setters, "setting ids needs root");
}

/* --- sessions and process groups ---------------------------------------------- */

static void new_session(void *arg) {
  (void)arg;
  pid_t me = getpid();
  int ge;
  errno = SUITE_ERRNO_CANARY;
  CHILD_CHECK(setsid() == me); /* a fork child leads no group: allowed */
  CHILD_CHECK(getsid(0) == me && oracle_getsid(0, &ge) == me && getsid(me) == me);
  CHILD_CHECK(getpgrp() == me && getpgid(0) == me && oracle_getpgid(0, &ge) == me);
  CHILD_CHECK(errno == SUITE_ERRNO_CANARY);
  errno = 0;
  CHILD_CHECK(setsid() == -1 && errno == EPERM); /* already a leader */
  CHILD_CHECK(oracle_setsid(&ge) == -1 && ge == EPERM);
  _exit(0);
}

static void new_group(void *arg) {
  (void)arg;
  pid_t me = getpid();
  int ge;
  CHILD_CHECK(getpgrp() != me);
  errno = SUITE_ERRNO_CANARY;
  CHILD_CHECK(setpgid(0, 0) == 0);
  CHILD_CHECK(getpgrp() == me && getpgid(me) == me && oracle_getpgid(0, &ge) == me);
  CHILD_CHECK(errno == SUITE_ERRNO_CANARY);
  errno = 0;
  CHILD_CHECK(setsid() == -1 && errno == EPERM); /* a group leader may not */
  CHILD_CHECK(oracle_setsid(&ge) == -1 && ge == EPERM);
  _exit(0);
}

static void test_sessions_and_groups(void **state) {
  (void)state;
  int ge, r, e, g;
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(getsid(0), oracle_getsid(0, &ge));
  assert_int_equal(getpgid(0), oracle_getpgid(0, &ge));
  assert_int_equal(getpgrp(), oracle_getpgid(0, &ge));
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  child_passes(new_session, NULL);
  child_passes(new_group, NULL);

  errno = 0;
  r = getsid(NO_SUCH_PID);
  e = errno;
  g = oracle_getsid(NO_SUCH_PID, &ge);
  ASSERT_BOTH_FAIL(r, e, g, ge, ESRCH);
  errno = 0;
  r = getpgid(NO_SUCH_PID);
  e = errno;
  g = oracle_getpgid(NO_SUCH_PID, &ge);
  ASSERT_BOTH_FAIL(r, e, g, ge, ESRCH);
  errno = 0;
  r = setpgid(0, -1);
  e = errno;
  g = oracle_setpgid(0, -1, &ge);
  ASSERT_BOTH_FAIL(r, e, g, ge, EINVAL);
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(sys_getsid(NO_SUCH_PID), -ESRCH);
  assert_int_equal(sys_setpgid(0, -1), -EINVAL);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
}

static void rename_host(void *arg) {
  (void)arg;
  static const char name[] = "sysgate-proc-test";
  char long_name[80];
  int ge;
  if (oracle_unshare_uts(&ge) != 0)
    _exit(CHILD_CANNOT); /* EPERM: needs CAP_SYS_ADMIN */
  errno = SUITE_ERRNO_CANARY;
  CHILD_CHECK(sethostname(name, sizeof name - 1) == 0);
  char seen[65] = {0};
  CHILD_CHECK(oracle_gethostname(seen, sizeof seen) == 0 && memcmp(seen, name, sizeof name) == 0);
  struct utsname u;
  CHILD_CHECK(uname(&u) == 0 && memcmp(u.nodename, name, sizeof name) == 0);
  CHILD_CHECK(errno == SUITE_ERRNO_CANARY);
  /* 65 bytes is one more than a node name holds (__NEW_UTS_LEN). */
  memset(long_name, 'x', sizeof long_name);
  errno = 0;
  CHILD_CHECK(sethostname(long_name, 65) == -1 && errno == EINVAL);
  CHILD_CHECK(oracle_sethostname(long_name, 65, &ge) == -1 && ge == EINVAL);
  errno = SUITE_ERRNO_CANARY;
  CHILD_CHECK(sys_sethostname(long_name, 65) == -EINVAL && errno == SUITE_ERRNO_CANARY);
  _exit(0);
}

static void test_sethostname(void **state) {
  (void)state;
  child_passes(rename_host,
               "unshare(CLONE_NEWUTS) refused: a new hostname needs its own UTS namespace");
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_ids),         cmocka_unit_test(test_getuid_number),
      cmocka_unit_test(test_id_setters),  cmocka_unit_test(test_sessions_and_groups),
      cmocka_unit_test(test_sethostname),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
