/* glibc's threads for the *_mt suites (oracle_thread.h). This file includes glibc's
 * headers and never sysgate's.
 *
 * Not obvious: the threads wait on a barrier before calling fn, so all of them are
 * running when the first sysgate call is made; otherwise a short fn can finish before the
 * next thread is created, and nothing would ever contend.
 */
#define _GNU_SOURCE
#include "oracle_thread.h"

#include <pthread.h>
#include <sched.h>
#include <stdlib.h>

struct run {
  void (*fn)(int, void *);
  void *arg;
  int index;
};

static pthread_barrier_t start, sync_point;

static void *thread_main(void *p) {
  struct run *r = p;
  pthread_barrier_wait(&start);
  r->fn(r->index, r->arg);
  return NULL;
}

void oracle_threads(int n, void (*fn)(int index, void *arg), void *arg) {
  pthread_t *ids = calloc((size_t)n, sizeof *ids);
  struct run *runs = calloc((size_t)n, sizeof *runs);
  int started = 0;
  if (!ids || !runs)
    abort();
  pthread_barrier_init(&start, NULL, (unsigned)n);
  pthread_barrier_init(&sync_point, NULL, (unsigned)n);
  for (; started < n; started++) {
    runs[started] = (struct run){fn, arg, started};
    if (pthread_create(&ids[started], NULL, thread_main, &runs[started]) != 0)
      break;
  }
  if (started < n)
    abort(); /* the others wait on the barrier for ever: nothing sensible to return */
  for (int i = 0; i < started; i++)
    pthread_join(ids[i], NULL);
  pthread_barrier_destroy(&start);
  pthread_barrier_destroy(&sync_point);
  free(ids);
  free(runs);
}

void oracle_threads_sync(void) {
  pthread_barrier_wait(&sync_point);
}

void oracle_yield(void) {
  sched_yield();
}
