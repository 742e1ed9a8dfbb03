/* What a process carries: its ids (getuid(2), setresuid(2), getgroups(2)...),
 * session and group (setsid(2), getsid(2), setpgid(2), getpgid(2)), limits
 * (getrlimit(2), setrlimit(2), prlimit(2)), usage (getrusage(2)), nice value
 * (getpriority(2), setpriority(2)), CPU affinity (sched_getaffinity(2),
 * sched_setaffinity(2), sched_yield(2)), uname(2), sethostname(2), prctl(2)
 * and personality(2); each against glibc on the same input.
 *
 * Not obvious: every change happens in a child (oracle_child_status), so this
 * process keeps its ids, limits and nice value; the hostname changes only in
 * a child with a UTS namespace of its own. Ids above 65535 tell the 32-bit id
 * calls from i386's old 16-bit ones, and limits above 4 GiB tell prlimit64
 * from i386's 32-bit getrlimit.
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

/* The exit status of a child that found it may not do what it was to check. */
#define CHILD_CANNOT 250

/* Runs fn in a child, which must exit 0; CHILD_CANNOT skips, saying why, where
 * the test allows it (cannot is not NULL). */
static void child_passes(void (*fn)(void *), const char *cannot) {
  int status = oracle_child_status(fn, NULL);
  if (status == CHILD_CANNOT && cannot)
    SKIP_BECAUSE(cannot);
  assert_int_equal(status, 0);
}

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

/* --- limits ------------------------------------------------------------------- */

static void test_getrlimit_prlimit(void **state) {
  (void)state;
  int ge;
  errno = SUITE_ERRNO_CANARY;
  for (int res = 0; res < RLIMIT_NLIMITS; res++) {
    struct rlimit ours, viapr;
    unsigned long long theirs[2];
    assert_int_equal(getrlimit(res, &ours), 0);
    assert_int_equal(oracle_getrlimit(res, theirs, &ge), 0);
    assert_true(ours.rlim_cur == theirs[0] && ours.rlim_max == theirs[1]);
    assert_int_equal(prlimit(0, res, NULL, &viapr), 0);
    assert_true(viapr.rlim_cur == theirs[0] && viapr.rlim_max == theirs[1]);
    assert_int_equal(prlimit(getpid(), res, NULL, &viapr), 0);
    assert_true(viapr.rlim_cur == theirs[0] && viapr.rlim_max == theirs[1]);
  }
  assert_int_equal(errno, SUITE_ERRNO_CANARY);

  struct rlimit rl;
  unsigned long long theirs[2];
  int r, e, g;
  errno = 0;
  r = getrlimit(RLIMIT_NLIMITS + 100, &rl);
  e = errno;
  g = oracle_getrlimit(RLIMIT_NLIMITS + 100, theirs, &ge);
  ASSERT_BOTH_FAIL(r, e, g, ge, EINVAL);
  errno = 0;
  r = prlimit(NO_SUCH_PID, RLIMIT_NOFILE, NULL, &rl);
  e = errno;
  g = oracle_prlimit(NO_SUCH_PID, RLIMIT_NOFILE, NULL, theirs, &ge);
  ASSERT_BOTH_FAIL(r, e, g, ge, ESRCH);
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(sys_getrlimit(RLIMIT_NLIMITS + 100, &rl), -EINVAL);
  assert_int_equal(sys_prlimit(NO_SUCH_PID, RLIMIT_NOFILE, NULL, &rl), -ESRCH);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
}

static void getrlimit_trace(void *arg) {
  getrlimit(RLIMIT_NOFILE, arg);
}

static void test_getrlimit_registers(void **state) {
  (void)state;
  struct rlimit rl;
  /* i386: prlimit64(0, resource, NULL, old), for a 64-bit rlim_t. */
  struct oracle_syscall seen =
      suite_trace(getrlimit_trace, &rl, SUITE_I386 ? SYS_prlimit64 : SYS_getrlimit);
  if (SUITE_I386) {
    assert_int_equal(seen.args[0], 0);
    assert_int_equal(seen.args[1], RLIMIT_NOFILE);
    assert_int_equal(seen.args[2], 0);
    assert_int_equal(seen.args[3], SUITE_REG(&rl));
  } else {
    assert_int_equal(seen.args[0], RLIMIT_NOFILE);
    assert_int_equal(seen.args[1], SUITE_REG(&rl));
  }
}

#define FOUR_GIB_AND_MORE ((rlim_t)5 << 30)

