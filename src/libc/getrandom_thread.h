/* The thread core's hook into getrandom's vDSO states (src/wrappers/vdso_getrandom.c).
 *
 * Not obvious: the hook is meant to be reached through a weak reference, so that a threaded
 * program that never calls getrandom links none of it; call it with signals blocked, or a
 * handler's getrandom may take a fresh state for the exiting thread, which then leaks.
 */
#ifndef SYSGATE_LIBC_GETRANDOM_THREAD_H
#define SYSGATE_LIBC_GETRANDOM_THREAD_H

/* Returns the calling thread's vDSO getrandom state, if it has one, to the shared pool. */
__attribute__((visibility("hidden"))) void sg_getrandom_thread_exit(void);

#endif
