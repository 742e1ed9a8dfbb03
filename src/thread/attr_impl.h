/* What a pthread_attr_t holds (pthread_attr_init(3)), inside glibc's opaque size.
 *
 * Not obvious: a stack size of 0 means "the default", as in glibc, where the default is read
 * when asked for: RLIMIT_STACK's soft limit, or 8 MiB when it is unlimited (docs/threads.md).
 */
#ifndef SYSGATE_THREAD_ATTR_IMPL_H
#define SYSGATE_THREAD_ATTR_IMPL_H

#include <stddef.h>
#include <sysgate/pthread.h>

struct sg_attr {
  size_t stack_size; /* 0: the default */
  size_t guard_size;
  void *stack_addr; /* lowest address of a caller's stack, or NULL */
  int detach_state;
};
_Static_assert(sizeof(struct sg_attr) <= sizeof(pthread_attr_t), "fits glibc's size");

/* The default stack size, computed once (src/thread/pthread_attr.c). */
size_t sysgate_thread_default_stack(void);

#endif