static void limit_setters(void *arg) {
  (void)arg;
  struct rlimit rl, old;
  unsigned long long theirs[2];
  int ge;
  errno = SUITE_ERRNO_CANARY;
  /* Lower the soft limit, then the hard one; glibc reads what we set. */
  CHILD_CHECK(getrlimit(RLIMIT_NOFILE, &old) == 0 && old.rlim_max >= 64);
  rl = (struct rlimit){32, 64};
  CHILD_CHECK(setrlimit(RLIMIT_NOFILE, &rl) == 0);
  CHILD_CHECK(oracle_getrlimit(RLIMIT_NOFILE, theirs, &ge) == 0 && theirs[0] == 32 &&
              theirs[1] == 64);
  /* prlimit sets and returns the old pair in one call. */
  rl = (struct rlimit){16, 48};
  CHILD_CHECK(prlimit(0, RLIMIT_NOFILE, &rl, &old) == 0 && old.rlim_cur == 32 &&
              old.rlim_max == 64);
  CHILD_CHECK(oracle_getrlimit(RLIMIT_NOFILE, theirs, &ge) == 0 && theirs[0] == 16);
  /* A value past 32 bits, and infinity, survive the round trip on i386 too. */
  CHILD_CHECK(getrlimit(RLIMIT_FSIZE, &old) == 0);
  if (old.rlim_max == RLIM_INFINITY) {
    rl = (struct rlimit){FOUR_GIB_AND_MORE, RLIM_INFINITY};
    CHILD_CHECK(setrlimit(RLIMIT_FSIZE, &rl) == 0);
    CHILD_CHECK(oracle_getrlimit(RLIMIT_FSIZE, theirs, &ge) == 0 &&
                theirs[0] == FOUR_GIB_AND_MORE && theirs[1] == ~0ull);
    CHILD_CHECK(getrlimit(RLIMIT_FSIZE, &rl) == 0 && rl.rlim_cur == FOUR_GIB_AND_MORE &&
                rl.rlim_max == RLIM_INFINITY);
  }
  CHILD_CHECK(errno == SUITE_ERRNO_CANARY);

  /* Soft above hard: EINVAL for both. */
  rl = (struct rlimit){100, 50};
  unsigned long long bad[2] = {100, 50};
  errno = 0;
  CHILD_CHECK(setrlimit(RLIMIT_NOFILE, &rl) == -1 && errno == EINVAL);
  CHILD_CHECK(oracle_setrlimit(RLIMIT_NOFILE, bad, &ge) == -1 && ge == EINVAL);
  errno = SUITE_ERRNO_CANARY;
  CHILD_CHECK(sys_setrlimit(RLIMIT_NOFILE, &rl) == -EINVAL && errno == SUITE_ERRNO_CANARY);
  _exit(0);
}

static void test_setrlimit(void **state) {
  (void)state;
  child_passes(limit_setters, NULL);
}

/* --- usage ---------------------------------------------------------------------- */

static void assert_rusage_equal(const struct rusage *ours, const struct oracle_rusage *theirs) {
  assert_int_equal(ours->ru_utime.tv_sec, theirs->utime_sec);
  assert_int_equal(ours->ru_utime.tv_usec, theirs->utime_usec);
  assert_int_equal(ours->ru_stime.tv_sec, theirs->stime_sec);
  assert_int_equal(ours->ru_stime.tv_usec, theirs->stime_usec);
  assert_memory_equal(&ours->ru_maxrss, theirs->rest, sizeof theirs->rest);
}

static void burn_and_exit(void *arg) {
  (void)arg;
  oracle_burn_cpu(30);
  _exit(0);
}

