/* glibc's pthread attributes and constants for test_pthread.c, built in oracle_pthread_attr.c
 * with glibc's headers only.
 *
 * Not obvious: each setter returns glibc's error number (pthreads never set errno), and the
 * getters report what a fresh glibc attribute object holds.
 */
#ifndef SYSGATE_TEST_ORACLE_PTHREAD_ATTR_H
#define SYSGATE_TEST_ORACLE_PTHREAD_ATTR_H

#include <stddef.h>

struct oracle_pthread_consts {
  size_t attr_size, attr_align, thread_size, key_size;
  int joinable, detached, keys_max, destructor_iterations;
  long stack_min;
};
void oracle_pthread_consts(struct oracle_pthread_consts *c);

/* A fresh attribute object's stack size, guard size and detach state. */
void oracle_pthread_attr_defaults(size_t *stack, size_t *guard, int *detach);
int oracle_pthread_attr_setstacksize(size_t size, size_t *got);
int oracle_pthread_attr_setdetachstate(int state, int *got);
int oracle_pthread_attr_setguardsize(size_t size, size_t *got);
int oracle_pthread_attr_setstack(void *addr, size_t size, void **got_addr, size_t *got_size);

#endif
