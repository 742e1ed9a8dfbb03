/* getrandom(2), getentropy(3), sysinfo(2), get_nprocs(3) and its kin, futex(2),
 * mount(2), umount2(2), seccomp(2) (sysgate/misc.h): each against glibc (or glibc's
 * syscall(2) where it has no wrapper) on the same input.
 *
 * Not obvious: nothing here changes the machine. Mounting happens only as root
 * and only in a child that has its own, private mount namespace, which dies
 * with it; the seccomp filter is installed in a child too, since a filter can
 * never be removed from the process that has it.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "oracle.h"
#include "oracle_misc.h"
#include "oracle_sysheaders.h"
#include "oracle_time.h"
#include <sysgate.h>

#include "suite.h"
#include "suite_extra.h"

static void test_misc_abi(void **state) {
  (void)state;
  static const struct abi_row ours[] = ABI_TABLE(MISC_ABI);
  ABI_ASSERT_SAME(ours, oracle_misc_abi, oracle_misc_abi_len);
}

/* --- getrandom -------------------------------------------------------------- */

static int all_zero(const unsigned char *p, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (p[i])
      return 0;
  return 1;
}

static void test_getrandom(void **state) {
  (void)state;
  unsigned char a[64], b[64];
  memset(a, 0, sizeof a);
  memset(b, 0, sizeof b);
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(getrandom(a, sizeof a, 0), sizeof a);
  assert_int_equal(getrandom(b, sizeof b, GRND_NONBLOCK), sizeof b);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  /* 512 random bits: all zero, or twice the same, would be a broken call. */
  assert_false(all_zero(a, sizeof a));
  assert_memory_not_equal(a, b, sizeof a);
  assert_int_equal(getrandom(a, 0, 0), 0);

  struct {
    void *buf;
    size_t len;
    unsigned int flags;
    int want;
  } cases[] = {
      {a, sizeof a, 0x100, EINVAL},
      {a, sizeof a, GRND_INSECURE | GRND_RANDOM, EINVAL},
      {(void *)1, 16, 0, EFAULT},
  };
  for (unsigned i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    BOTH_FAIL(cases[i].want, getrandom(cases[i].buf, cases[i].len, cases[i].flags),
              oracle_getrandom(cases[i].buf, cases[i].len, cases[i].flags, &glibc_errno));
  }
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(sys_getrandom(a, sizeof a, 0x100), -EINVAL);
  assert_int_equal(sys_getrandom((void *)1, 16, 0), -EFAULT);
  assert_int_equal(sys_getrandom(a, 8, 0), 8);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
}

/* --- sysinfo ---------------------------------------------------------------- */

static void test_sysinfo(void **state) {
  (void)state;
  struct sysinfo ours, theirs;
  memset(&ours, 0xa5, sizeof ours);
  memset(&theirs, 0xa5, sizeof theirs);
  int ge;
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(sysinfo(&ours), 0);
  assert_int_equal(oracle_sysinfo(&theirs, &ge), 0);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  /* What does not move between the two calls is equal; the rest is close. */
  assert_true(ours.uptime > 0);
  assert_true(theirs.uptime - ours.uptime <= 1);
  assert_int_equal(ours.totalram, theirs.totalram);
  assert_int_equal(ours.totalswap, theirs.totalswap);
  assert_int_equal(ours.mem_unit, theirs.mem_unit);
  assert_true(ours.mem_unit >= 1);
  assert_true(ours.procs > 0);
  assert_true(ours.freeram <= ours.totalram);
  /* The kernel fills the whole struct, padding included, as glibc's copy shows. */
  assert_memory_equal(ours.sysgate_reserved + sizeof ours.mem_unit,
                      theirs.sysgate_reserved + sizeof theirs.mem_unit,
                      sizeof ours.sysgate_reserved - sizeof ours.mem_unit);

  BOTH_FAIL(EFAULT, sysinfo(NULL), oracle_sysinfo(NULL, &glibc_errno));
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(sys_sysinfo(NULL), -EFAULT);
  assert_int_equal(sys_sysinfo(&ours), 0);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
}

/* --- futex ------------------------------------------------------------------ */

