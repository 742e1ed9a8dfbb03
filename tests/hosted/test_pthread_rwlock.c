/* pthread read-write locks (sysgate/pthread_sync.h) against glibc's: the
 * attribute's errors, the answers to the same misuse (the writer asking again, try
 * forms, timed forms with bad instants and clocks, from the holder and from another
 * thread), timeouts on both clocks, and 4 reader and 4 writer threads on a pair of
 * numbers: readers never see a half-written pair, writers are alone.
 *
 * Not obvious: glibc checks a timed call's instant and clock before anything else,
 * even when the lock is free, unlike its mutexes; the same sequences show it.
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

static void test_attr(void **state) {
  (void)state;
  for (int v = -1; v <= 3; v++) {
    pthread_rwlockattr_t a;
    assert_int_equal(pthread_rwlockattr_init(&a), 0);
    int err = pthread_rwlockattr_setpshared(&a, v);
    assert_int_equal(err, oracle_pt_rwlockattr_setpshared(v));
    int kind_err = pthread_rwlockattr_setkind_np(&a, v);
    assert_int_equal(kind_err, oracle_pt_rwlockattr_setkind(v));
    int pshared = -1, kind = -1;
    assert_int_equal(pthread_rwlockattr_getpshared(&a, &pshared), 0);
    assert_int_equal(pshared, err == 0 ? v : PTHREAD_PROCESS_PRIVATE);
    assert_int_equal(pthread_rwlockattr_getkind_np(&a, &kind), 0);
    assert_int_equal(kind, kind_err == 0 ? v : PTHREAD_RWLOCK_DEFAULT_NP);
    assert_int_equal(pthread_rwlockattr_destroy(&a), 0);
  }
#define SAME_CONSTANT(n) assert_int_equal(n, oracle_pt_constant(#n))
  SAME_CONSTANT(PTHREAD_RWLOCK_PREFER_READER_NP);
  SAME_CONSTANT(PTHREAD_RWLOCK_PREFER_WRITER_NP);
  SAME_CONSTANT(PTHREAD_RWLOCK_PREFER_WRITER_NONRECURSIVE_NP);
  SAME_CONSTANT(PTHREAD_RWLOCK_DEFAULT_NP);
#undef SAME_CONSTANT
}

/* With the writers-first kind, a reader is refused while a writer waits behind the
 * main thread's read lock; with the default kind it joins. */
struct queued_writer {
  pthread_rwlock_t l;
  int result, refused;
};

static void queue_writer(void *arg, int i) {
  struct queued_writer *q = arg;
  if (i == 0) {
    struct timespec far = suite_after_ms(CLOCK_MONOTONIC, SUITE_FAR_MS);
    q->result = pthread_rwlock_clockwrlock(&q->l, CLOCK_MONOTONIC, &far);
    if (q->result == 0)
      pthread_rwlock_unlock(&q->l);
    return;
  }
  /* Thread 1: tries to read until refused (the writer is queued) or 10 s pass. */
  long long give_up = suite_now_ns(CLOCK_MONOTONIC) + SUITE_FAR_MS * 1000000LL;
  int r;
  while ((r = pthread_rwlock_tryrdlock(&q->l)) == 0 && suite_now_ns(CLOCK_MONOTONIC) < give_up) {
    pthread_rwlock_unlock(&q->l);
    struct timespec pause = {.tv_sec = 0, .tv_nsec = 1000000L};
    nanosleep(&pause, NULL);
  }
  if (r == 0)
    pthread_rwlock_unlock(&q->l);
  q->refused = r;
  pthread_rwlock_unlock(&q->l); /* the main thread's read lock, for it: the writer goes */
}

static void test_writers_first(void **state) {
  (void)state;
  pthread_rwlockattr_t a;
  pthread_rwlockattr_init(&a);
  assert_int_equal(pthread_rwlockattr_setkind_np(&a, PTHREAD_RWLOCK_PREFER_WRITER_NONRECURSIVE_NP),
                   0);
  struct queued_writer q = {.result = -1, .refused = -1};
  assert_int_equal(pthread_rwlock_init(&q.l, &a), 0);
  assert_int_equal(pthread_rwlock_rdlock(&q.l), 0);
  oracle_pt_run(2, queue_writer, &q);
  assert_int_equal(q.refused, EBUSY);
  assert_int_equal(q.result, 0);
  assert_int_equal(pthread_rwlock_tryrdlock(&q.l), 0); /* nobody waits now */
  assert_int_equal(pthread_rwlock_unlock(&q.l), 0);
}

struct pair {
  pthread_rwlock_t ours;
  oracle_pt_storage theirs;
};

static int ours_op(pthread_rwlock_t *l, char what) {
  switch (what) {
  case 'r':
    return pthread_rwlock_rdlock(l);
  case 'w':
    return pthread_rwlock_wrlock(l);
  case 'R':
    return pthread_rwlock_tryrdlock(l);
  case 'W':
    return pthread_rwlock_trywrlock(l);
  default:
    return pthread_rwlock_unlock(l);
  }
}

