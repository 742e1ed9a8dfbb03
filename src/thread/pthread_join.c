/* pthread_join(3) and pthread_detach(3).
 *
 * Not obvious: join waits on the CLONE_CHILD_CLEARTID word with FUTEX_WAIT, not
 * FUTEX_WAIT_PRIVATE: the kernel's wake for that word is a shared one (kernel/fork.c,
 * mm_release: futex_wake(..., FLAGS_SHARED, ...)), so a private waiter is never woken.
 */
#include "thread_impl.h"
#include <sysgate/errno.h>

int pthread_join(pthread_t thread, void **result) {
  struct sg_thread *t = (struct sg_thread *)thread;
  if (t == sg_self())
    return EDEADLK;
  if (__atomic_load_n(&t->state, __ATOMIC_ACQUIRE) == SG_THREAD_DETACHED)
    return EINVAL;
  int tid;
  while ((tid = __atomic_load_n(&t->tid, __ATOMIC_ACQUIRE)) != 0)
    sys_futex((uint32_t *)&t->tid, FUTEX_WAIT, (uint32_t)tid, NULL, NULL, 0);
  if (result)
    *result = t->result;
  sysgate_stack_release(t);
  return 0;
}

int pthread_detach(pthread_t thread) {
  struct sg_thread *t = (struct sg_thread *)thread;
  int old = SG_THREAD_JOINABLE;
  if (__atomic_compare_exchange_n(&t->state, &old, SG_THREAD_DETACHED, 0, __ATOMIC_ACQ_REL,
                                  __ATOMIC_ACQUIRE))
    return 0;
  if (old == SG_THREAD_DETACHED)
    return EINVAL;
  sysgate_stack_release(t); /* it already exited joinable: release it as a join would */
  return 0;
}