static void test_futex(void **state) {
  (void)state;
  uint32_t word = 7;
  errno = SUITE_ERRNO_CANARY;
  /* Nobody waits: no one to wake. */
  assert_int_equal(futex(&word, FUTEX_WAKE, 1, NULL, NULL, 0), 0);
  assert_int_equal(futex(&word, FUTEX_WAKE_PRIVATE, 1, NULL, NULL, 0), 0);
  /* A 1 ms wait on the right value times out. */
  struct timespec ms = {.tv_sec = 0, .tv_nsec = MS};
  long long t0 = mono_ns();
  errno = 0;
  assert_int_equal(futex(&word, FUTEX_WAIT_PRIVATE, 7, &ms, NULL, 0), -1);
  assert_int_equal(errno, ETIMEDOUT);
  assert_true(mono_ns() - t0 >= MS);
  int ge;
  assert_int_equal(oracle_futex(&word, FUTEX_WAKE, 1, NULL, NULL, 0, &ge), 0);

  struct {
    int op;
    uint32_t val;
    const struct timespec *t;
    int want;
  } cases[] = {
      {FUTEX_WAIT, 8, &ms, EAGAIN}, /* the word is not 8: no wait */
      {FUTEX_WAIT_PRIVATE, 8, NULL, EAGAIN},
      {FUTEX_WAIT, 7, &ms, ETIMEDOUT},
      {99, 0, NULL, ENOSYS}, /* no such operation */
  };
  for (unsigned i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    BOTH_FAIL(cases[i].want, futex(&word, cases[i].op, cases[i].val, cases[i].t, NULL, 0),
              oracle_futex(&word, cases[i].op, cases[i].val, cases[i].t, NULL, 0, &glibc_errno));
  }
  BOTH_FAIL(EFAULT, futex(NULL, FUTEX_WAIT, 0, &ms, NULL, 0),
            oracle_futex(NULL, FUTEX_WAIT, 0, &ms, NULL, 0, &glibc_errno));
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(sys_futex(&word, FUTEX_WAIT_PRIVATE, 8, &ms, NULL, 0), -EAGAIN);
  assert_int_equal(sys_futex(&word, FUTEX_WAIT_PRIVATE, 7, &ms, NULL, 0), -ETIMEDOUT);
  assert_int_equal(sys_futex(&word, FUTEX_WAKE_PRIVATE, 1, NULL, NULL, 0), 0);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
}

/* A timeout past 2038 (absolute, FUTEX_WAIT_BITSET takes one) must be a long
 * way off, not already past: only a 64-bit timespec gets there. */
static void test_futex_time64(void **state) {
  (void)state;
  uint32_t word = 1;
  struct timespec far = {.tv_sec = 0x80000000LL + 100, .tv_nsec = 0};
  alarms_start();
  errno = 0;
  long r = futex(&word, FUTEX_WAIT_BITSET | FUTEX_PRIVATE_FLAG | FUTEX_CLOCK_REALTIME, 1, &far,
                 NULL, FUTEX_BITSET_MATCH_ANY);
  int e = errno;
  alarms_stop();
  assert_int_equal(r, -1);
  assert_int_equal(e, EINTR); /* woken by an alarm, not timed out */
  assert_true(oracle_sigalrm_count() >= 1);
}

/* --- mount, umount2 --------------------------------------------------------- */

static void test_mount_errors(void **state) {
  (void)state;
  /* As root these fail for the reason named; otherwise with EPERM. Either way
   * glibc says the same, and nothing is mounted. */
  int root = oracle_is_root();
  const char *missing = oracle_path("no-such-dir");
  BOTH_FAIL(root ? ENOENT : EPERM, mount("none", missing, "tmpfs", 0, NULL),
            oracle_mount("none", missing, "tmpfs", 0, NULL, &glibc_errno));
  BOTH_FAIL(root ? ENODEV : EPERM, mount("none", oracle_tmpdir(), "sysgate-no-such-fs", 0, NULL),
            oracle_mount("none", oracle_tmpdir(), "sysgate-no-such-fs", 0, NULL, &glibc_errno));
  BOTH_FAIL(root ? ENOENT : EPERM, umount2(missing, 0), oracle_umount2(missing, 0, &glibc_errno));
  /* unknown flags are refused before anything else */
  BOTH_FAIL(EINVAL, umount2(oracle_tmpdir(), 0x100),
            oracle_umount2(oracle_tmpdir(), 0x100, &glibc_errno));
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(sys_umount2(oracle_tmpdir(), 0x100), -EINVAL);
  assert_int_equal(sys_mount("none", missing, "tmpfs", 0, NULL), root ? -ENOENT : -EPERM);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
}

