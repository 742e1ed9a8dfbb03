/* fork(2) in the threaded build: the child's thread block learns the child's tid.
 *
 * Not obvious: the child is a copy of one thread, whose block still holds the parent's tid
 * and whose clear-tid address the kernel did not carry over (kernel/fork.c, copy_process);
 * set_tid_address(2) sets the address again and answers the new tid in one call.
 */
#include "thread_impl.h"
#include <sysgate/process.h>

void sysgate_thread_forked(void) {
  struct sg_thread *self = sg_self();
  self->tid = (int)sys_set_tid_address(&self->tid);
  sysgate_thread_count = 1; /* the other threads were not copied */
}