/* Each of ops on both locks: the same answers. */
static void same_ops(struct pair *p, const char *ops) {
  for (; *ops != '\0'; ops++) {
    int ours = ours_op(&p->ours, *ops);
    int theirs = oracle_pt_rwlock_op(&p->theirs, *ops);
    if (ours != theirs)
      print_message("op %c: ours %d, glibc's %d\n", *ops, ours, theirs);
    assert_int_equal(ours, theirs);
  }
}

static int ours_timed(pthread_rwlock_t *l, int write, int clock, const struct timespec *t) {
  if (clock < 0)
    return write ? pthread_rwlock_timedwrlock(l, t) : pthread_rwlock_timedrdlock(l, t);
  return write ? pthread_rwlock_clockwrlock(l, clock, t) : pthread_rwlock_clockrdlock(l, clock, t);
}

/* Timed forms on instants that need no waiting to answer; a call that got the lock
 * gives it back (on both), so the state stays what it was. */
static void same_timed(struct pair *p) {
  const struct suite_instant *cases = suite_bad_instants;
  for (int write = 0; write <= 1; write++)
    for (size_t i = 0; i < SUITE_BAD_INSTANTS; i++) {
      struct timespec t = {.tv_sec = (time_t)cases[i].sec, .tv_nsec = cases[i].nsec};
      int ours = ours_timed(&p->ours, write, cases[i].clock, &t);
      int theirs =
          oracle_pt_rwlock_timed(&p->theirs, write, cases[i].clock, cases[i].sec, cases[i].nsec);
      if (ours != theirs)
        print_message("%s case %zu: ours %d, glibc's %d\n", write ? "write" : "read", i, ours,
                      theirs);
      assert_int_equal(ours, theirs);
      if (ours == 0)
        same_ops(p, "u");
    }
}

static void other_thread(void *arg, int i) {
  (void)i;
  struct pair *p = arg;
  same_ops(p, "W");
  same_timed(p);
}

static void test_misuse(void **state) {
  (void)state;
  struct pair p;
  assert_int_equal(pthread_rwlock_init(&p.ours, NULL), 0);
  assert_int_equal(oracle_pt_rwlock_init(&p.theirs), 0);
  same_timed(&p); /* free */
  same_ops(&p, "wrwRW");
  same_timed(&p); /* held for writing by the caller */
  oracle_pt_run(1, other_thread, &p);
  same_ops(&p, "u");
  same_ops(&p, "rrRW");
  same_timed(&p); /* held for reading */
  oracle_pt_run(1, other_thread, &p);
  same_ops(&p, "uuu");
  assert_int_equal(pthread_rwlock_destroy(&p.ours), 0);
}

/* The writer's timed wait while the main thread reads, then the reader's while a
 * thread made by glibc writes. */
static void time_out_reading(void *arg, int i) {
  (void)i;
  pthread_rwlock_t *l = arg;
  for (size_t k = 0; k < sizeof suite_clocks / sizeof suite_clocks[0]; k++) {
    clockid_t clock = suite_clocks[k] < 0 ? CLOCK_REALTIME : suite_clocks[k];
    long long until = suite_now_ns(clock) + 30000000LL;
    struct timespec t = suite_ts(until);
    assert_int_equal(ours_timed(l, 0, suite_clocks[k], &t), ETIMEDOUT);
    assert_true(suite_now_ns(clock) >= until);
  }
}

static void test_timeout(void **state) {
  (void)state;
  pthread_rwlock_t l = PTHREAD_RWLOCK_INITIALIZER;
  assert_int_equal(pthread_rwlock_rdlock(&l), 0);
  for (size_t k = 0; k < sizeof suite_clocks / sizeof suite_clocks[0]; k++) {
    clockid_t clock = suite_clocks[k] < 0 ? CLOCK_REALTIME : suite_clocks[k];
    long long until = suite_now_ns(clock) + 30000000LL;
    struct timespec t = suite_ts(until);
    assert_int_equal(ours_timed(&l, 1, suite_clocks[k], &t), ETIMEDOUT);
    assert_true(suite_now_ns(clock) >= until);
  }
  assert_int_equal(pthread_rwlock_unlock(&l), 0);
  assert_int_equal(pthread_rwlock_wrlock(&l), 0);
  oracle_pt_run(1, time_out_reading, &l);
  assert_int_equal(pthread_rwlock_unlock(&l), 0);
  assert_int_equal(pthread_rwlock_unlock(&l), EPERM); /* not held at all */
}

/* One thread holds the lock (kind holds[0]) and lets it go 50 ms after a second
 * thread starts asking for it (kind holds[1]): the release must wake the waiter. */
struct handoff {
  pthread_rwlock_t l;
  const char *kinds;
  int held, result;
};