/* In a child with a private mount namespace: mount a tmpfs, see it, unmount
 * it. The exit status names the first step that failed. */
static void mount_tmpfs_in_own_namespace(void *arg) {
  const char *dir = arg;
  if (oracle_private_mount_ns() != 0)
    _exit(77);
  CHILD_STEPS;
  CHILD_STEP(oracle_is_tmpfs(dir) == 0);
  errno = SUITE_ERRNO_CANARY;
  CHILD_STEP(mount("sysgate", dir, "tmpfs", MS_NOSUID | MS_NODEV, "size=1m,mode=0700") == 0);
  CHILD_STEP(errno == SUITE_ERRNO_CANARY);
  CHILD_STEP(oracle_is_tmpfs(dir) == 1);
  CHILD_STEP(mount(NULL, dir, NULL, MS_REMOUNT | MS_RDONLY | MS_NOSUID | MS_NODEV, NULL) == 0);
  CHILD_STEP(open(oracle_path("mnt/file"), O_CREAT | O_WRONLY, 0600) == -1 && errno == EROFS);
  CHILD_STEP(umount2(dir, 0) == 0);
  CHILD_STEP(oracle_is_tmpfs(dir) == 0);
  errno = 0;
  CHILD_STEP(umount2(dir, 0) == -1 && errno == EINVAL); /* no longer a mount point */
  int ge;
  CHILD_STEP(oracle_umount2(dir, 0, &ge) == -1 && ge == EINVAL);
  CHILD_STEP(sys_umount2(dir, MNT_DETACH) == -EINVAL);
  _exit(0);
}

static void test_mount_tmpfs(void **state) {
  (void)state;
  if (!oracle_is_root())
    SKIP_BECAUSE("not root: mounting needs CAP_SYS_ADMIN");
  const char *dir = oracle_path("mnt");
  assert_int_equal(oracle_mkdir(dir), 0);
  int status = oracle_child_status(mount_tmpfs_in_own_namespace, (void *)dir);
  if (status == 77)
    SKIP_BECAUSE("could not make a private mount namespace (unshare(CLONE_NEWNS))");
  assert_int_equal(status, 0);
  assert_int_equal(oracle_is_tmpfs(dir), 0); /* and nothing leaked out here */
}

/* --- seccomp ---------------------------------------------------------------- */

static void test_seccomp_action_avail(void **state) {
  (void)state;
  uint32_t action = SECCOMP_RET_ERRNO, bogus = 0x12345678;
  int ge;
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(seccomp(SECCOMP_GET_ACTION_AVAIL, 0, &action), 0);
  action = SECCOMP_RET_ALLOW;
  assert_int_equal(seccomp(SECCOMP_GET_ACTION_AVAIL, 0, &action), 0);
  assert_int_equal(oracle_seccomp(SECCOMP_GET_ACTION_AVAIL, 0, &action, &ge), 0);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  struct {
    unsigned int op, flags;
    void *args;
    int want;
  } cases[] = {
      {SECCOMP_GET_ACTION_AVAIL, 0, &bogus, EOPNOTSUPP},
      {SECCOMP_GET_ACTION_AVAIL, 1, &action, EINVAL}, /* it takes no flags */
      {99, 0, &action, EINVAL},
      {SECCOMP_GET_ACTION_AVAIL, 0, NULL, EFAULT},
  };
  for (unsigned i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    BOTH_FAIL(cases[i].want, seccomp(cases[i].op, cases[i].flags, cases[i].args),
              oracle_seccomp(cases[i].op, cases[i].flags, cases[i].args, &glibc_errno));
  }
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(sys_seccomp(SECCOMP_GET_ACTION_AVAIL, 0, &bogus), -EOPNOTSUPP);
  assert_int_equal(sys_seccomp(SECCOMP_SET_MODE_FILTER, 0, NULL), -EFAULT);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
}

