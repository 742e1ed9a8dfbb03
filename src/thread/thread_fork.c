/* fork(2) in the threaded build: the C library's locks around it (src/libc/fork_locks.c), and
 * the child's thread block learns the child's tid.
 *
 * Not obvious: the child is a copy of one thread, whose block still holds the parent's tid
 * and whose clear-tid address the kernel did not carry over (kernel/fork.c, copy_process);
 * set_tid_address(2) sets the address again and answers the new tid in one call.
 */
#include "../libc/lock.h"
#include "thread_impl.h"
#include <sysgate/process.h>

void sysgate_fork_prepare(void) {
  sysgate_libc_fork(SG_FORK_PREPARE);
}

void sysgate_fork_done(long ret) {
  if (ret == 0) {
    struct sg_thread *self = sg_self();
    self->tid = (int)sys_set_tid_address(&self->tid);
    sysgate_thread_count = 1; /* the other threads were not copied */
  }
  sysgate_libc_fork(ret == 0 ? SG_FORK_CHILD : SG_FORK_PARENT);
}
