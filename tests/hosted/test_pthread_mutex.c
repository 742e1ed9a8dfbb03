/* pthread mutexes (sysgate/pthread_sync.h) against glibc's: every type's size and
 * alignment and the constants, the attribute's errors, each mutex type's answers to
 * the same sequence of calls (relock, trylock, timed locks with bad instants, unlock
 * by a thread that does not hold it, destroy while locked), timeouts on both clocks,
 * 8 glibc threads adding to one counter under each type, and a process-shared mutex
 * between a parent and a forked child in a MAP_SHARED mapping.
 *
 * Not obvious: the threads are glibc's (pthread_create in oracle_pthread.c); the
 * mutexes they take are sysgate's, whose owners are kernel tids (gettid(2)).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "oracle.h"
#include "oracle_pthread.h"
#include <sysgate.h>

#include "suite.h"
#include "suite_pthread.h"

static void test_layout(void **state) {
  (void)state;
  static const struct {
    unsigned long size, align;
  } ours[ORACLE_PT_TYPES] = {
      [ORACLE_PT_MUTEX] = {sizeof(pthread_mutex_t), _Alignof(pthread_mutex_t)},
      [ORACLE_PT_COND] = {sizeof(pthread_cond_t), _Alignof(pthread_cond_t)},
      [ORACLE_PT_RWLOCK] = {sizeof(pthread_rwlock_t), _Alignof(pthread_rwlock_t)},
      [ORACLE_PT_BARRIER] = {sizeof(pthread_barrier_t), _Alignof(pthread_barrier_t)},
      [ORACLE_PT_MUTEXATTR] = {sizeof(pthread_mutexattr_t), _Alignof(pthread_mutexattr_t)},
      [ORACLE_PT_CONDATTR] = {sizeof(pthread_condattr_t), _Alignof(pthread_condattr_t)},
      [ORACLE_PT_RWLOCKATTR] = {sizeof(pthread_rwlockattr_t), _Alignof(pthread_rwlockattr_t)},
      [ORACLE_PT_BARRIERATTR] = {sizeof(pthread_barrierattr_t), _Alignof(pthread_barrierattr_t)},
      [ORACLE_PT_SPINLOCK] = {sizeof(pthread_spinlock_t), _Alignof(pthread_spinlock_t)},
      [ORACLE_PT_ONCE] = {sizeof(pthread_once_t), _Alignof(pthread_once_t)},
  };
  for (int t = 0; t < ORACLE_PT_TYPES; t++) {
    assert_int_equal(ours[t].size, oracle_pt_sizeof(t));
    assert_int_equal(ours[t].align, oracle_pt_alignof(t));
  }
#define SAME_CONSTANT(n) assert_int_equal(n, oracle_pt_constant(#n))
  SAME_CONSTANT(PTHREAD_MUTEX_NORMAL);
  SAME_CONSTANT(PTHREAD_MUTEX_RECURSIVE);
  SAME_CONSTANT(PTHREAD_MUTEX_ERRORCHECK);
  SAME_CONSTANT(PTHREAD_MUTEX_DEFAULT);
  SAME_CONSTANT(PTHREAD_MUTEX_TIMED_NP);
  SAME_CONSTANT(PTHREAD_MUTEX_RECURSIVE_NP);
  SAME_CONSTANT(PTHREAD_MUTEX_ERRORCHECK_NP);
  SAME_CONSTANT(PTHREAD_MUTEX_ADAPTIVE_NP);
  SAME_CONSTANT(PTHREAD_MUTEX_FAST_NP);
  SAME_CONSTANT(PTHREAD_PROCESS_PRIVATE);
  SAME_CONSTANT(PTHREAD_PROCESS_SHARED);
  SAME_CONSTANT(PTHREAD_BARRIER_SERIAL_THREAD);
  SAME_CONSTANT(PTHREAD_ONCE_INIT);
#undef SAME_CONSTANT
}

static void test_attr(void **state) {
  (void)state;
  for (int v = -2; v <= 5; v++) {
    pthread_mutexattr_t a;
    assert_int_equal(pthread_mutexattr_init(&a), 0);
    int err = pthread_mutexattr_settype(&a, v);
    assert_int_equal(err, oracle_pt_mutexattr_settype(v));
    assert_int_equal(pthread_mutexattr_setpshared(&a, v), oracle_pt_mutexattr_setpshared(v));
    int type = -1, pshared = -1;
    assert_int_equal(pthread_mutexattr_gettype(&a, &type), 0);
    assert_int_equal(pthread_mutexattr_getpshared(&a, &pshared), 0);
    assert_int_equal(type, err == 0 ? v : PTHREAD_MUTEX_DEFAULT);
    assert_int_equal(pshared, v == 1 ? PTHREAD_PROCESS_SHARED : PTHREAD_PROCESS_PRIVATE);
    assert_int_equal(pthread_mutexattr_destroy(&a), 0);
  }
}

/* A sysgate mutex and a glibc one, of the same type, side by side. */
struct pair {
  pthread_mutex_t ours;
  oracle_pt_storage theirs;
  int type;
};

