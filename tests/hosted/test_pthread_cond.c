/* pthread condition variables (sysgate/pthread_sync.h) against glibc's: the
 * attribute's errors, timedwait's and clockwait's answers to bad instants and clocks
 * and to a mutex the caller does not hold, timeouts on both clocks with the mutex held
 * again, a bounded queue between 4 producer and 4 consumer threads (every item consumed
 * once), a broadcast that wakes 8 sleepers, and a ping-pong across fork.
 *
 * Not obvious: every wait that must end carries a 10 s deadline and a timeout fails
 * the test, so a lost wake-up shows as a failure, not as a hang.
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
  static const int values[] = {-1, 0, 1, 2, 3, 4, 5, 6, 7, 12345};
  for (size_t i = 0; i < sizeof values / sizeof values[0]; i++) {
    int v = values[i];
    pthread_condattr_t a;
    assert_int_equal(pthread_condattr_init(&a), 0);
    int clock_err = pthread_condattr_setclock(&a, v);
    assert_int_equal(clock_err, oracle_pt_condattr_setclock(v));
    int pshared_err = pthread_condattr_setpshared(&a, v);
    assert_int_equal(pshared_err, oracle_pt_condattr_setpshared(v));
    clockid_t clock = -1;
    int pshared = -1;
    assert_int_equal(pthread_condattr_getclock(&a, &clock), 0);
    assert_int_equal(pthread_condattr_getpshared(&a, &pshared), 0);
    assert_int_equal(clock, clock_err == 0 ? v : CLOCK_REALTIME);
    assert_int_equal(pshared, pshared_err == 0 ? v : PTHREAD_PROCESS_PRIVATE);
    assert_int_equal(pthread_condattr_destroy(&a), 0);
  }
}

/* Ours and glibc's timed waits on the same bad instants: the same answer, and
 * each caller holds its mutex again afterwards. */
static void test_bad_instants(void **state) {
  (void)state;
  const struct suite_instant *cases = suite_bad_instants;
  pthread_cond_t c = PTHREAD_COND_INITIALIZER;
  pthread_mutex_t m = PTHREAD_ERRORCHECK_MUTEX_INITIALIZER_NP;
  oracle_pt_storage tc, tm;
  assert_int_equal(oracle_pt_cond_init(&tc, CLOCK_REALTIME, 0), 0);
  assert_int_equal(oracle_pt_mutex_init(&tm, PTHREAD_MUTEX_ERRORCHECK, 0), 0);
  for (size_t i = 0; i < SUITE_BAD_INSTANTS; i++) {
    struct timespec t = {.tv_sec = (time_t)cases[i].sec, .tv_nsec = cases[i].nsec};
    /* Not holding the mutex: EPERM from both (an errorcheck mutex knows), when the
     * instant itself is fine. */
    int ours = cases[i].clock < 0 ? pthread_cond_timedwait(&c, &m, &t)
                                  : pthread_cond_clockwait(&c, &m, cases[i].clock, &t);
    assert_int_equal(
        ours, oracle_pt_cond_timedwait(&tc, &tm, cases[i].clock, cases[i].sec, cases[i].nsec));
    assert_int_equal(pthread_mutex_lock(&m), 0);
    assert_int_equal(oracle_pt_mutex_lock(&tm), 0);
    ours = cases[i].clock < 0 ? pthread_cond_timedwait(&c, &m, &t)
                              : pthread_cond_clockwait(&c, &m, cases[i].clock, &t);
    int theirs = oracle_pt_cond_timedwait(&tc, &tm, cases[i].clock, cases[i].sec, cases[i].nsec);
    assert_int_equal(ours, theirs);
    assert_int_not_equal(ours, 0);
    assert_int_equal(pthread_mutex_unlock(&m), 0); /* held again: no EPERM */
    assert_int_equal(oracle_pt_mutex_unlock(&tm), 0);
  }
  assert_int_equal(pthread_cond_destroy(&c), 0);
}