static void test_getrusage(void **state) {
  (void)state;
  /* The reaped children's totals hold still between two calls: equal to the
   * field, and not zero once a child has spent CPU time. */
  child_passes(burn_and_exit, NULL);
  struct rusage ru;
  struct oracle_rusage theirs;
  int ge;
  memset(&ru, 0xff, sizeof ru);
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(getrusage(RUSAGE_CHILDREN, &ru), 0);
  assert_int_equal(oracle_getrusage(RUSAGE_CHILDREN, &theirs, &ge), 0);
  assert_rusage_equal(&ru, &theirs);
  /* User and system time together: the burn loop's clock reads are system calls. */
  assert_true((ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1000000 + ru.ru_utime.tv_usec +
                  ru.ru_stime.tv_usec >=
              20000);
  /* This process's own keep moving: ours first, glibc's later, never less. */
  assert_int_equal(getrusage(RUSAGE_SELF, &ru), 0);
  assert_int_equal(oracle_getrusage(RUSAGE_SELF, &theirs, &ge), 0);
  assert_true(ru.ru_utime.tv_sec * 1000000 + ru.ru_utime.tv_usec <=
              theirs.utime_sec * 1000000 + theirs.utime_usec);
  assert_in_range(ru.ru_utime.tv_usec, 0, 999999);
  assert_in_range(ru.ru_stime.tv_usec, 0, 999999);
  assert_true(ru.ru_maxrss > 0 && ru.ru_maxrss <= theirs.rest[0]);
  assert_int_equal(getrusage(RUSAGE_THREAD, &ru), 0);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);

  int r, e, g;
  errno = 0;
  r = getrusage(42, &ru);
  e = errno;
  g = oracle_getrusage(42, &theirs, &ge);
  ASSERT_BOTH_FAIL(r, e, g, ge, EINVAL);
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(sys_getrusage(42, &ru), -EINVAL);
  assert_int_equal(sys_getrusage(RUSAGE_SELF, NULL), -EFAULT); /* NULL reaches the kernel */
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
}

/* --- nice ------------------------------------------------------------------------- */

static void test_getpriority(void **state) {
  (void)state;
  int ge;
  errno = SUITE_ERRNO_CANARY;
  int nice = getpriority(PRIO_PROCESS, 0);
  assert_int_equal(nice, oracle_getpriority(PRIO_PROCESS, 0, &ge));
  assert_int_equal(getpriority(PRIO_PGRP, 0), oracle_getpriority(PRIO_PGRP, 0, &ge));
  assert_int_equal(getpriority(PRIO_USER, 0), oracle_getpriority(PRIO_USER, 0, &ge));
  /* The raw call's 20 - nice, so that no success is negative. */
  assert_int_equal(sys_getpriority(PRIO_PROCESS, 0), 20 - nice);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);

  int r, e, g;
  errno = 0;
  r = getpriority(99, 0);
  e = errno;
  g = oracle_getpriority(99, 0, &ge);
  ASSERT_BOTH_FAIL(r, e, g, ge, EINVAL);
  errno = 0;
  r = getpriority(PRIO_PROCESS, NO_SUCH_PID);
  e = errno;
  g = oracle_getpriority(PRIO_PROCESS, NO_SUCH_PID, &ge);
  ASSERT_BOTH_FAIL(r, e, g, ge, ESRCH);
  errno = 0;
  r = setpriority(99, 0, 0);
  e = errno;
  g = oracle_setpriority(99, 0, 0, &ge);
  ASSERT_BOTH_FAIL(r, e, g, ge, EINVAL);
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(sys_getpriority(99, 0), -EINVAL);
  assert_int_equal(sys_setpriority(PRIO_PROCESS, NO_SUCH_PID, 0), -ESRCH);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
}

static void nicer(void *arg) {
  (void)arg;
  int ge;
  int before = getpriority(PRIO_PROCESS, 0);
  int want = before < 19 ? before + 1 : before; /* raising nice is never refused */
  errno = SUITE_ERRNO_CANARY;
  CHILD_CHECK(setpriority(PRIO_PROCESS, 0, want) == 0);
  CHILD_CHECK(getpriority(PRIO_PROCESS, 0) == want);
  CHILD_CHECK(oracle_getpriority(PRIO_PROCESS, 0, &ge) == want);
  CHILD_CHECK(errno == SUITE_ERRNO_CANARY);
  _exit(0);
}

static void test_setpriority(void **state) {
  (void)state;
  child_passes(nicer, NULL);
}

/* --- scheduling --------------------------------------------------------------------- */

