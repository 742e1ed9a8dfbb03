/* POSIX semaphores (sysgate/semaphore.h) against glibc's: sem_t's size and
 * alignment, every error (EINVAL, EAGAIN, EOVERFLOW, ETIMEDOUT, ENOENT, EEXIST,
 * ENAMETOOLONG) on the same inputs, values after the same posts and waits, and the
 * futex paths across processes: a ping-pong between a parent and a forked child
 * over two pshared semaphores in a shared mapping, and a named semaphore posted
 * by a child that opened it by name.
 *
 * Not obvious: a timeout is only checked from below (at least the time asked
 * for), never from above, since a loaded machine may wake the waiter late.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "oracle.h"
#include "oracle_sem.h"
#include <sysgate.h>

#include "suite.h"

static void test_layout(void **state) {
  (void)state;
  assert_int_equal(sizeof(sem_t), oracle_sem_size());
  assert_int_equal(_Alignof(sem_t), oracle_sem_align());
  assert_int_equal(SEM_VALUE_MAX, oracle_sem_value_max());
}

static void test_init_post_trywait(void **state) {
  (void)state;
  sem_t ours;
  oracle_sem_storage theirs;
  int their_err;
  errno = 0;
  int r = sem_init(&ours, 0, (unsigned)SEM_VALUE_MAX + 1);
  int our_err = errno;
  ASSERT_BOTH_FAIL(r, our_err, oracle_sem_init(&theirs, 0, (unsigned)SEM_VALUE_MAX + 1, &their_err),
                   their_err, EINVAL);
  assert_int_equal(sem_init(&ours, 0, 2), 0);
  assert_int_equal(oracle_sem_init(&theirs, 0, 2, &their_err), 0);
  for (int i = 0; i < 3; i++) {
    errno = 0;
    r = sem_trywait(&ours);
    our_err = errno;
    assert_int_equal(r, oracle_sem_trywait(&theirs, &their_err));
    assert_int_equal(our_err, their_err);
  }
  assert_int_equal(our_err, EAGAIN); /* the third found 0 */
  int v = -1;
  for (int i = 0; i < 5; i++) {
    assert_int_equal(sem_post(&ours), 0);
    assert_int_equal(oracle_sem_post(&theirs, &their_err), 0);
  }
  assert_int_equal(sem_getvalue(&ours, &v), 0);
  assert_int_equal(v, 5);
  assert_int_equal(oracle_sem_getvalue(&theirs), 5);
  assert_int_equal(sem_destroy(&ours), 0);
  /* The top: one more post overflows. */
  assert_int_equal(sem_init(&ours, 1, SEM_VALUE_MAX), 0);
  assert_int_equal(oracle_sem_init(&theirs, 1, SEM_VALUE_MAX, &their_err), 0);
  errno = 0;
  r = sem_post(&ours);
  our_err = errno;
  ASSERT_BOTH_FAIL(r, our_err, oracle_sem_post(&theirs, &their_err), their_err, EOVERFLOW);
  assert_int_equal(sem_getvalue(&ours, &v), 0);
  assert_int_equal(v, SEM_VALUE_MAX);
}

static long long now_ns(clockid_t clock) {
  struct timespec t;
  assert_int_equal(clock_gettime(clock, &t), 0);
  return (long long)t.tv_sec * 1000000000LL + t.tv_nsec;
}

/* sem_timedwait (clock -1) or sem_clockwait on both sides, value 0 or 1, at {sec, nsec}. */
static void same_wait(int value, int clock, long long sec, long nsec, int want_err) {
  sem_t ours;
  oracle_sem_storage theirs;
  int their_err;
  assert_int_equal(sem_init(&ours, 0, (unsigned)value), 0);
  assert_int_equal(oracle_sem_init(&theirs, 0, (unsigned)value, &their_err), 0);
  struct timespec t = {.tv_sec = (time_t)sec, .tv_nsec = nsec};
  errno = 0;
  int r = clock < 0 ? sem_timedwait(&ours, &t) : sem_clockwait(&ours, clock, &t);
  int our_err = errno;
  int their_r = oracle_sem_timedwait(&theirs, clock, sec, nsec, &their_err);
  if (want_err == 0) {
    assert_int_equal(r, 0);
    assert_int_equal(their_r, 0);
  } else {
    ASSERT_BOTH_FAIL(r, our_err, their_r, their_err, want_err);
  }
  int v = -1;
  sem_getvalue(&ours, &v);
  assert_int_equal(v, oracle_sem_getvalue(&theirs));
}