/* A wait nobody signals ends with ETIMEDOUT, no sooner than asked, the mutex held. */
static void test_timeout(void **state) {
  (void)state;
  for (int attr_clock = CLOCK_REALTIME; attr_clock <= CLOCK_MONOTONIC; attr_clock++) {
    pthread_condattr_t a;
    pthread_condattr_init(&a);
    assert_int_equal(pthread_condattr_setclock(&a, attr_clock), 0);
    pthread_cond_t c;
    assert_int_equal(pthread_cond_init(&c, &a), 0);
    pthread_mutex_t m = PTHREAD_ERRORCHECK_MUTEX_INITIALIZER_NP;
    assert_int_equal(pthread_mutex_lock(&m), 0);
    for (size_t k = 0; k < sizeof suite_clocks / sizeof suite_clocks[0]; k++) {
      clockid_t clock = suite_clocks[k] < 0 ? attr_clock : suite_clocks[k];
      long long until = suite_now_ns(clock) + 30000000LL;
      struct timespec t = suite_ts(until);
      int r = suite_clocks[k] < 0 ? pthread_cond_timedwait(&c, &m, &t)
                                  : pthread_cond_clockwait(&c, &m, clock, &t);
      assert_int_equal(r, ETIMEDOUT);
      assert_true(suite_now_ns(clock) >= until);
      assert_int_equal(pthread_mutex_lock(&m), EDEADLK); /* held again */
    }
    assert_int_equal(pthread_mutex_unlock(&m), 0);
    assert_int_equal(pthread_cond_destroy(&c), 0);
  }
}

enum { PRODUCERS = 4, CONSUMERS = 4, PER_PRODUCER = 5000, SLOTS = 4 };
#define ITEMS (PRODUCERS * PER_PRODUCER)

struct queue {
  pthread_mutex_t m;
  pthread_cond_t not_full, not_empty;
  int items[SLOTS];
  int head, count;
  unsigned char seen[ITEMS];
  int failures; /* waits that timed out or failed */
};

/* Waits on c until ready(q) holds; 0, or nonzero once a wait failed. */
static int wait_for(struct queue *q, pthread_cond_t *c, int (*ready)(const struct queue *)) {
  struct timespec far = suite_after_ms(CLOCK_REALTIME, SUITE_FAR_MS);
  while (!ready(q))
    if (pthread_cond_timedwait(c, &q->m, &far) != 0)
      return ++q->failures;
  return 0;
}

static int has_room(const struct queue *q) {
  return q->count < SLOTS;
}

static int has_item(const struct queue *q) {
  return q->count > 0;
}

static void queue_thread(void *arg, int i) {
  struct queue *q = arg;
  for (int k = 0; k < PER_PRODUCER; k++) {
    pthread_mutex_lock(&q->m);
    if (i < PRODUCERS) {
      if (wait_for(q, &q->not_full, has_room) != 0) {
        pthread_mutex_unlock(&q->m);
        return; /* the others time out too, each once */
      }
      q->items[(q->head + q->count++) % SLOTS] = i * PER_PRODUCER + k;
      pthread_cond_signal(&q->not_empty);
    } else {
      if (wait_for(q, &q->not_empty, has_item) != 0) {
        pthread_mutex_unlock(&q->m);
        return;
      }
      int item = q->items[q->head];
      q->head = (q->head + 1) % SLOTS;
      q->count--;
      q->seen[item]++;
      pthread_cond_signal(&q->not_full);
    }
    pthread_mutex_unlock(&q->m);
  }
}

static void test_producer_consumer(void **state) {
  (void)state;
  static struct queue q = {.m = PTHREAD_MUTEX_INITIALIZER,
                           .not_full = PTHREAD_COND_INITIALIZER,
                           .not_empty = PTHREAD_COND_INITIALIZER};
  oracle_pt_run(PRODUCERS + CONSUMERS, queue_thread, &q);
  assert_int_equal(q.failures, 0);
  assert_int_equal(q.count, 0);
  for (int i = 0; i < ITEMS; i++)
    assert_int_equal(q.seen[i], 1);
  assert_int_equal(pthread_cond_destroy(&q.not_full), 0);
  assert_int_equal(pthread_cond_destroy(&q.not_empty), 0);
}

