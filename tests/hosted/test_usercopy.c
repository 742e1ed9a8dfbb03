/* sysgate_copy_in/sysgate_copy_out (sysgate/usercopy.h) and the wrappers that
 * convert through them: a bad pointer is EFAULT, as the system call says, and
 * never a fault in sysgate's code. Each call is made with the kernel's copy
 * available (no filter), so these are the paths a program normally takes;
 * test_fallback_when_refused makes the kernel refuse it, in a child.
 *
 * Not obvious: glibc is no oracle here. Its i386 conversions and its ppoll and
 * pselect copies fault on the same input (tests/verify/badinput.c counts them),
 * so the expected answers are the kernel's, from a direct call where the arch
 * has one (x86_64's stat, getitimer) and from the man pages otherwise.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "oracle.h"
#include "oracle_misc.h"
#include "oracle_time.h"
#include <sysgate.h>

#include "suite.h"
#include "suite_extra.h"

#define PAGE 4096

/* Address 1, never mapped, unseen by the optimiser: gcc -O2 warns (array-bounds)
 * when it inlines a store through a constant it knows is no object. */
static void *volatile bad_address = (void *)1;
#define BAD(type) ((type *)bad_address)

/* Two pages: the first read-write, the second as `prot` (or unmapped: -1). */
static char *two_pages(int prot) {
  char *p = mmap(NULL, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  assert_true(p != MAP_FAILED);
  if (prot < 0)
    assert_int_equal(munmap(p + PAGE, PAGE), 0);
  else
    assert_int_equal(mprotect(p + PAGE, PAGE, prot), 0);
  return p;
}

static void test_copy_valid(void **state) {
  (void)state;
  char local[32], theirs[32];
  for (int i = 0; i < 32; i++)
    local[i] = (char)i, theirs[i] = 0;
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(sysgate_copy_out(theirs, local, sizeof local), 0);
  assert_memory_equal(theirs, local, sizeof local);
  theirs[5] = 'x';
  assert_int_equal(sysgate_copy_in(local, theirs, sizeof local), 0);
  assert_int_equal(local[5], 'x');
  assert_int_equal(sysgate_copy_out(NULL, local, 0), 0); /* nothing to copy, nothing asked */
  assert_int_equal(sysgate_copy_in(local, NULL, 0), 0);
  assert_int_equal(errno, SUITE_ERRNO_CANARY); /* the raw convention: no errno */
}

static void test_copy_bad(void **state) {
  (void)state;
  char local[16] = "sixteen bytes..";
  static const char readonly[16] = "read-only memory";
  assert_int_equal(sysgate_copy_out(NULL, local, sizeof local), -EFAULT);
  assert_int_equal(sysgate_copy_in(local, NULL, sizeof local), -EFAULT);
  assert_int_equal(sysgate_copy_out((void *)1, local, sizeof local), -EFAULT);
  /* Page protections hold: no FOLL_FORCE. Read-only memory reads, never takes a write. */
  assert_int_equal(sysgate_copy_out((void *)(uintptr_t)readonly, local, sizeof local), -EFAULT);
  assert_int_equal(readonly[0], 'r');
  assert_int_equal(sysgate_copy_in(local, readonly, sizeof local), 0);
  assert_memory_equal(local, readonly, sizeof local);
  char *none = two_pages(PROT_NONE);
  assert_int_equal(sysgate_copy_in(local, none + PAGE, 8), -EFAULT);
  assert_int_equal(sysgate_copy_out(none + PAGE, local, 8), -EFAULT);
  assert_int_equal(munmap(none, 2 * PAGE), 0);
  /* A range that runs onto an unmapped page: part of it is not enough. */
  char *gap = two_pages(-1);
  assert_int_equal(sysgate_copy_out(gap + PAGE - 8, local, sizeof local), -EFAULT);
  assert_int_equal(sysgate_copy_in(local, gap + PAGE - 8, sizeof local), -EFAULT);
  assert_int_equal(sysgate_copy_out(gap + PAGE - sizeof local, local, sizeof local), 0);
  assert_memory_equal(gap + PAGE - sizeof local, local, sizeof local);
  assert_int_equal(munmap(gap, PAGE), 0);
}

/* Ranges over several pages: every page is touched, the middle one too. */
static void test_copy_spans_pages(void **state) {
  (void)state;
  static char mine[3 * PAGE];
  for (unsigned i = 0; i < sizeof mine; i++)
    mine[i] = (char)(i * 7);
  char *p = mmap(NULL, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  assert_true(p != MAP_FAILED);
  assert_int_equal(sysgate_copy_out(p + 100, mine, sizeof mine), 0);
  assert_memory_equal(p + 100, mine, sizeof mine);
  assert_int_equal(mprotect(p + 2 * PAGE, PAGE, PROT_READ), 0); /* the middle of the range */
  assert_int_equal(sysgate_copy_out(p + 100, mine, sizeof mine), -EFAULT);
  assert_int_equal(sysgate_copy_in(mine, p + 100, sizeof mine), 0);
  assert_int_equal(mprotect(p + 2 * PAGE, PAGE, PROT_NONE), 0);
  assert_int_equal(sysgate_copy_in(mine, p + 100, sizeof mine), -EFAULT);
  assert_int_equal(sysgate_copy_out(p + 100, mine, sizeof mine), -EFAULT);
  assert_int_equal(munmap(p, 4 * PAGE), 0);
}

/* --- the wrappers ------------------------------------------------------------ */

/* ppoll and pselect copy the const timeout: a bad one is EFAULT (glibc's copy
 * faults); a good one is never written, though the kernel counts its copy down. */
static void test_ppoll_pselect_timeouts(void **state) {
  (void)state;
  int fds[2];
  assert_int_equal(oracle_pipe(fds), 0);
  struct pollfd p = {fds[0], POLLIN, 0};
  fd_set r;
  void *unmapped = two_pages(-1) + PAGE;
  errno = 0;
  assert_int_equal(ppoll(&p, 1, unmapped, NULL), -1);
  assert_int_equal(errno, EFAULT);
  errno = 0;
  FD_ZERO(&r);
  FD_SET(fds[0], &r);
  assert_int_equal(pselect(fds[0] + 1, &r, NULL, NULL, unmapped, NULL), -1);
  assert_int_equal(errno, EFAULT);
  errno = 0;
  assert_int_equal(ppoll(&p, 1, (const struct timespec *)1, NULL), -1);
  assert_int_equal(errno, EFAULT);
  assert_int_equal(munmap((char *)unmapped - PAGE, PAGE), 0);
  /* The const contract: ten milliseconds in, ten milliseconds after. */
  struct timespec ten_ms = TS(0, 10 * MS), left = ten_ms;
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(ppoll(&p, 1, &ten_ms, NULL), 0);
  assert_int_equal(ten_ms.tv_sec, 0);
  assert_int_equal(ten_ms.tv_nsec, 10 * MS);
  FD_ZERO(&r);
  FD_SET(fds[0], &r);
  assert_int_equal(pselect(fds[0] + 1, &r, NULL, NULL, &ten_ms, NULL), 0);
  assert_int_equal(ten_ms.tv_sec, 0);
  assert_int_equal(ten_ms.tv_nsec, 10 * MS);
  /* ... where the raw call, handed the timeout itself, has the kernel write it. */
  assert_int_equal(sys_ppoll(&p, 1, &left, NULL, sizeof(sigset_t)), 0);
  assert_int_equal(left.tv_sec, 0);
  assert_int_equal(left.tv_nsec, 0);
  /* A timeout in read-only memory is only read. */
  static const struct timespec zero = TS(0, 0);
  assert_int_equal(ppoll(&p, 1, &zero, NULL), 0);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  assert_int_equal(oracle_close(fds[0]), 0);
  assert_int_equal(oracle_close(fds[1]), 0);
}

/* select writes the time left back (Linux): i386 converts its timeval through
 * the kernel both ways. A bad one is EFAULT; one in read-only memory still
 * works, its time left dropped, as x86_64's kernel drops it (poll_select_finish). */
static void test_select_timeval(void **state) {
  (void)state;
  static const struct timeval readonly = {0, 1000};
  errno = 0;
  assert_int_equal(select(0, NULL, NULL, NULL, BAD(struct timeval)), -1);
  assert_int_equal(errno, EFAULT);
  assert_int_equal(sys_select(0, NULL, NULL, NULL, BAD(struct timeval)), -EFAULT);
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(select(0, NULL, NULL, NULL, (struct timeval *)(uintptr_t)&readonly), 0);
  assert_int_equal(readonly.tv_usec, 1000);
  struct timeval tv = {0, 1000};
  assert_int_equal(select(0, NULL, NULL, NULL, &tv), 0);
  assert_int_equal(tv.tv_sec, 0);
  assert_int_equal(tv.tv_usec, 0); /* the time left */
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
}

/* The i386 conversions (getrusage's and wait4's rusage, time's seconds; stat's
 * are in test_stat.c, the itimers' in test_time.c); x86_64's kernel writes
 * these itself and answers the same. */
static void test_converted_results(void **state) {
  (void)state;
  errno = 0;
  assert_int_equal(getrusage(RUSAGE_SELF, BAD(struct rusage)), -1);
  assert_int_equal(errno, EFAULT);
  assert_int_equal(sys_getrusage(RUSAGE_SELF, NULL), -EFAULT);
  assert_int_equal(sys_getrusage(99, BAD(struct rusage)), -EINVAL); /* who is checked first */
  struct rusage ru;
  assert_int_equal(sys_getrusage(RUSAGE_SELF, &ru), 0);
  assert_true(ru.ru_utime.tv_usec >= 0 && ru.ru_utime.tv_usec < 1000000);
  /* wait4 reaps the child, then finds the rusage bad. */
  pid_t pid = fork();
  if (pid == 0)
    _exit(0);
  assert_true(pid > 0);
  int status = -1;
  assert_int_equal(sys_wait4(pid, &status, 0, BAD(struct rusage)), -EFAULT);
  assert_int_equal(status, 0);
  assert_int_equal(sys_wait4(pid, NULL, 0, NULL), -ECHILD);
  assert_int_equal(sys_time(BAD(time_t)), -EFAULT);
  assert_int_equal(sys_gettimeofday(BAD(struct timeval), NULL), -EFAULT);
  time_t t = 0;
  assert_true(sys_time(&t) > 0 && t > 0);
  struct timeval tv = {0, -1};
  assert_int_equal(sys_gettimeofday(&tv, NULL), 0);
  assert_true(tv.tv_sec >= t && tv.tv_usec >= 0 && tv.tv_usec < 1000000);
  /* From the vDSO, time stores through the pointer unchecked on both arches
   * (x86_64's __vdso_time itself; i386 as it does): the system call is checked. */
  if (SYSGATE_VDSO_FN(clock_gettime) == 0) {
    errno = 0;
    assert_int_equal(time(BAD(time_t)), -1);
    assert_int_equal(errno, EFAULT);
  }
}

/* sigaction converts both structs field by field: a bad act is EFAULT with
 * nothing installed, a bad oldact EFAULT after the new action is in place, in
 * the kernel's order (rt_sigaction, kernel/signal.c); glibc's conversion faults. */
static void test_sigaction_pointers(void **state) {
  (void)state;
  struct sigaction ignore = {.sa_handler = SIG_IGN}, saved, now;
  assert_int_equal(sigaction(SIGUSR2, NULL, &saved), 0);
  errno = 0;
  assert_int_equal(sigaction(SIGUSR2, BAD(const struct sigaction), NULL), -1);
  assert_int_equal(errno, EFAULT);
  assert_int_equal(sigaction(SIGUSR2, NULL, &now), 0);
  assert_true(now.sa_handler == saved.sa_handler);
  errno = 0;
  assert_int_equal(sigaction(SIGUSR2, &ignore, BAD(struct sigaction)), -1);
  assert_int_equal(errno, EFAULT);
  assert_int_equal(sigaction(SIGUSR2, NULL, &now), 0);
  assert_true(now.sa_handler == SIG_IGN);
  assert_int_equal(sys_sigaction(SIGUSR2, &saved, NULL), 0);
  assert_int_equal(sys_sigaction(SIGUSR2, BAD(const struct sigaction), NULL), -EFAULT);
}

/* --- the kernel refuses the copy ---------------------------------------------- */

struct refusal {
  long nr;
  int err;
};

/* In a child: a filter answers one call with err; the copies fall back to
 * plain ones, which work for good pointers. */
static void copy_refused(void *arg) {
  const struct refusal *how = arg;
  struct sock_filter prog[SUITE_DENY_ONE_LEN];
  struct sock_fprog fprog = suite_deny_one(prog, how->nr, how->err);
  if (oracle_no_new_privs() != 0 || seccomp(SECCOMP_SET_MODE_FILTER, 0, &fprog) != 0)
    _exit(77);
  long long a = 5, b = 0; /* 8 bytes: both copies touch it first */
  if (sysgate_copy_in(&b, &a, sizeof a) != 0 || b != 5)
    _exit(1);
  a = 9;
  if (sysgate_copy_out(&b, &a, sizeof a) != 0 || b != 9)
    _exit(2);
  static const struct timespec zero = TS(0, 0);
  if (ppoll(NULL, 0, &zero, NULL) != 0)
    _exit(3);
  struct stat st;
  if (stat("/", &st) != 0 || !S_ISDIR(st.st_mode))
    _exit(4);
  _exit(0);
}

static void test_fallback_when_refused(void **state) {
  (void)state;
  static const struct refusal refusals[] = {
      {SYS_getcpu, ENOSYS},
      {SYS_getcpu, EPERM},
      {SYS_rt_sigprocmask, ENOSYS},
      {SYS_rt_sigprocmask, EPERM},
  };
  for (unsigned i = 0; i < sizeof refusals / sizeof refusals[0]; i++) {
    int status = oracle_child_status(copy_refused, (void *)(uintptr_t)&refusals[i]);
    if (status == 77)
      SKIP_BECAUSE("cannot install a seccomp filter here");
    assert_int_equal(status, 0);
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_copy_valid),         cmocka_unit_test(test_copy_bad),
      cmocka_unit_test(test_copy_spans_pages),   cmocka_unit_test(test_ppoll_pselect_timeouts),
      cmocka_unit_test(test_select_timeval),     cmocka_unit_test(test_converted_results),
      cmocka_unit_test(test_sigaction_pointers), cmocka_unit_test(test_fallback_when_refused),
  };
  return cmocka_run_group_tests(tests, NULL, suite_teardown);
}