/* In a child: a filter that makes getppid fail with EPERM and allows the rest. */
static void getppid_denied(void *arg) {
  (void)arg;
  struct sock_filter prog[SUITE_DENY_ONE_LEN];
  struct sock_fprog fprog = suite_deny_one(prog, SYS_getppid, EPERM);
  if (oracle_no_new_privs() != 0)
    _exit(77);
  if (syscall0(SYS_getppid) <= 0)
    _exit(1);
  errno = SUITE_ERRNO_CANARY;
  if (seccomp(SECCOMP_SET_MODE_FILTER, 0, &fprog) != 0 || errno != SUITE_ERRNO_CANARY)
    _exit(2);
  if (syscall0(SYS_getppid) != -EPERM)
    _exit(3);
  int ge;
  /* glibc's getppid is refused too. glibc treats getppid as unable to fail and
   * returns the kernel's value as it is, -EPERM, leaving errno alone. */
  if (oracle_getppid_err(&ge) != -EPERM || ge != 0)
    _exit(4);
  errno = SUITE_ERRNO_CANARY; /* and sysgate's, the same way */
  if (getppid() != -EPERM || sys_getppid() != -EPERM || errno != SUITE_ERRNO_CANARY)
    _exit(6);
  if (getpid() != oracle_getpid()) /* and the rest still works */
    _exit(5);
  _exit(0);
}

static void test_seccomp_filter(void **state) {
  (void)state;
  int status = oracle_child_status(getppid_denied, NULL);
  if (status == 77)
    SKIP_BECAUSE("prctl(PR_SET_NO_NEW_PRIVS) failed");
  assert_int_equal(status, 0);
  int ge;
  assert_true(oracle_getppid_err(&ge) > 0); /* the filter stayed in the child */
}

/* --- getentropy ------------------------------------------------------------- */

static void test_getentropy(void **state) {
  (void)state;
  static const unsigned long lens[] = {0, 1, 16, 255, 256, 257, 4096};
  unsigned char buf[4096];
  for (size_t i = 0; i < sizeof lens / sizeof lens[0]; i++) {
    memset(buf, 0, sizeof buf);
    errno = SUITE_ERRNO_CANARY;
    int r = getentropy(buf, lens[i]), e = errno, ge;
    int gr = oracle_getentropy(buf, lens[i], &ge);
    assert_int_equal(r, gr);
    if (r == 0) {
      assert_int_equal(e, SUITE_ERRNO_CANARY);
    } else {
      ASSERT_BOTH_FAIL(r, e, gr, ge, EIO);
    }
  }
  memset(buf, 0, sizeof buf);
  assert_int_equal(getentropy(buf, 256), 0);
  int zeros = 0;
  for (int i = 0; i < 256; i++)
    zeros += buf[i] == 0;
  assert_true(zeros < 32); /* 256 random bytes have about one zero */
  assert_int_equal(buf[256], 0);
  int ge, r = getentropy(NULL, 16), e = errno;
  int gr = oracle_getentropy(NULL, 16, &ge);
  ASSERT_BOTH_FAIL(r, e, gr, ge, EFAULT);
}

/* --- get_nprocs and kin ------------------------------------------------------- */

static void test_sysinfo_counts(void **state) {
  (void)state;
  long theirs[4];
  oracle_sysinfo_counts(theirs);
  assert_int_equal(get_nprocs(), theirs[0]);
  assert_int_equal(get_nprocs_conf(), theirs[1]);
  assert_int_equal(get_phys_pages(), theirs[2]);
  long free_pages = get_avphys_pages(); /* changes from one moment to the next */
  assert_true(free_pages > 0 && free_pages <= theirs[2]);
  long gap = free_pages > theirs[3] ? free_pages - theirs[3] : theirs[3] - free_pages;
  assert_true(gap <= theirs[2] / 20);
  assert_true(theirs[0] >= 1 && theirs[0] <= theirs[1]);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_misc_abi),       cmocka_unit_test(test_getrandom),
      cmocka_unit_test(test_sysinfo),        cmocka_unit_test(test_futex),
      cmocka_unit_test(test_futex_time64),   cmocka_unit_test(test_mount_errors),
      cmocka_unit_test(test_mount_tmpfs),    cmocka_unit_test(test_seccomp_action_avail),
      cmocka_unit_test(test_seccomp_filter), cmocka_unit_test(test_getentropy),
      cmocka_unit_test(test_sysinfo_counts),
  };
  return cmocka_run_group_tests(tests, NULL, suite_teardown);
}