static void handoff_thread(void *arg, int i) {
  struct handoff *h = arg;
  int write = h->kinds[i] == 'w';
  if (i == 0) {
    assert_int_equal(write ? pthread_rwlock_wrlock(&h->l) : pthread_rwlock_rdlock(&h->l), 0);
    __atomic_store_n(&h->held, 1, __ATOMIC_SEQ_CST);
    struct timespec pause = {.tv_sec = 0, .tv_nsec = 50000000L};
    nanosleep(&pause, NULL); /* lets the waiter fall asleep; nothing is timed */
    pthread_rwlock_unlock(&h->l);
    return;
  }
  while (!__atomic_load_n(&h->held, __ATOMIC_SEQ_CST))
    continue;
  struct timespec far = suite_after_ms(CLOCK_MONOTONIC, SUITE_FAR_MS);
  h->result = write ? pthread_rwlock_clockwrlock(&h->l, CLOCK_MONOTONIC, &far)
                    : pthread_rwlock_clockrdlock(&h->l, CLOCK_MONOTONIC, &far);
  if (h->result == 0)
    pthread_rwlock_unlock(&h->l);
}

static void test_handoff(void **state) {
  (void)state;
  static const char *const kinds[] = {"rw", "wr", "ww"};
  for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++) {
    struct handoff h = {.l = PTHREAD_RWLOCK_INITIALIZER, .kinds = kinds[k], .result = -1};
    oracle_pt_run(2, handoff_thread, &h);
    print_message("holder %c, waiter %c: %d\n", kinds[k][0], kinds[k][1], h.result);
    assert_int_equal(h.result, 0);
  }
}

enum { READERS = 4, WRITERS = 4, ROUNDS = 4000 };

struct shared {
  pthread_rwlock_t l;
  long a, b;            /* a writer sets both; a reader must see them equal */
  int readers, writers; /* inside, counted atomically */
  int torn, crowded, failures;
};

static void rw_thread(void *arg, int i) {
  struct shared *s = arg;
  for (int k = 0; k < ROUNDS; k++) {
    struct timespec far = suite_after_ms(CLOCK_MONOTONIC, SUITE_FAR_MS);
    if (i < WRITERS) {
      int r = k % 3 == 0 ? pthread_rwlock_clockwrlock(&s->l, CLOCK_MONOTONIC, &far)
                         : pthread_rwlock_wrlock(&s->l);
      if (r != 0) {
        __atomic_add_fetch(&s->failures, 1, __ATOMIC_RELAXED);
        return;
      }
      if (__atomic_add_fetch(&s->writers, 1, __ATOMIC_SEQ_CST) != 1 ||
          __atomic_load_n(&s->readers, __ATOMIC_SEQ_CST) != 0)
        __atomic_add_fetch(&s->crowded, 1, __ATOMIC_RELAXED);
      long v = *(volatile long *)&s->a + 1;
      *(volatile long *)&s->a = v;
      for (int spin = 0; spin < 20; spin++)
        __atomic_signal_fence(__ATOMIC_SEQ_CST);
      *(volatile long *)&s->b = v;
      __atomic_sub_fetch(&s->writers, 1, __ATOMIC_SEQ_CST);
    } else {
      int r = k % 3 == 0 ? pthread_rwlock_clockrdlock(&s->l, CLOCK_MONOTONIC, &far)
                         : pthread_rwlock_rdlock(&s->l);
      if (r != 0) {
        __atomic_add_fetch(&s->failures, 1, __ATOMIC_RELAXED);
        return;
      }
      __atomic_add_fetch(&s->readers, 1, __ATOMIC_SEQ_CST);
      if (__atomic_load_n(&s->writers, __ATOMIC_SEQ_CST) != 0)
        __atomic_add_fetch(&s->crowded, 1, __ATOMIC_RELAXED);
      if (*(volatile long *)&s->a != *(volatile long *)&s->b)
        __atomic_add_fetch(&s->torn, 1, __ATOMIC_RELAXED);
      __atomic_sub_fetch(&s->readers, 1, __ATOMIC_SEQ_CST);
    }
    pthread_rwlock_unlock(&s->l);
  }
}

static void test_readers_writers(void **state) {
  (void)state;
  for (int kind = PTHREAD_RWLOCK_PREFER_READER_NP;
       kind <= PTHREAD_RWLOCK_PREFER_WRITER_NONRECURSIVE_NP; kind++) {
    static struct shared s;
    s = (struct shared){.torn = 0};
    pthread_rwlockattr_t a;
    pthread_rwlockattr_init(&a);
    pthread_rwlockattr_setkind_np(&a, kind);
    assert_int_equal(pthread_rwlock_init(&s.l, &a), 0);
    oracle_pt_run(READERS + WRITERS, rw_thread, &s);
    assert_int_equal(s.failures, 0);
    assert_int_equal(s.torn, 0);
    assert_int_equal(s.crowded, 0);
    assert_int_equal(s.a, (long)WRITERS * ROUNDS);
    assert_int_equal(s.b, s.a);
    assert_int_equal(pthread_rwlock_destroy(&s.l), 0);
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_attr),          cmocka_unit_test(test_misuse),
      cmocka_unit_test(test_timeout),       cmocka_unit_test(test_handoff),
      cmocka_unit_test(test_writers_first), cmocka_unit_test(test_readers_writers),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
