/* sem_init(3), sem_destroy(3), sem_post(3), sem_wait(3), sem_trywait(3),
 * sem_timedwait(3), sem_clockwait and sem_getvalue(3) over futex(2).
 *
 * Not obvious: no wake-up is lost between a poster that reads "no waiters" and a waiter that reads
 * "value 0", because each first writes its own word (value, waiters) and then reads the other's,
 * all sequentially consistent: at least one of the two sees the other's write. (the rest:
 * docs/libc.md)
 */
#include <sysgate/errno.h>
#include <sysgate/misc.h>
#include <sysgate/semaphore.h>
#include <sysgate/time.h>

struct sem {
  uint32_t value;
  uint32_t waiters;
  int futex_private; /* FUTEX_PRIVATE_FLAG, or 0 when pshared */
};
_Static_assert(sizeof(struct sem) <= sizeof(sem_t), "struct sem fits in sem_t");

static struct sem *as_sem(sem_t *sem) {
  return (struct sem *)(void *)sem;
}

int sem_init(sem_t *sem, int pshared, unsigned int value) {
  if (value > SEM_VALUE_MAX)
    return (int)sysgate_ret(-EINVAL);
  struct sem *s = as_sem(sem);
  s->value = value;
  s->waiters = 0;
  s->futex_private = pshared ? 0 : FUTEX_PRIVATE_FLAG;
  return 0;
}

int sem_destroy(sem_t *sem) {
  (void)sem;
  return 0;
}

int sem_getvalue(sem_t *sem, int *sval) {
  *sval = (int)__atomic_load_n(&as_sem(sem)->value, __ATOMIC_RELAXED);
  return 0;
}

int sem_post(sem_t *sem) {
  struct sem *s = as_sem(sem);
  uint32_t v = __atomic_load_n(&s->value, __ATOMIC_RELAXED);
  do {
    if (v >= SEM_VALUE_MAX)
      return (int)sysgate_ret(-EOVERFLOW);
  } while (
      !__atomic_compare_exchange_n(&s->value, &v, v + 1, 1, __ATOMIC_SEQ_CST, __ATOMIC_RELAXED));
  if (__atomic_load_n(&s->waiters, __ATOMIC_SEQ_CST) != 0)
    sys_futex(&s->value, FUTEX_WAKE | s->futex_private, 1, NULL, NULL, 0);
  return 0;
}

/* One unit taken if there is one: 1, else 0. */
static int take(struct sem *s) {
  uint32_t v = __atomic_load_n(&s->value, __ATOMIC_SEQ_CST);
  while (v > 0)
    if (__atomic_compare_exchange_n(&s->value, &v, v - 1, 1, __ATOMIC_SEQ_CST, __ATOMIC_RELAXED))
      return 1;
  return 0;
}

int sem_trywait(sem_t *sem) {
  return take(as_sem(sem)) ? 0 : (int)sysgate_ret(-EAGAIN);
}

/* Waits for a unit until abstime on clock (NULL: for ever); 0 or -errno. */
static long wait_until(struct sem *s, clockid_t clock, const struct timespec *abstime) {
  if (take(s))
    return 0;
  if (abstime != NULL && abstime->tv_sec < 0)
    return -ETIMEDOUT; /* an instant before 1970 has passed; the kernel would say EINVAL */
  int op =
      FUTEX_WAIT_BITSET | s->futex_private | (clock == CLOCK_REALTIME ? FUTEX_CLOCK_REALTIME : 0);
  long ret = 0;
  __atomic_add_fetch(&s->waiters, 1, __ATOMIC_SEQ_CST);
  while (!take(s)) {
    ret = sys_futex(&s->value, op, 0, abstime, NULL, FUTEX_BITSET_MATCH_ANY);
    if (ret == -ETIMEDOUT || ret == -EINTR)
      break;
    ret = 0; /* woken, or the value was no longer 0 (EAGAIN): try again */
  }
  __atomic_sub_fetch(&s->waiters, 1, __ATOMIC_SEQ_CST);
  return ret;
}

int sem_wait(sem_t *sem) {
  return (int)sysgate_ret(wait_until(as_sem(sem), CLOCK_MONOTONIC, NULL));
}

/* NULL is no limit (musl's answer; glibc's would be a crash). */
static int valid_nsec(const struct timespec *t) {
  return t == NULL || (t->tv_nsec >= 0 && t->tv_nsec < 1000000000);
}

int sem_timedwait(sem_t *sem, const struct timespec *abstime) {
  if (!valid_nsec(abstime))
    return (int)sysgate_ret(-EINVAL);
  return (int)sysgate_ret(wait_until(as_sem(sem), CLOCK_REALTIME, abstime));
}

int sem_clockwait(sem_t *sem, clockid_t clock, const struct timespec *abstime) {
  if ((clock != CLOCK_REALTIME && clock != CLOCK_MONOTONIC) || !valid_nsec(abstime))
    return (int)sysgate_ret(-EINVAL);
  return (int)sysgate_ret(wait_until(as_sem(sem), clock, abstime));
}
