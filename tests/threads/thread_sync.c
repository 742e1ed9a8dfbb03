/* The synchronisation calls between sysgate's own threads, in the threaded build: a mutex
 * counter, a condition-variable queue, a read-write pair, barrier phases and a spin lock,
 * 8 threads each, every one checked by an invariant after the join.
 *
 * Not obvious: the hosted suites (test_pthread_*.c) run the same calls from glibc's threads;
 * this program is where they meet sysgate's thread blocks, thread-local errno and tids.
 */
#include "../nostdlib/check.h"
#include <sysgate/pthread.h>

#define THREADS 8
#define ROUNDS 20000

static pthread_mutex_t mutex = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t nonempty = PTHREAD_COND_INITIALIZER, nonfull = PTHREAD_COND_INITIALIZER;
static pthread_rwlock_t rwlock = PTHREAD_RWLOCK_INITIALIZER;
static pthread_barrier_t barrier;
static pthread_spinlock_t spin;
static long counter, spun, pair_a, pair_b, torn;
static int queue[16], head, tail, count, consumed[THREADS / 2 * 1000];
static int phase_seen[50][THREADS], serials[50];

static void *add(void *arg) {
  for (int i = 0; i < ROUNDS; i++) {
    pthread_mutex_lock(&mutex);
    counter++;
    pthread_mutex_unlock(&mutex);
    pthread_spin_lock(&spin);
    spun++;
    pthread_spin_unlock(&spin);
  }
  return arg;
}

static void *produce(void *arg) {
  int base = (int)(long)arg * 1000;
  for (int i = 0; i < 1000; i++) {
    pthread_mutex_lock(&mutex);
    while (count == 16)
      pthread_cond_wait(&nonfull, &mutex);
    queue[tail] = base + i;
    tail = (tail + 1) % 16;
    count++;
    pthread_cond_signal(&nonempty);
    pthread_mutex_unlock(&mutex);
  }
  return NULL;
}

static void *consume(void *arg) {
  for (int i = 0; i < 1000; i++) {
    pthread_mutex_lock(&mutex);
    while (count == 0)
      pthread_cond_wait(&nonempty, &mutex);
    __atomic_fetch_add(&consumed[queue[head]], 1, __ATOMIC_RELAXED);
    head = (head + 1) % 16;
    count--;
    pthread_cond_signal(&nonfull);
    pthread_mutex_unlock(&mutex);
  }
  return arg;
}

static void *read_or_write(void *arg) {
  for (int i = 0; i < ROUNDS / 4; i++) {
    if ((long)arg % 2) {
      pthread_rwlock_wrlock(&rwlock);
      pair_a++;
      sched_yield();
      pair_b++;
      pthread_rwlock_unlock(&rwlock);
    } else {
      pthread_rwlock_rdlock(&rwlock);
      if (pair_a != pair_b)
        __atomic_fetch_add(&torn, 1, __ATOMIC_RELAXED);
      pthread_rwlock_unlock(&rwlock);
    }
  }
  return arg;
}

static void *phases(void *arg) {
  int me = (int)(long)arg;
  for (int p = 0; p < 50; p++) {
    phase_seen[p][me] = 1;
    int r = pthread_barrier_wait(&barrier);
    if (r == PTHREAD_BARRIER_SERIAL_THREAD) {
      int all = 1;
      for (int t = 0; t < THREADS; t++)
        all &= phase_seen[p][t];
      serials[p] = all ? 1 : -1;
    }
    pthread_barrier_wait(&barrier); /* the serial thread has looked before anyone goes on */
  }
  return arg;
}

/* Runs fn on THREADS threads (argument: the index) and joins them; 1 when all went well. */
static int run(void *(*fn)(void *)) {
  pthread_t t[THREADS];
  int ok = 1;
  for (long i = 0; i < THREADS; i++)
    ok &= pthread_create(&t[i], NULL, fn, (void *)i) == 0;
  for (int i = 0; i < THREADS; i++)
    ok &= pthread_join(t[i], NULL) == 0;
  return ok;
}

static void *producer_or_consumer(void *arg) {
  return (long)arg < THREADS / 2 ? produce(arg) : consume(arg);
}

int main(void) {
  check(pthread_spin_init(&spin, PTHREAD_PROCESS_PRIVATE) == 0 && run(add), "8 adders ran");
  check(counter == (long)THREADS * ROUNDS, "the mutex counter is exact");
  check(spun == (long)THREADS * ROUNDS, "the spin-lock counter is exact");
  check(run(producer_or_consumer), "4 producers, 4 consumers ran");
  int once = 1;
  for (int i = 0; i < THREADS / 2 * 1000; i++)
    once &= consumed[i] == 1;
  check(once && count == 0, "every item consumed exactly once");
  check(run(read_or_write), "4 readers, 4 writers ran");
  check(torn == 0 && pair_a == pair_b && pair_a == (long)THREADS / 2 * (ROUNDS / 4),
        "no reader saw a half-written pair; every write counted");
  check(pthread_barrier_init(&barrier, NULL, THREADS) == 0 && run(phases), "50 barrier phases ran");
  int phases_ok = 1;
  for (int p = 0; p < 50; p++)
    phases_ok &= serials[p] == 1;
  check(phases_ok, "each phase: one serial thread, which saw all 8 arrive");
  return check_status();
}