/* Each call on both, with its answer; returns it. */
#define BOTH(call_ours, call_theirs)                                                               \
  ({                                                                                               \
    int o_ = (call_ours), t_ = (call_theirs);                                                      \
    assert_int_equal(o_, t_);                                                                      \
    o_;                                                                                            \
  })

static void pair_init(struct pair *p, int type) {
  pthread_mutexattr_t a;
  pthread_mutexattr_init(&a);
  pthread_mutexattr_settype(&a, type);
  assert_int_equal(pthread_mutex_init(&p->ours, &a), 0);
  assert_int_equal(oracle_pt_mutex_init(&p->theirs, type, 0), 0);
  p->type = type;
}

static int both_timed(struct pair *p, int clock, long long sec, long nsec) {
  struct timespec t = {.tv_sec = (time_t)sec, .tv_nsec = nsec};
  int ours = clock < 0 ? pthread_mutex_timedlock(&p->ours, &t)
                       : pthread_mutex_clocklock(&p->ours, (clockid_t)clock, &t);
  return BOTH(ours, oracle_pt_mutex_timedlock(&p->theirs, clock, sec, nsec));
}

/* From another thread, while the main thread holds the pair: trylock, timed locks
 * that must fail at once, unlock. */
static void misuse_from_other_thread(void *arg, int i) {
  (void)i;
  struct pair *p = arg;
  BOTH(pthread_mutex_trylock(&p->ours), oracle_pt_mutex_trylock(&p->theirs));
  for (size_t c = 0; c < sizeof suite_clocks / sizeof suite_clocks[0]; c++) {
    both_timed(p, suite_clocks[c], 0, 1000000000L); /* EINVAL: it would have to wait */
    both_timed(p, suite_clocks[c], 0, -1);
    both_timed(p, suite_clocks[c], 1, 0);  /* ETIMEDOUT: long past */
    both_timed(p, suite_clocks[c], -1, 0); /* before 1970 */
  }
  both_timed(p, 12345, 0, 0); /* no such clock */
  if (p->type != PTHREAD_MUTEX_NORMAL)
    BOTH(pthread_mutex_unlock(&p->ours), oracle_pt_mutex_unlock(&p->theirs)); /* EPERM */
}

static void same_misuse(int type) {
  struct pair p;
  pair_init(&p, type);
  assert_int_equal(BOTH(pthread_mutex_lock(&p.ours), oracle_pt_mutex_lock(&p.theirs)), 0);
  BOTH(pthread_mutex_trylock(&p.ours), oracle_pt_mutex_trylock(&p.theirs));
  if (type != PTHREAD_MUTEX_NORMAL) { /* a normal one would deadlock */
    BOTH(pthread_mutex_lock(&p.ours), oracle_pt_mutex_lock(&p.theirs));
    for (size_t c = 0; c < sizeof suite_clocks / sizeof suite_clocks[0]; c++)
      both_timed(&p, suite_clocks[c], 0, 1000000000L); /* the holder: no wait, no check */
  } else {
    for (size_t c = 0; c < sizeof suite_clocks / sizeof suite_clocks[0]; c++) {
      both_timed(&p, suite_clocks[c], 0, 1000000000L);
      both_timed(&p, suite_clocks[c], 1, 0);
    }
  }
  oracle_pt_run(1, misuse_from_other_thread, &p);
  BOTH(pthread_mutex_destroy(&p.ours), oracle_pt_mutex_destroy(&p.theirs)); /* held */
  /* Unlock until both say the caller holds nothing (recursive: once per lock). */
  for (int i = 0; i < 8; i++) {
    int r = BOTH(pthread_mutex_unlock(&p.ours), oracle_pt_mutex_unlock(&p.theirs));
    if (r != 0 || type == PTHREAD_MUTEX_NORMAL)
      break;
  }
  assert_int_equal(BOTH(pthread_mutex_destroy(&p.ours), oracle_pt_mutex_destroy(&p.theirs)), 0);
}

