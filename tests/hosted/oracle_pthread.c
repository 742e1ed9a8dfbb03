/* glibc's side of the test_pthread_*.c suites (oracle_pthread.h): its threads, and
 * its answers to the same misuse. This file includes glibc's headers, never sysgate's.
 *
 * Not obvious: on i386 this file is built without _TIME_BITS=64, so glibc's
 * struct timespec has a 32-bit tv_sec here; the tests' instants fit.
 */
#define _GNU_SOURCE
#include "oracle_pthread.h"

#include <pthread.h>
#include <stdalign.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

_Static_assert(sizeof(pthread_rwlock_t) <= sizeof(oracle_pt_storage), "room for glibc's");
_Static_assert(sizeof(pthread_cond_t) <= sizeof(oracle_pt_storage), "room for glibc's");

struct run {
  void (*fn)(void *, int);
  void *arg;
  int i;
};

static void *run_one(void *p) {
  struct run *r = p;
  r->fn(r->arg, r->i);
  return NULL;
}

void oracle_pt_run(int n, void (*fn)(void *arg, int i), void *arg) {
  pthread_t t[ORACLE_PT_MAX_THREADS];
  struct run r[ORACLE_PT_MAX_THREADS];
  if (n > ORACLE_PT_MAX_THREADS)
    abort();
  for (int i = 0; i < n; i++) {
    r[i] = (struct run){fn, arg, i};
    if (pthread_create(&t[i], NULL, run_one, &r[i]) != 0)
      abort();
  }
  for (int i = 0; i < n; i++)
    pthread_join(t[i], NULL);
}

#define TYPE_INFO(f)                                                                               \
  switch (type) {                                                                                  \
  case ORACLE_PT_MUTEX:                                                                            \
    return f(pthread_mutex_t);                                                                     \
  case ORACLE_PT_COND:                                                                             \
    return f(pthread_cond_t);                                                                      \
  case ORACLE_PT_RWLOCK:                                                                           \
    return f(pthread_rwlock_t);                                                                    \
  case ORACLE_PT_BARRIER:                                                                          \
    return f(pthread_barrier_t);                                                                   \
  case ORACLE_PT_MUTEXATTR:                                                                        \
    return f(pthread_mutexattr_t);                                                                 \
  case ORACLE_PT_CONDATTR:                                                                         \
    return f(pthread_condattr_t);                                                                  \
  case ORACLE_PT_RWLOCKATTR:                                                                       \
    return f(pthread_rwlockattr_t);                                                                \
  case ORACLE_PT_BARRIERATTR:                                                                      \
    return f(pthread_barrierattr_t);                                                               \
  case ORACLE_PT_SPINLOCK:                                                                         \
    return f(pthread_spinlock_t);                                                                  \
  case ORACLE_PT_ONCE:                                                                             \
    return f(pthread_once_t);                                                                      \
  }                                                                                                \
  return 0

unsigned long oracle_pt_sizeof(int type) {
  TYPE_INFO(sizeof);
}

unsigned long oracle_pt_alignof(int type) {
  TYPE_INFO(alignof);
}

int oracle_pt_constant(const char *name) {
  static const struct {
    const char *name;
    int value;
  } table[] = {
#define C(n) {#n, n}
      C(PTHREAD_MUTEX_NORMAL),
      C(PTHREAD_MUTEX_RECURSIVE),
      C(PTHREAD_MUTEX_ERRORCHECK),
      C(PTHREAD_MUTEX_DEFAULT),
      C(PTHREAD_MUTEX_TIMED_NP),
      C(PTHREAD_MUTEX_RECURSIVE_NP),
      C(PTHREAD_MUTEX_ERRORCHECK_NP),
      C(PTHREAD_MUTEX_ADAPTIVE_NP),
      C(PTHREAD_MUTEX_FAST_NP),
      C(PTHREAD_PROCESS_PRIVATE),
      C(PTHREAD_PROCESS_SHARED),
      C(PTHREAD_BARRIER_SERIAL_THREAD),
      C(PTHREAD_ONCE_INIT),
      C(PTHREAD_RWLOCK_PREFER_READER_NP),
      C(PTHREAD_RWLOCK_PREFER_WRITER_NP),
      C(PTHREAD_RWLOCK_PREFER_WRITER_NONRECURSIVE_NP),
      C(PTHREAD_RWLOCK_DEFAULT_NP),
#undef C
  };
  for (size_t i = 0; i < sizeof table / sizeof table[0]; i++)
    if (strcmp(table[i].name, name) == 0)
      return table[i].value;
  return -99;
}

