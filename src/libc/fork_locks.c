/* The C library's side of fork(2) in the threaded build: sysgate_libc_fork (lock.h) takes the
 * stream list's lock and the heap's before the fork and frees them after it, in both processes.
 *
 * Not obvious: each part is reached through a weak reference, so a program that forks links
 * neither malloc nor stdio for it; the order is glibc's (posix/fork.c): streams, then heap.
 */
#ifdef SYSGATE_THREADS
#include "lock.h"

#pragma weak sysgate_malloc_fork
#pragma weak sysgate_stdio_fork

void sysgate_libc_fork(int phase) {
  if (phase == SG_FORK_PREPARE) {
    if (sysgate_stdio_fork)
      sysgate_stdio_fork(phase);
    if (sysgate_malloc_fork)
      sysgate_malloc_fork(phase);
    return;
  }
  if (sysgate_malloc_fork)
    sysgate_malloc_fork(phase);
  if (sysgate_stdio_fork)
    sysgate_stdio_fork(phase);
}
#endif
