/* The calling thread's kernel id (gettid(2)): the owner word of sysgate's locks.
 *
 * Not obvious: the kernel's futex PI and robust-list code expects a lock's owner
 * word to hold a tid (kernel/futex/core.c), so every owner here is one, never a pointer.
 * The threaded build reads it from the thread block; elsewhere (hosted, no TCB) gettid.
 */
#ifndef SYSGATE_LIBC_THREAD_ID_H
#define SYSGATE_LIBC_THREAD_ID_H

#include <sysgate/process.h>

/* The hosted tests' threaded library runs on glibc's threads: no block (sysgate/base.h). */
#ifdef SYSGATE_THREAD_BLOCKS
#include "../thread/thread_impl.h"
static inline int sg_thread_tid(void) {
  return sg_self()->tid;
}
#else
static inline int sg_thread_tid(void) {
  return (int)sys_gettid();
}
#endif

#endif
