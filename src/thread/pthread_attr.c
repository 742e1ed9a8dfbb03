/* pthread_attr_init(3) and its getters and setters: stack size, detach state, guard size,
 * caller's stack.
 *
 * Not obvious: glibc's default stack is RLIMIT_STACK's soft limit rounded up to a page, or
 * a fixed size when unlimited (8 MiB here; nptl/nptl-init.c, __pthread_initialize_minimal); the
 * guard defaults to one page and any size is accepted (rounded up to pages when used).
 */
#include "attr_impl.h"
#include <sysgate/errno.h>
#include <sysgate/resource.h>
#include <sysgate/string.h>

#define SG_PAGE 4096u
#define SG_STACK_UNLIMITED_DEFAULT (8u << 20)

size_t sysgate_thread_default_stack(void) {
  static size_t cached;
  size_t size = __atomic_load_n(&cached, __ATOMIC_RELAXED);
  if (size)
    return size;
  struct rlimit rl;
  size = SG_STACK_UNLIMITED_DEFAULT;
  if (sys_getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY)
    size = (size_t)rl.rlim_cur;
  size = (size + SG_PAGE - 1) & ~(size_t)(SG_PAGE - 1);
  if (size < PTHREAD_STACK_MIN)
    size = PTHREAD_STACK_MIN;
  __atomic_store_n(&cached, size, __ATOMIC_RELAXED);
  return size;
}

int pthread_attr_init(pthread_attr_t *attr) {
  memset(attr, 0, sizeof *attr);
  ((struct sg_attr *)attr)->guard_size = SG_PAGE;
  return 0;
}

int pthread_attr_destroy(pthread_attr_t *attr) {
  (void)attr;
  return 0;
}

int pthread_attr_getstacksize(const pthread_attr_t *attr, size_t *size) {
  size_t s = ((const struct sg_attr *)attr)->stack_size;
  *size = s ? s : sysgate_thread_default_stack();
  return 0;
}

int pthread_attr_setstacksize(pthread_attr_t *attr, size_t size) {
  if (size < PTHREAD_STACK_MIN)
    return EINVAL;
  ((struct sg_attr *)attr)->stack_size = size;
  return 0;
}

int pthread_attr_getdetachstate(const pthread_attr_t *attr, int *state) {
  *state = ((const struct sg_attr *)attr)->detach_state;
  return 0;
}

int pthread_attr_setdetachstate(pthread_attr_t *attr, int state) {
  if (state != PTHREAD_CREATE_JOINABLE && state != PTHREAD_CREATE_DETACHED)
    return EINVAL;
  ((struct sg_attr *)attr)->detach_state = state;
  return 0;
}

int pthread_attr_getguardsize(const pthread_attr_t *attr, size_t *size) {
  *size = ((const struct sg_attr *)attr)->guard_size;
  return 0;
}

int pthread_attr_setguardsize(pthread_attr_t *attr, size_t size) {
  ((struct sg_attr *)attr)->guard_size = size;
  return 0;
}

int pthread_attr_getstack(const pthread_attr_t *attr, void **addr, size_t *size) {
  const struct sg_attr *a = (const struct sg_attr *)attr;
  *addr = a->stack_addr;
  *size = a->stack_size;
  return 0;
}

int pthread_attr_setstack(pthread_attr_t *attr, void *addr, size_t size) {
  if (size < PTHREAD_STACK_MIN)
    return EINVAL;
  struct sg_attr *a = (struct sg_attr *)attr;
  a->stack_addr = addr;
  a->stack_size = size;
  return 0;
}