static void test_timedwait(void **state) {
  (void)state;
  long long now = now_ns(CLOCK_REALTIME) / 1000000000LL;
  same_wait(1, -1, now - 10, 0, 0);           /* available: no wait, even in the past */
  same_wait(0, -1, now - 10, 0, ETIMEDOUT);   /* passed */
  same_wait(0, -1, -5, 0, ETIMEDOUT);         /* before 1970 */
  same_wait(1, -1, now, 1000000000L, EINVAL); /* checked before the value */
  same_wait(0, -1, now, -1, EINVAL);
  same_wait(0, CLOCK_MONOTONIC, 0, 0, ETIMEDOUT);
  same_wait(0, CLOCK_REALTIME, now - 1, 0, ETIMEDOUT);
  same_wait(1, 12345, 0, 0, EINVAL); /* no such clock */
  same_wait(0, CLOCK_PROCESS_CPUTIME_ID, 0, 0, EINVAL);
  /* A real sleep: 30 ms from now on each clock. */
  for (int clock = -1; clock <= CLOCK_MONOTONIC; clock++) {
    clockid_t c = clock < 0 ? CLOCK_REALTIME : (clockid_t)clock;
    sem_t s;
    sem_init(&s, 0, 0);
    long long start = now_ns(c), until = start + 30000000LL;
    struct timespec t = {.tv_sec = (time_t)(until / 1000000000LL), .tv_nsec = until % 1000000000LL};
    errno = 0;
    assert_int_equal(clock < 0 ? sem_timedwait(&s, &t) : sem_clockwait(&s, c, &t), -1);
    assert_int_equal(errno, ETIMEDOUT);
    assert_true(now_ns(c) >= until);
  }
}

/* Two pshared semaphores and a counter in memory shared with a forked child: the
 * parent posts ping, the child waits for it, bumps the counter and posts pong. */
struct table {
  sem_t ping, pong;
  int counter;
};

enum { ROUNDS = 200 };