static struct timespec at(long long sec, long nsec) {
  return (struct timespec){.tv_sec = (time_t)sec, .tv_nsec = nsec};
}

int oracle_pt_mutex_init(void *m, int type, int pshared) {
  if (type < 0)
    return pthread_mutex_init(m, NULL);
  pthread_mutexattr_t a;
  pthread_mutexattr_init(&a);
  pthread_mutexattr_settype(&a, type);
  pthread_mutexattr_setpshared(&a, pshared);
  return pthread_mutex_init(m, &a);
}
int oracle_pt_mutex_lock(void *m) {
  return pthread_mutex_lock(m);
}
int oracle_pt_mutex_trylock(void *m) {
  return pthread_mutex_trylock(m);
}
int oracle_pt_mutex_unlock(void *m) {
  return pthread_mutex_unlock(m);
}
int oracle_pt_mutex_destroy(void *m) {
  return pthread_mutex_destroy(m);
}
int oracle_pt_mutex_timedlock(void *m, int clock, long long sec, long nsec) {
  struct timespec t = at(sec, nsec);
  return clock < 0 ? pthread_mutex_timedlock(m, &t) : pthread_mutex_clocklock(m, clock, &t);
}
int oracle_pt_mutexattr_settype(int value) {
  pthread_mutexattr_t a;
  pthread_mutexattr_init(&a);
  return pthread_mutexattr_settype(&a, value);
}
int oracle_pt_mutexattr_setpshared(int value) {
  pthread_mutexattr_t a;
  pthread_mutexattr_init(&a);
  return pthread_mutexattr_setpshared(&a, value);
}

int oracle_pt_cond_init(void *c, int clock, int pshared) {
  pthread_condattr_t a;
  pthread_condattr_init(&a);
  pthread_condattr_setclock(&a, clock);
  pthread_condattr_setpshared(&a, pshared);
  return pthread_cond_init(c, &a);
}
int oracle_pt_cond_timedwait(void *c, void *m, int clock, long long sec, long nsec) {
  struct timespec t = at(sec, nsec);
  return clock < 0 ? pthread_cond_timedwait(c, m, &t) : pthread_cond_clockwait(c, m, clock, &t);
}
int oracle_pt_condattr_setclock(int value) {
  pthread_condattr_t a;
  pthread_condattr_init(&a);
  return pthread_condattr_setclock(&a, value);
}
int oracle_pt_condattr_setpshared(int value) {
  pthread_condattr_t a;
  pthread_condattr_init(&a);
  return pthread_condattr_setpshared(&a, value);
}

int oracle_pt_rwlock_init(void *l) {
  return pthread_rwlock_init(l, NULL);
}
int oracle_pt_rwlock_op(void *l, char what) {
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
int oracle_pt_rwlock_timed(void *l, int write, int clock, long long sec, long nsec) {
  struct timespec t = at(sec, nsec);
  if (clock < 0)
    return write ? pthread_rwlock_timedwrlock(l, &t) : pthread_rwlock_timedrdlock(l, &t);
  return write ? pthread_rwlock_clockwrlock(l, clock, &t)
               : pthread_rwlock_clockrdlock(l, clock, &t);
}
int oracle_pt_rwlockattr_setpshared(int value) {
  pthread_rwlockattr_t a;
  pthread_rwlockattr_init(&a);
  return pthread_rwlockattr_setpshared(&a, value);
}

int oracle_pt_rwlockattr_setkind(int value) {
  pthread_rwlockattr_t a;
  pthread_rwlockattr_init(&a);
  return pthread_rwlockattr_setkind_np(&a, value);
}

int oracle_pt_barrier_init(void *b, unsigned int count) {
  return pthread_barrier_init(b, NULL, count);
}
int oracle_pt_barrierattr_setpshared(int value) {
  pthread_barrierattr_t a;
  pthread_barrierattr_init(&a);
  return pthread_barrierattr_setpshared(&a, value);
}

int oracle_pt_spin_init(void *s, int pshared) {
  return pthread_spin_init(s, pshared);
}
int oracle_pt_spin_trylock(void *s) {
  return pthread_spin_trylock(s);
}
