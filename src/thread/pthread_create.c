/* pthread_create(3): a thread block and stack (cached, or carved from the caller's stack),
 * then clone(2) with the thread flags glibc uses.
 *
 * Not obvious: CLONE_PARENT_SETTID stores the tid before the child can run, and
 * CLONE_CHILD_CLEARTID zeroes it and wakes a futex on it when the thread is gone: that
 * word is what join waits on and what the stack cache checks (kernel/fork.c).
 */
#include "attr_impl.h"
#include "thread_impl.h"
#include <sysgate/errno.h>
#include <sysgate/sched.h>

#define SG_PAGE 4096u
#define SG_THREAD_FLAGS                                                                            \
  (CLONE_VM | CLONE_FS | CLONE_FILES | CLONE_SIGHAND | CLONE_THREAD | CLONE_SYSVSEM |              \
   CLONE_SETTLS | CLONE_PARENT_SETTID | CLONE_CHILD_CLEARTID)

/* The new thread's first C function, on its own stack with its thread pointer set. */
static int thread_entry(void *arg) {
  struct sg_thread *t = arg;
  pthread_exit(t->start(t->arg));
}

/* A caller's stack (pthread_attr_setstack): the blocks at its top, as glibc places them. */
static struct sg_thread *on_caller_stack(const struct sg_attr *a) {
  size_t area = sysgate_thread_area_size();
  if (a->stack_size < area + PTHREAD_STACK_MIN / 2)
    return NULL;
  return sysgate_thread_place((char *)a->stack_addr + a->stack_size);
}

int pthread_create(pthread_t *thread, const pthread_attr_t *attr, void *(*start)(void *),
                   void *arg) {
  struct sg_attr defaults = {0, SG_PAGE, NULL, PTHREAD_CREATE_JOINABLE};
  const struct sg_attr *a = attr ? (const struct sg_attr *)attr : &defaults;
  struct sg_thread *t;
  if (a->stack_addr) {
    t = on_caller_stack(a);
    if (!t)
      return EINVAL;
  } else {
    size_t stack = a->stack_size ? a->stack_size : sysgate_thread_default_stack();
    size_t guard = (a->guard_size + SG_PAGE - 1) & ~(size_t)(SG_PAGE - 1);
    stack = (stack + SG_PAGE - 1) & ~(size_t)(SG_PAGE - 1);
    if (guard < a->guard_size || stack + guard < stack)
      return EINVAL;
    t = sysgate_stack_get(stack, guard);
    if (!t)
      return EAGAIN;
  }
  struct sg_thread *self = sg_self();
  t->head.sysinfo = self->head.sysinfo;
  t->head.stack_guard = self->head.stack_guard;
  t->head.pointer_guard = self->head.pointer_guard;
  t->start = start;
  t->arg = arg;
  t->state = a->detach_state == PTHREAD_CREATE_DETACHED ? SG_THREAD_DETACHED : SG_THREAD_JOINABLE;
  char *stack_top = (char *)t - sysgate_tls.offset;
  __atomic_fetch_add(&sysgate_thread_count, 1, __ATOMIC_RELAXED);
  long r = sysgate_clone_fn(thread_entry, stack_top, SG_THREAD_FLAGS, t, &t->tid,
                            sg_arch_clone_tls(t, &t->desc), &t->tid);
  if (r < 0) {
    __atomic_fetch_sub(&sysgate_thread_count, 1, __ATOMIC_RELAXED);
    t->tid = 0;
    sysgate_stack_release(t);
    return r == -ENOMEM ? EAGAIN : (int)-r;
  }
  *thread = (pthread_t)t;
  return 0;
}
