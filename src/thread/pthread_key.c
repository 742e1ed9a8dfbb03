/* pthread_key_create(3), pthread_key_delete(3), pthread_getspecific(3),
 * pthread_setspecific(3), and the destructors run at thread exit.
 *
 * Not obvious: each key has a generation, odd while in use; a thread's value is kept with the
 * generation it was stored under, so a deleted and re-created key reads NULL everywhere
 * (glibc's scheme, nptl/pthread_key_create.c). Destructors run up to
 * PTHREAD_DESTRUCTOR_ITERATIONS rounds while values remain.
 */
#include "thread_impl.h"
#include <sysgate/errno.h>
#include <sysgate/mman.h>

static struct {
  uintptr_t seq; /* odd: in use */
  void (*destructor)(void *);
} keys[PTHREAD_KEYS_MAX];

int pthread_key_create(pthread_key_t *key, void (*destructor)(void *)) {
  for (unsigned int i = 0; i < PTHREAD_KEYS_MAX; i++) {
    uintptr_t seq = __atomic_load_n(&keys[i].seq, __ATOMIC_RELAXED);
    if (seq & 1)
      continue;
    keys[i].destructor = destructor;
    if (__atomic_compare_exchange_n(&keys[i].seq, &seq, seq + 1, 0, __ATOMIC_ACQ_REL,
                                    __ATOMIC_RELAXED)) {
      *key = i;
      return 0;
    }
  }
  return EAGAIN;
}

int pthread_key_delete(pthread_key_t key) {
  if (key >= PTHREAD_KEYS_MAX)
    return EINVAL;
  uintptr_t seq = __atomic_load_n(&keys[key].seq, __ATOMIC_RELAXED);
  if (!(seq & 1) || !__atomic_compare_exchange_n(&keys[key].seq, &seq, seq + 1, 0, __ATOMIC_ACQ_REL,
                                                 __ATOMIC_RELAXED))
    return EINVAL;
  return 0;
}

void *pthread_getspecific(pthread_key_t key) {
  struct sg_thread *t = sg_self();
  if (key >= PTHREAD_KEYS_MAX || !t->keys)
    return NULL;
  struct sg_key_slot *s = &t->keys[key];
  return s->seq == __atomic_load_n(&keys[key].seq, __ATOMIC_RELAXED) ? s->data : NULL;
}

int pthread_setspecific(pthread_key_t key, const void *value) {
  if (key >= PTHREAD_KEYS_MAX)
    return EINVAL;
  uintptr_t seq = __atomic_load_n(&keys[key].seq, __ATOMIC_RELAXED);
  if (!(seq & 1))
    return EINVAL;
  struct sg_thread *t = sg_self();
  if (!t->keys) {
    long m = sys_mmap(NULL, PTHREAD_KEYS_MAX * sizeof *t->keys, PROT_READ | PROT_WRITE,
                      MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (sysgate_is_error(m))
      return ENOMEM;
    t->keys = (struct sg_key_slot *)m;
  }
  t->keys[key].seq = seq;
  t->keys[key].data = (void *)(uintptr_t)value;
  return 0;
}

void sysgate_key_run_destructors(struct sg_thread *t) {
  for (int round = 0; round < PTHREAD_DESTRUCTOR_ITERATIONS; round++) {
    int called = 0;
    for (unsigned int i = 0; i < PTHREAD_KEYS_MAX; i++) {
      struct sg_key_slot *s = &t->keys[i];
      uintptr_t seq = __atomic_load_n(&keys[i].seq, __ATOMIC_ACQUIRE);
      void (*destructor)(void *) = keys[i].destructor;
      if (!s->data || s->seq != seq || !(seq & 1) || !destructor)
        continue;
      void *data = s->data;
      s->data = NULL;
      destructor(data);
      called = 1;
    }
    if (!called)
      break;
  }
}