static void test_sched_getaffinity(void **state) {
  (void)state;
  cpu_set_t ours, theirs;
  int ge;
  /* Every byte the kernel does not copy is zeroed, as glibc does. */
  memset(&ours, 0xff, sizeof ours);
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(sched_yield(), 0);
  assert_int_equal(sched_getaffinity(0, sizeof ours, &ours), 0);
  assert_int_equal(oracle_sched_getaffinity(0, sizeof theirs, &theirs, &ge), 0);
  assert_memory_equal(&ours, &theirs, sizeof ours);
  assert_true(CPU_COUNT(&ours) >= 1);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  /* The raw call returns the bytes copied: whole longs, at most the set. */
  long copied = sys_sched_getaffinity(0, sizeof ours, &ours);
  assert_in_range(copied, sizeof(long), sizeof ours);
  assert_int_equal(copied % sizeof(long), 0);

  int r, e, g;
  errno = 0;
  r = sched_getaffinity(0, 1, &ours); /* fewer bits than CPUs, and not whole longs */
  e = errno;
  g = oracle_sched_getaffinity(0, 1, &theirs, &ge);
  ASSERT_BOTH_FAIL(r, e, g, ge, EINVAL);
  errno = 0;
  r = sched_getaffinity(NO_SUCH_PID, sizeof ours, &ours);
  e = errno;
  g = oracle_sched_getaffinity(NO_SUCH_PID, sizeof theirs, &theirs, &ge);
  ASSERT_BOTH_FAIL(r, e, g, ge, ESRCH);
  CPU_ZERO(&ours);
  errno = 0;
  r = sched_setaffinity(0, sizeof ours, &ours); /* no CPU at all */
  e = errno;
  g = oracle_sched_setaffinity(0, sizeof ours, &ours, &ge);
  ASSERT_BOTH_FAIL(r, e, g, ge, EINVAL);
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(sys_sched_getaffinity(0, 1, &ours), -EINVAL);
  assert_int_equal(sys_sched_setaffinity(0, sizeof ours, &ours), -EINVAL);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
}

static void one_cpu(void *arg) {
  (void)arg;
  cpu_set_t set, theirs;
  int ge, first = -1;
  CHILD_CHECK(sched_getaffinity(0, sizeof set, &set) == 0);
  for (int cpu = CPU_SETSIZE - 1; cpu >= 0; cpu--)
    if (CPU_ISSET(cpu, &set))
      first = cpu;
  CHILD_CHECK(first >= 0);
  CPU_ZERO(&set);
  CPU_SET(first, &set);
  CHILD_CHECK(CPU_COUNT(&set) == 1);
  CHILD_CHECK(sched_setaffinity(0, sizeof set, &set) == 0);
  CHILD_CHECK(oracle_sched_getaffinity(0, sizeof theirs, &theirs, &ge) == 0);
  CHILD_CHECK(memcmp(&set, &theirs, sizeof set) == 0);
  CPU_CLR(first, &set);
  CHILD_CHECK(CPU_COUNT(&set) == 0 && !CPU_ISSET(first, &set));
  _exit(0);
}

static void test_sched_setaffinity(void **state) {
  (void)state;
  child_passes(one_cpu, NULL);
}

/* --- uname, sethostname -------------------------------------------------------------- */

static void test_uname(void **state) {
  (void)state;
  struct utsname u;
  char theirs[6][65];
  int ge;
  assert_int_equal(sizeof u, 6 * 65);
  memset(&u, 0x7f, sizeof u);
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(uname(&u), 0);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  assert_int_equal(oracle_uname(theirs, &ge), 0);
  assert_string_equal(u.sysname, theirs[0]);
  assert_string_equal(u.sysname, "Linux");
  assert_string_equal(u.nodename, theirs[1]);
  assert_string_equal(u.release, theirs[2]);
  assert_string_equal(u.version, theirs[3]);
  assert_string_equal(u.machine, theirs[4]); /* i686 or x86_64: what the kernel says */
  assert_string_equal(u.domainname, theirs[5]);

  int r, e, g;
  errno = 0;
  r = uname(NULL);
  e = errno;
  g = oracle_uname_at(NULL, &ge);
  ASSERT_BOTH_FAIL(r, e, g, ge, EFAULT);
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(sys_uname(NULL), -EFAULT);
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
      cmocka_unit_test(test_ids),
      cmocka_unit_test(test_getuid_number),
      cmocka_unit_test(test_id_setters),
      cmocka_unit_test(test_sessions_and_groups),
      cmocka_unit_test(test_getrlimit_prlimit),
      cmocka_unit_test(test_getrlimit_registers),
      cmocka_unit_test(test_setrlimit),
      cmocka_unit_test(test_getrusage),
      cmocka_unit_test(test_getpriority),
      cmocka_unit_test(test_setpriority),
      cmocka_unit_test(test_sched_getaffinity),
      cmocka_unit_test(test_sched_setaffinity),
      cmocka_unit_test(test_uname),
      cmocka_unit_test(test_sethostname),
      cmocka_unit_test(test_prctl),
      cmocka_unit_test(test_personality),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