static void test_misuse_normal(void **state) {
  (void)state;
  same_misuse(PTHREAD_MUTEX_NORMAL);
}

static void test_misuse_recursive(void **state) {
  (void)state;
  same_misuse(PTHREAD_MUTEX_RECURSIVE);
}

static void test_misuse_errorcheck(void **state) {
  (void)state;
  same_misuse(PTHREAD_MUTEX_ERRORCHECK);
}

static void test_static_initializers(void **state) {
  (void)state;
  pthread_mutex_t normal = PTHREAD_MUTEX_INITIALIZER;
  pthread_mutex_t rec = PTHREAD_RECURSIVE_MUTEX_INITIALIZER_NP;
  pthread_mutex_t check = PTHREAD_ERRORCHECK_MUTEX_INITIALIZER_NP;
  assert_int_equal(pthread_mutex_lock(&normal), 0);
  assert_int_equal(pthread_mutex_trylock(&normal), EBUSY);
  assert_int_equal(pthread_mutex_unlock(&normal), 0);
  assert_int_equal(pthread_mutex_lock(&rec), 0);
  assert_int_equal(pthread_mutex_lock(&rec), 0);
  assert_int_equal(pthread_mutex_unlock(&rec), 0);
  assert_int_equal(pthread_mutex_unlock(&rec), 0);
  assert_int_equal(pthread_mutex_unlock(&rec), EPERM);
  assert_int_equal(pthread_mutex_lock(&check), 0);
  assert_int_equal(pthread_mutex_lock(&check), EDEADLK);
  assert_int_equal(pthread_mutex_unlock(&check), 0);
  assert_int_equal(pthread_mutex_unlock(&check), EPERM);
}

/* EAGAIN when the recursion count would wrap. 2^32 locks take too long, so the count
 * (word 2 of sysgate's mutex, src/libc/pthread_mutex.c) is set near the top by hand. */
static void test_recursive_overflow(void **state) {
  (void)state;
  pthread_mutex_t m = PTHREAD_RECURSIVE_MUTEX_INITIALIZER_NP;
  assert_int_equal(pthread_mutex_lock(&m), 0);
  m.sysgate_word[2] = -2; /* UINT32_MAX - 1 */
  assert_int_equal(pthread_mutex_lock(&m), 0);
  assert_int_equal(pthread_mutex_lock(&m), EAGAIN);
  assert_int_equal(pthread_mutex_trylock(&m), EAGAIN);
  m.sysgate_word[2] = 1;
  assert_int_equal(pthread_mutex_unlock(&m), 0);
  assert_int_equal(pthread_mutex_unlock(&m), EPERM);
  assert_int_equal(pthread_mutex_destroy(&m), 0);
}

/* A NULL instant is no limit in every timed call (glibc's would crash): a free
 * object is taken at once. */
static void test_null_abstime(void **state) {
  (void)state;
  pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
  assert_int_equal(pthread_mutex_timedlock(&m, NULL), 0);
  assert_int_equal(pthread_mutex_unlock(&m), 0);
  assert_int_equal(pthread_mutex_clocklock(&m, CLOCK_MONOTONIC, NULL), 0);
  assert_int_equal(pthread_mutex_unlock(&m), 0);
  pthread_rwlock_t l = PTHREAD_RWLOCK_INITIALIZER;
  assert_int_equal(pthread_rwlock_timedrdlock(&l, NULL), 0);
  assert_int_equal(pthread_rwlock_unlock(&l), 0);
  assert_int_equal(pthread_rwlock_clockwrlock(&l, CLOCK_REALTIME, NULL), 0);
  assert_int_equal(pthread_rwlock_unlock(&l), 0);
  sem_t s;
  assert_int_equal(sem_init(&s, 0, 1), 0);
  assert_int_equal(sem_timedwait(&s, NULL), 0);
  assert_int_equal(sem_post(&s), 0);
  assert_int_equal(sem_clockwait(&s, CLOCK_MONOTONIC, NULL), 0);
}

/* Timed locks of a held mutex give up with ETIMEDOUT, no sooner than asked. */
static void test_timeout(void **state) {
  (void)state;
  pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
  assert_int_equal(pthread_mutex_lock(&m), 0);
  for (size_t c = 0; c < sizeof suite_clocks / sizeof suite_clocks[0]; c++) {
    clockid_t clock = suite_clocks[c] < 0 ? CLOCK_REALTIME : suite_clocks[c];
    long long until = suite_now_ns(clock) + 30000000LL;
    struct timespec t = suite_ts(until);
    int r = suite_clocks[c] < 0 ? pthread_mutex_timedlock(&m, &t)
                                : pthread_mutex_clocklock(&m, clock, &t);
    assert_int_equal(r, ETIMEDOUT);
    assert_true(suite_now_ns(clock) >= until);
  }
  assert_int_equal(pthread_mutex_unlock(&m), 0);
}

