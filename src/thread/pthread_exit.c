/* pthread_exit(3): key destructors, then the thread ends; the last thread ends the process.
 *
 * Not obvious: the last thread out calls exit(0), as glibc does, so atexit handlers run and
 * streams are flushed; any other thread ends with exit(2), which leaves the process alone
 * (kernel/exit.c), its mapping released for reuse once the kernel clears its tid.
 */
#include "../libc/getrandom_thread.h"
#include "thread_impl.h"
#include <sysgate/mman.h>
#include <sysgate/signal.h>
#include <sysgate/stdlib.h>

/* Weak: a program that never calls getrandom links none of its state pool. */
extern __typeof__(sg_getrandom_thread_exit) sg_getrandom_thread_exit __attribute__((weak));

_Noreturn void pthread_exit(void *result) {
  struct sg_thread *t = sg_self();
  t->result = result;
  if (t->keys)
    sysgate_key_run_destructors(t);
  if (__atomic_sub_fetch(&sysgate_thread_count, 1, __ATOMIC_ACQ_REL) == 0)
    exit(0);
  if (sg_getrandom_thread_exit) { /* signals blocked: a handler's getrandom takes no new state */
    sigset_t all;
    sigfillset(&all);
    sys_sigprocmask(SIG_BLOCK, &all, NULL);
    sg_getrandom_thread_exit();
  }
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
