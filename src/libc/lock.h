/* The C library's internal locks (futex(2)): a plain one for malloc, atexit and the environment,
 * and a recursive one, owned by a tid, for each stdio stream (flockfile(3)).
 *
 * Not obvious: without SYSGATE_THREADS every lock is nothing at all: no field, no object, no code
 * (the macros do not even evaluate their argument), so the single-threaded build keeps its sizes.
 * The word is 0 free, 1 held, 2 held with waiters (Drepper, "Futexes Are Tricky", mutex 3).
 */
#ifndef SYSGATE_SRC_LIBC_LOCK_H
#define SYSGATE_SRC_LIBC_LOCK_H

#ifdef SYSGATE_THREADS
#include <stdint.h>

/* The hosted test library only (tests/CMakeLists.txt): tells helgrind when a lock is taken and
 * released (valgrind's client requests, a few no-op instructions outside valgrind). */
#ifdef SYSGATE_HELGRIND
#include <valgrind/helgrind.h>
#define SG_HG_TAKEN(l) ANNOTATE_RWLOCK_ACQUIRED(l, 1)
#define SG_HG_DROPPING(l) ANNOTATE_RWLOCK_RELEASED(l, 1)
#define SG_HG_ATOMIC(p) VALGRIND_HG_DISABLE_CHECKING(p, sizeof *(p)) /* read unlocked */
#else
#define SG_HG_TAKEN(l) ((void)0)
#define SG_HG_DROPPING(l) ((void)0)
#define SG_HG_ATOMIC(p) ((void)0)
#endif

struct sg_lock {
  uint32_t word;
};
struct sg_rlock {
  struct sg_lock lock;
  int owner;      /* tid of the holder (thread_id.h), 0 when free */
  unsigned count; /* times the holder took it */
};
/* A static object that only the threaded build has: SG_LOCK_DEFINE(static, heap_lock). A
 * zeroed sg_rlock (a stream's, from memset or a static initializer) is free too. */
#define SG_LOCK_DEFINE(storage, name) storage struct sg_lock name = {0}
/* A variable each thread has its own copy of (static buffers glibc makes per thread). */
#define SG_THREAD_LOCAL __thread

void sysgate_lock_wait(struct sg_lock *l);
void sysgate_lock_wake(struct sg_lock *l);

static inline int sg_lock_try(struct sg_lock *l) {
  uint32_t free_word = 0;
  int taken =
      __atomic_compare_exchange_n(&l->word, &free_word, 1, 0, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED);
  if (taken)
    SG_HG_TAKEN(l);
  return taken;
}
static inline void sg_lock_take(struct sg_lock *l) {
  if (!sg_lock_try(l))
    sysgate_lock_wait(l);
}
static inline void sg_lock_drop(struct sg_lock *l) {
  SG_HG_DROPPING(l);
  if (__atomic_exchange_n(&l->word, 0, __ATOMIC_RELEASE) == 2)
    sysgate_lock_wake(l);
}

/* fork(2) in a threaded program: the locks the child's malloc and stdio need are taken before
 * the fork (SG_FORK_PREPARE), released in the parent and made free in the child, where their
 * holders do not exist (glibc's posix/fork.c does so for malloc and the list of streams).
 * For the fork wrapper of the threaded build to call (fork_locks.c). */
enum { SG_FORK_PREPARE, SG_FORK_PARENT, SG_FORK_CHILD };
void sysgate_libc_fork(int phase);
void sysgate_malloc_fork(int phase);
void sysgate_stdio_fork(int phase);
static inline void sg_lock_fork(struct sg_lock *l, int phase) {
  if (phase == SG_FORK_PREPARE)
    sg_lock_take(l);
  else if (phase == SG_FORK_PARENT)
    sg_lock_drop(l);
  else
    l->word = 0;
}

/* Recursive: 1 when taken (or taken again by its holder), 0 when another thread holds it. */
int sysgate_rlock_try(struct sg_rlock *r);
void sysgate_rlock_take(struct sg_rlock *r);
void sysgate_rlock_drop(struct sg_rlock *r);
#define sg_rlock_try(r) sysgate_rlock_try(r)
#define sg_rlock_take(r) sysgate_rlock_take(r)
#define sg_rlock_drop(r) sysgate_rlock_drop(r)

#else /* one thread: nothing to lock */
#define SG_LOCK_DEFINE(storage, name) struct sg_lock
#define SG_THREAD_LOCAL
#define sg_lock_try(l) 1
#define sg_lock_take(l) ((void)0)
#define sg_lock_drop(l) ((void)0)
#define sg_rlock_try(r) 1
#define sg_rlock_take(r) ((void)0)
#define sg_rlock_drop(r) ((void)0)
#endif

#endif
