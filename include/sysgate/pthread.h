/* sysgate/pthread.h: the thread core of <pthread.h> (pthreads(7); threaded build only,
 * sysgate-cc -pthread): create, join, detach, exit, self, equal, keys, sigmask, kill, attr.
 *
 * Not obvious: names, types, sizes and error numbers are glibc's; pthread_cancel and the
 * cancellation calls are not provided (no cancellation points). The synchronisation half
 * (mutex, cond, rwlock, barrier, spin, once) is in pthread_sync.h. (docs/threads.md)
 */
#ifndef SYSGATE_PTHREAD_H
#define SYSGATE_PTHREAD_H

#include "base.h"
#include "types.h"
#include <stddef.h>

/* A thread is the address of its thread block, as glibc's pthread_t. */
typedef unsigned long pthread_t;
typedef unsigned int pthread_key_t;
/* glibc's size: 56 bytes on x86_64, 36 on i386 (__SIZEOF_PTHREAD_ATTR_T). */
typedef union {
  char sysgate_size[5 * sizeof(long) + 16];
  long sysgate_align;
} pthread_attr_t;

#define PTHREAD_CREATE_JOINABLE 0
#define PTHREAD_CREATE_DETACHED 1
#ifndef PTHREAD_KEYS_MAX /* also in glibc's <limits.h> */
#define PTHREAD_KEYS_MAX 1024
#endif
#ifndef PTHREAD_DESTRUCTOR_ITERATIONS /* also in glibc's <limits.h> */
#define PTHREAD_DESTRUCTOR_ITERATIONS 4
#endif
#ifndef PTHREAD_STACK_MIN
#define PTHREAD_STACK_MIN 16384 /* glibc's <limits.h> */
#endif

int pthread_create(pthread_t *thread, const pthread_attr_t *attr, void *(*start)(void *), void *arg)
    SG_SYMBOL(pthread_create);
int pthread_join(pthread_t thread, void **result) SG_SYMBOL(pthread_join);
int pthread_detach(pthread_t thread) SG_SYMBOL(pthread_detach);
_Noreturn void pthread_exit(void *result) SG_SYMBOL(pthread_exit);
pthread_t pthread_self(void) SG_SYMBOL(pthread_self);
int pthread_equal(pthread_t a, pthread_t b) SG_SYMBOL(pthread_equal);

int pthread_key_create(pthread_key_t *key, void (*destructor)(void *))
    SG_SYMBOL(pthread_key_create);
int pthread_key_delete(pthread_key_t key) SG_SYMBOL(pthread_key_delete);
void *pthread_getspecific(pthread_key_t key) SG_SYMBOL(pthread_getspecific);
int pthread_setspecific(pthread_key_t key, const void *value) SG_SYMBOL(pthread_setspecific);

int pthread_sigmask(int how, const sigset_t *set, sigset_t *old) SG_SYMBOL(pthread_sigmask);
int pthread_kill(pthread_t thread, int sig) SG_SYMBOL(pthread_kill);

int pthread_attr_init(pthread_attr_t *attr) SG_SYMBOL(pthread_attr_init);
int pthread_attr_destroy(pthread_attr_t *attr) SG_SYMBOL(pthread_attr_destroy);
int pthread_attr_getstacksize(const pthread_attr_t *attr, size_t *size)
    SG_SYMBOL(pthread_attr_getstacksize);
int pthread_attr_setstacksize(pthread_attr_t *attr, size_t size)
    SG_SYMBOL(pthread_attr_setstacksize);
int pthread_attr_getdetachstate(const pthread_attr_t *attr, int *state)
    SG_SYMBOL(pthread_attr_getdetachstate);
int pthread_attr_setdetachstate(pthread_attr_t *attr, int state)
    SG_SYMBOL(pthread_attr_setdetachstate);
int pthread_attr_getguardsize(const pthread_attr_t *attr, size_t *size)
    SG_SYMBOL(pthread_attr_getguardsize);
int pthread_attr_setguardsize(pthread_attr_t *attr, size_t size)
    SG_SYMBOL(pthread_attr_setguardsize);
int pthread_attr_getstack(const pthread_attr_t *attr, void **addr, size_t *size)
    SG_SYMBOL(pthread_attr_getstack);
int pthread_attr_setstack(pthread_attr_t *attr, void *addr, size_t size)
    SG_SYMBOL(pthread_attr_setstack);

#include "pthread_sync.h" /* mutex, cond, rwlock, barrier, spin, once */

#endif