static void test_fork_ping_pong(void **state) {
  (void)state;
  struct table *t =
      mmap(NULL, sizeof *t, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
  assert_true(t != MAP_FAILED);
  assert_int_equal(sem_init(&t->ping, 1, 0), 0);
  assert_int_equal(sem_init(&t->pong, 1, 0), 0);
  t->counter = 0;
  pid_t pid = fork();
  assert_true(pid >= 0);
  if (pid == 0) {
    for (int i = 0; i < ROUNDS; i++) {
      if (sem_wait(&t->ping) != 0)
        _exit(2);
      t->counter++;
      sem_post(&t->pong);
    }
    _exit(0);
  }
  /* The parent's waits end after 10 s: a lost wake-up fails instead of hanging. */
  struct timespec deadline;
  clock_gettime(CLOCK_REALTIME, &deadline);
  deadline.tv_sec += 10;
  for (int i = 0; i < ROUNDS; i++) {
    assert_int_equal(sem_post(&t->ping), 0);
    int r = sem_timedwait(&t->pong, &deadline);
    if (r != 0)
      kill(pid, SIGKILL);
    assert_int_equal(r, 0);
    assert_int_equal(t->counter, i + 1); /* the child ran exactly once per round */
  }
  int status;
  assert_int_equal(waitpid(pid, &status, 0), pid);
  assert_int_equal(status, 0);
  int v = -1;
  sem_getvalue(&t->ping, &v);
  assert_int_equal(v, 0);
  munmap(t, sizeof *t);
}

static void name_for(char *buf, size_t size, const char *what) {
  snprintf(buf, size, "/sysgate_sem_%s_%d", what, (int)getpid());
}

/* sem_open's and sem_unlink's errors on names and flags, side by side. */
static void same_open_error(const char *name, int oflag, unsigned int value, int want) {
  int their_err;
  errno = 0;
  sem_t *s = sem_open(name, oflag, 0600, value);
  int our_err = errno;
  void *theirs = oracle_sem_open(name, oflag, 0600, value, &their_err);
  assert_ptr_equal(s, SEM_FAILED);
  assert_null(theirs);
  assert_int_equal(our_err, want);
  assert_int_equal(their_err, want);
}

static void test_named_errors(void **state) {
  (void)state;
  char name[64], longname[300], kernel_long[300];
  name_for(name, sizeof name, "err");
  memset(longname, 'n', sizeof longname - 1);
  longname[0] = '/';
  longname[sizeof longname - 1] = '\0';
  memcpy(kernel_long, longname, 254); /* 253 bytes: "sem." makes it 257 */
  kernel_long[254] = '\0';
  same_open_error(name, 0, 0, ENOENT);
  same_open_error("", O_CREAT, 1, EINVAL);
  same_open_error("///", O_CREAT, 1, EINVAL);
  same_open_error("/a/b", O_CREAT, 1, EINVAL);
  same_open_error(longname, O_CREAT, 1, EINVAL); /* sem_open's own check */
  same_open_error(kernel_long, O_CREAT, 1, ENAMETOOLONG);
  same_open_error(name, O_CREAT, (unsigned)SEM_VALUE_MAX + 1, EINVAL);
  int their_err;
  errno = 0;
  int r = sem_unlink(name);
  int our_err = errno;
  ASSERT_BOTH_FAIL(r, our_err, oracle_sem_unlink(name, &their_err), their_err, ENOENT);
  errno = 0;
  r = sem_unlink("");
  our_err = errno;
  ASSERT_BOTH_FAIL(r, our_err, oracle_sem_unlink("", &their_err), their_err, ENOENT);
  errno = 0;
  r = sem_unlink(longname);
  our_err = errno;
  ASSERT_BOTH_FAIL(r, our_err, oracle_sem_unlink(longname, &their_err), their_err, ENOENT);
  sem_t unopened;
  errno = 0;
  r = sem_close(&unopened);
  our_err = errno;
  assert_int_equal(r, -1);
  assert_int_equal(our_err, EINVAL);
}

static void test_named(void **state) {
  (void)state;
  char name[64], path[96];
  name_for(name, sizeof name, "named");
  snprintf(path, sizeof path, "/dev/shm/sem.%s", name + 1);
  sem_unlink(name);
  sem_t *s = sem_open(name, O_CREAT | O_EXCL, 0640, 3);
  assert_ptr_not_equal(s, SEM_FAILED);
  struct stat st;
  assert_int_equal(stat(path, &st), 0); /* glibc's file name */
  assert_int_equal(st.st_size, (off_t)sizeof(sem_t));
  mode_t mask = umask(0);
  umask(mask);
  assert_int_equal(st.st_mode & 0777, 0640 & ~mask);
  same_open_error(name, O_CREAT | O_EXCL, 1, EEXIST);
  sem_t *again = sem_open(name, 0);
  assert_ptr_equal(again, s); /* one address per name in a process */
  sem_t *created_again = sem_open(name, O_CREAT, 0600, 9);
  assert_ptr_equal(created_again, s); /* O_CREAT without O_EXCL opens it: value stays 3 */
  int v = -1;
  assert_int_equal(sem_getvalue(s, &v), 0);
  assert_int_equal(v, 3);
  /* glibc opens the same file and sees the same semaphore (its words are ours on
   * x86_64; i386's glibc packs the value differently, so only the file is shared). */
  int their_err;
  void *theirs = oracle_sem_open(name, 0, 0, 0, &their_err);
  assert_non_null(theirs);
  if (!SUITE_I386)
    assert_int_equal(oracle_sem_getvalue(theirs), 3);
  assert_int_equal(oracle_sem_close(theirs, &their_err), 0);
  /* A child opens it by name and posts twice; the parent takes five. */
  assert_int_equal(sem_trywait(s), 0);
  assert_int_equal(sem_trywait(s), 0);
  assert_int_equal(sem_trywait(s), 0);
  pid_t pid = fork();
  assert_true(pid >= 0);
  if (pid == 0) {
    sem_t *c = sem_open(name, 0);
    if (c == SEM_FAILED)
      _exit(3);
    struct timespec pause = {0, 20000000};
    nanosleep(&pause, NULL);
    sem_post(c);
    sem_post(c);
    _exit(sem_close(c) == 0 ? 0 : 4);
  }
  assert_int_equal(sem_wait(s), 0);
  assert_int_equal(sem_wait(s), 0);
  int status;
  assert_int_equal(waitpid(pid, &status, 0), pid);
  assert_int_equal(status, 0);
  assert_int_equal(sem_close(s), 0);
  assert_int_equal(sem_close(again), 0);
  assert_int_equal(sem_close(created_again), 0); /* the last one unmaps */
  errno = 0;
  assert_int_equal(sem_close(s), -1);
  assert_int_equal(errno, EINVAL);
  assert_int_equal(sem_unlink(name), 0);
  assert_int_equal(stat(path, &st), -1);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_layout),       cmocka_unit_test(test_init_post_trywait),
      cmocka_unit_test(test_timedwait),    cmocka_unit_test(test_fork_ping_pong),
      cmocka_unit_test(test_named_errors), cmocka_unit_test(test_named),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
