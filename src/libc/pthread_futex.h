/* The futex(2) building blocks of the pthread synchronisation calls: a timed wait,
 * a wake, the checks of an absolute timeout, a lock word, and the count of threads
 * still inside a wait that destroy waits for.
 *
 * Not obvious: an absolute timeout goes to FUTEX_WAIT_BITSET, the one wait that takes
 * an instant rather than an interval, with FUTEX_CLOCK_REALTIME for CLOCK_REALTIME
 * (kernel/futex/syscalls.c); a tv_sec before 1970 is refused by the kernel (EINVAL),
 * so it is answered ETIMEDOUT here, as glibc does.
 */
#ifndef SYSGATE_LIBC_PTHREAD_FUTEX_H
#define SYSGATE_LIBC_PTHREAD_FUTEX_H

#include <sysgate/errno.h>
#include <sysgate/misc.h>
#include <sysgate/pthread.h>
#include <sysgate/time.h>

/* FUTEX_PRIVATE_FLAG, or 0 for a lock in memory that processes share. */
static inline int sg_futex_private(int pshared) {
  return pshared ? 0 : FUTEX_PRIVATE_FLAG;
}

/* Sleeps while *word == val, until abstime on clock (NULL: no limit); 0 or -errno
 * (-EAGAIN: the word had changed; -ETIMEDOUT; -EINTR). */
static inline long sg_futex_wait(uint32_t *word, uint32_t val, int priv, clockid_t clock,
                                 const struct timespec *abstime) {
  int op = FUTEX_WAIT_BITSET | priv;
  if (abstime != NULL && clock == CLOCK_REALTIME)
    op |= FUTEX_CLOCK_REALTIME;
  return sys_futex(word, op, val, abstime, NULL, FUTEX_BITSET_MATCH_ANY);
}

static inline void sg_futex_wake(uint32_t *word, int count, int priv) {
  sys_futex(word, FUTEX_WAKE | priv, (uint32_t)count, NULL, NULL, 0);
}

static inline int sg_clock_valid(clockid_t clock) {
  return clock == CLOCK_REALTIME || clock == CLOCK_MONOTONIC;
}

/* Before a timed wait sleeps: EINVAL for a bad tv_nsec, ETIMEDOUT before 1970, else 0. */
static inline int sg_abstime_check(const struct timespec *abstime) {
  if (abstime == NULL)
    return 0;
  if (abstime->tv_nsec < 0 || abstime->tv_nsec >= 1000000000)
    return EINVAL;
  return abstime->tv_sec < 0 ? ETIMEDOUT : 0;
}

/* A lock word: 0 free, 1 held, 2 held and perhaps waited for ("Futexes Are Tricky",
 * Drepper, mutex 2). Returns 0, or ETIMEDOUT/EINVAL from a timed wait. */
static inline int sg_word_lock(uint32_t *word, int priv, clockid_t clock,
                               const struct timespec *abstime) {
  uint32_t c = 0;
  if (__atomic_compare_exchange_n(word, &c, 1, 0, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED))
    return 0;
  int err = sg_abstime_check(abstime);
  if (err != 0)
    return err;
  if (c != 2)
    c = __atomic_exchange_n(word, 2, __ATOMIC_ACQUIRE);
  while (c != 0) {
    if (sg_futex_wait(word, 2, priv, clock, abstime) == -ETIMEDOUT)
      return ETIMEDOUT;
    c = __atomic_exchange_n(word, 2, __ATOMIC_ACQUIRE);
  }
  return 0;
}

static inline int sg_word_trylock(uint32_t *word) {
  uint32_t c = 0;
  return __atomic_compare_exchange_n(word, &c, 1, 0, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED) ? 0
                                                                                         : EBUSY;
}

static inline void sg_word_unlock(uint32_t *word, int priv) {
  if (__atomic_exchange_n(word, 0, __ATOMIC_RELEASE) == 2)
    sg_futex_wake(word, 1, priv);
}

/* A count of threads inside a wait; its top bit says destroy sleeps until it is 0. */
#define SG_DRAIN_FLAG 0x80000000u

static inline void sg_drain_enter(uint32_t *count) {
  __atomic_add_fetch(count, 1, __ATOMIC_SEQ_CST);
}

/* The thread's last touch of the object: after it, destroy may return. */
static inline void sg_drain_leave(uint32_t *count, int priv) {
  if (__atomic_fetch_sub(count, 1, __ATOMIC_SEQ_CST) == (SG_DRAIN_FLAG | 1))
    sg_futex_wake(count, 0x7fffffff, priv);
}

static inline void sg_drain_wait(uint32_t *count, int priv) {
  uint32_t v = __atomic_load_n(count, __ATOMIC_SEQ_CST);
  while ((v & ~SG_DRAIN_FLAG) != 0) {
    if (!(v & SG_DRAIN_FLAG) && !__atomic_compare_exchange_n(count, &v, v | SG_DRAIN_FLAG, 0,
                                                             __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST))
      continue;
    sg_futex_wait(count, v | SG_DRAIN_FLAG, priv, CLOCK_MONOTONIC, NULL);
    v = __atomic_load_n(count, __ATOMIC_SEQ_CST);
  }
  __atomic_store_n(count, 0, __ATOMIC_RELAXED);
}

#endif
