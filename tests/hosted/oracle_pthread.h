/* glibc's threads and pthread synchronisation for the test_pthread_*.c suites,
 * built in oracle_pthread.c with glibc's headers only. glibc's objects travel as
 * void * to oracle_pt_storage.
 *
 * Not obvious: every oracle_pt_* call returns glibc's error number (pthread calls
 * return it; they do not set errno), so the suites compare it with sysgate's return.
 */
#ifndef SYSGATE_TEST_ORACLE_PTHREAD_H
#define SYSGATE_TEST_ORACLE_PTHREAD_H

/* Room for any glibc pthread object. */
typedef union {
  char bytes[64];
  long long align;
} oracle_pt_storage;

/* Runs fn(arg, i) for i in 0..n-1, each on its own glibc thread, and joins them all.
 * n is at most ORACLE_PT_MAX_THREADS. */
#define ORACLE_PT_MAX_THREADS 16
void oracle_pt_run(int n, void (*fn)(void *arg, int i), void *arg);

/* The objects whose size and alignment the suites compare. */
enum oracle_pt_type {
  ORACLE_PT_MUTEX,
  ORACLE_PT_COND,
  ORACLE_PT_RWLOCK,
  ORACLE_PT_BARRIER,
  ORACLE_PT_MUTEXATTR,
  ORACLE_PT_CONDATTR,
  ORACLE_PT_RWLOCKATTR,
  ORACLE_PT_BARRIERATTR,
  ORACLE_PT_SPINLOCK,
  ORACLE_PT_ONCE,
  ORACLE_PT_TYPES
};
unsigned long oracle_pt_sizeof(int type);
unsigned long oracle_pt_alignof(int type);

/* glibc's value of a constant, by name: "PTHREAD_MUTEX_RECURSIVE", ...; -99 unknown. */
int oracle_pt_constant(const char *name);

/* pthread_mutex_init with a type (or -1: a NULL attribute) and pshared. */
int oracle_pt_mutex_init(void *m, int type, int pshared);
/* Mutex operations by name; clock -1 is pthread_mutex_timedlock. */
int oracle_pt_mutex_lock(void *m);
int oracle_pt_mutex_trylock(void *m);
int oracle_pt_mutex_unlock(void *m);
int oracle_pt_mutex_destroy(void *m);
int oracle_pt_mutex_timedlock(void *m, int clock, long long sec, long nsec);
/* A fresh attribute's settype(value) and setpshared(value) answers. */
int oracle_pt_mutexattr_settype(int value);
int oracle_pt_mutexattr_setpshared(int value);

int oracle_pt_cond_init(void *c, int clock, int pshared);
/* pthread_cond_timedwait (clock -1) or clockwait on c with the locked mutex m. */
int oracle_pt_cond_timedwait(void *c, void *m, int clock, long long sec, long nsec);
int oracle_pt_condattr_setclock(int value);
int oracle_pt_condattr_setpshared(int value);

int oracle_pt_rwlock_init(void *l);
/* what: 'r' rdlock, 'w' wrlock, 'R' tryrdlock, 'W' trywrlock, 'u' unlock. */
int oracle_pt_rwlock_op(void *l, char what);
/* timedrdlock/timedwrlock (clock -1) or clockrdlock/clockwrlock. */
int oracle_pt_rwlock_timed(void *l, int write, int clock, long long sec, long nsec);
int oracle_pt_rwlockattr_setpshared(int value);
/* A fresh attribute's pthread_rwlockattr_setkind_np(value) answer. */
int oracle_pt_rwlockattr_setkind(int value);

int oracle_pt_barrier_init(void *b, unsigned int count);
int oracle_pt_barrierattr_setpshared(int value);

int oracle_pt_spin_init(void *s, int pshared);
int oracle_pt_spin_trylock(void *s);

#endif