enum { THREADS = 8, ADDS = 20000 };

struct counter {
  pthread_mutex_t m;
  long value; /* read and written in two steps, so a lost exclusion loses adds */
};

static void add_many(void *arg, int i) {
  struct counter *c = arg;
  for (int k = 0; k < ADDS; k++) {
    int r = (k + i) % 3 == 0 ? pthread_mutex_trylock(&c->m) : pthread_mutex_lock(&c->m);
    if (r == EBUSY)
      r = pthread_mutex_lock(&c->m);
    if (r != 0)
      return;
    long v = *(volatile long *)&c->value;
    *(volatile long *)&c->value = v + 1;
    pthread_mutex_unlock(&c->m);
  }
}

static void test_counter(void **state) {
  (void)state;
  static const int types[] = {PTHREAD_MUTEX_NORMAL, PTHREAD_MUTEX_RECURSIVE,
                              PTHREAD_MUTEX_ERRORCHECK};
  for (size_t t = 0; t < sizeof types / sizeof types[0]; t++) {
    struct counter c = {.value = 0};
    pthread_mutexattr_t a;
    pthread_mutexattr_init(&a);
    pthread_mutexattr_settype(&a, types[t]);
    assert_int_equal(pthread_mutex_init(&c.m, &a), 0);
    oracle_pt_run(THREADS, add_many, &c);
    assert_int_equal(c.value, (long)THREADS * ADDS);
    assert_int_equal(pthread_mutex_destroy(&c.m), 0);
  }
}

/* A process-shared mutex in a MAP_SHARED mapping: parent and child add under it. */
enum { SHARED_ADDS = 2000 };

struct shared_counter {
  struct counter c;
  int ready; /* both processes start adding together, so that they contend */
};

static void add_shared(struct shared_counter *s) {
  struct counter *c = &s->c;
  __atomic_add_fetch(&s->ready, 1, __ATOMIC_SEQ_CST);
  while (__atomic_load_n(&s->ready, __ATOMIC_SEQ_CST) < 2)
    continue;
  for (int k = 0; k < SHARED_ADDS; k++) {
    struct timespec far = suite_after_ms(CLOCK_MONOTONIC, SUITE_FAR_MS);
    if (pthread_mutex_clocklock(&c->m, CLOCK_MONOTONIC, &far) != 0)
      return;
    long v = *(volatile long *)&c->value;
    sched_yield(); /* held across a system call: the other process sleeps on the futex */
    *(volatile long *)&c->value = v + 1;
    pthread_mutex_unlock(&c->m);
  }
}

static void test_pshared_fork(void **state) {
  (void)state;
  struct shared_counter *s =
      mmap(NULL, sizeof *s, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
  assert_true(s != MAP_FAILED);
  struct counter *c = &s->c;
  pthread_mutexattr_t a;
  pthread_mutexattr_init(&a);
  assert_int_equal(pthread_mutexattr_setpshared(&a, PTHREAD_PROCESS_SHARED), 0);
  assert_int_equal(pthread_mutexattr_settype(&a, PTHREAD_MUTEX_ERRORCHECK), 0);
  assert_int_equal(pthread_mutex_init(&c->m, &a), 0);
  c->value = 0;
  pid_t pid = fork();
  assert_true(pid >= 0);
  if (pid == 0) {
    add_shared(s);
    _exit(0);
  }
  add_shared(s);
  int status;
  assert_int_equal(waitpid(pid, &status, 0), pid);
  assert_int_equal(status, 0);
  assert_int_equal(c->value, 2L * SHARED_ADDS);
  munmap(s, sizeof *s);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_layout),
      cmocka_unit_test(test_attr),
      cmocka_unit_test(test_misuse_normal),
      cmocka_unit_test(test_misuse_recursive),
      cmocka_unit_test(test_misuse_errorcheck),
      cmocka_unit_test(test_static_initializers),
      cmocka_unit_test(test_recursive_overflow),
      cmocka_unit_test(test_null_abstime),
      cmocka_unit_test(test_timeout),
      cmocka_unit_test(test_counter),
      cmocka_unit_test(test_pshared_fork),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