enum { SLEEPERS = 8 };

struct gate {
  pthread_mutex_t m;
  pthread_cond_t c;
  int waiting, open, failures;
};

/* Thread 0 opens the gate with one broadcast once all the others wait at it. */
static void gate_thread(void *arg, int i) {
  struct gate *g = arg;
  struct timespec far = suite_after_ms(CLOCK_MONOTONIC, SUITE_FAR_MS);
  pthread_mutex_lock(&g->m);
  if (i == 0) {
    while (g->waiting < SLEEPERS)
      if (pthread_cond_clockwait(&g->c, &g->m, CLOCK_MONOTONIC, &far) != 0) {
        g->failures++;
        break;
      }
    g->open = 1;
    pthread_cond_broadcast(&g->c);
  } else {
    g->waiting++;
    pthread_cond_broadcast(&g->c); /* tells thread 0; the sleepers take it as spurious */
    while (!g->open)
      if (pthread_cond_clockwait(&g->c, &g->m, CLOCK_MONOTONIC, &far) != 0) {
        g->failures++;
        break;
      }
  }
  pthread_mutex_unlock(&g->m);
}

static void test_broadcast(void **state) {
  (void)state;
  for (int round = 0; round < 20; round++) {
    struct gate g = {.m = PTHREAD_MUTEX_INITIALIZER, .c = PTHREAD_COND_INITIALIZER};
    oracle_pt_run(SLEEPERS + 1, gate_thread, &g);
    assert_int_equal(g.failures, 0);
    assert_int_equal(pthread_cond_destroy(&g.c), 0);
  }
}

/* A parent and a forked child take turns through a pshared mutex and cond. */
struct turns {
  pthread_mutex_t m;
  pthread_cond_t c;
  int turn; /* counts up; the parent moves it on when even, the child when odd */
};

enum { ROUNDS = 300 };

static int take_turns(struct turns *t, int parity) {
  struct timespec far = suite_after_ms(CLOCK_REALTIME, SUITE_FAR_MS);
  pthread_mutex_lock(&t->m);
  while (t->turn < 2 * ROUNDS) {
    if (t->turn % 2 == parity) {
      t->turn++;
      pthread_cond_signal(&t->c);
    } else if (pthread_cond_timedwait(&t->c, &t->m, &far) != 0) {
      pthread_mutex_unlock(&t->m);
      return 1;
    }
  }
  pthread_mutex_unlock(&t->m);
  return 0;
}

static void test_pshared_fork(void **state) {
  (void)state;
  struct turns *t =
      mmap(NULL, sizeof *t, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
  assert_true(t != MAP_FAILED);
  pthread_mutexattr_t ma;
  pthread_mutexattr_init(&ma);
  pthread_mutexattr_setpshared(&ma, PTHREAD_PROCESS_SHARED);
  pthread_condattr_t ca;
  pthread_condattr_init(&ca);
  pthread_condattr_setpshared(&ca, PTHREAD_PROCESS_SHARED);
  assert_int_equal(pthread_mutex_init(&t->m, &ma), 0);
  assert_int_equal(pthread_cond_init(&t->c, &ca), 0);
  t->turn = 0;
  pid_t pid = fork();
  assert_true(pid >= 0);
  if (pid == 0)
    _exit(take_turns(t, 1));
  int failed = take_turns(t, 0);
  int status;
  assert_int_equal(waitpid(pid, &status, 0), pid);
  assert_int_equal(failed, 0);
  assert_int_equal(status, 0);
  assert_int_equal(t->turn, 2 * ROUNDS);
  munmap(t, sizeof *t);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_attr),      cmocka_unit_test(test_bad_instants),
      cmocka_unit_test(test_timeout),   cmocka_unit_test(test_producer_consumer),
      cmocka_unit_test(test_broadcast), cmocka_unit_test(test_pshared_fork),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
