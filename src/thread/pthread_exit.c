/* pthread_exit(3): key destructors, then the thread ends; the last thread ends the process.
 *
 * Not obvious: the last thread out calls exit(0), as glibc does, so atexit handlers run and
 * streams are flushed; any other thread ends with exit(2), which leaves the process alone
 * (kernel/exit.c), its mapping released for reuse once the kernel clears its tid.
 */
#include "thread_impl.h"
#include <sysgate/mman.h>
#include <sysgate/stdlib.h>

_Noreturn void pthread_exit(void *result) {
  struct sg_thread *t = sg_self();
  t->result = result;
  if (t->keys)
    sysgate_key_run_destructors(t);
  if (__atomic_sub_fetch(&sysgate_thread_count, 1, __ATOMIC_ACQ_REL) == 0)
    exit(0);
  if (!t->map && t->keys) { /* on a caller's stack: nothing else of it is ours */
    sys_munmap(t->keys, PTHREAD_KEYS_MAX * sizeof *t->keys);
    t->keys = NULL;
  }
  int expected = SG_THREAD_JOINABLE;
  if (!__atomic_compare_exchange_n(&t->state, &expected, SG_THREAD_EXITING, 0, __ATOMIC_ACQ_REL,
                                   __ATOMIC_ACQUIRE))
    sysgate_stack_release(t); /* detached: nobody will join */
  for (;;)
    syscall1(SYS_exit, 0);
}
