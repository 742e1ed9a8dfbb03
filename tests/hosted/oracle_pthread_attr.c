/* glibc's side of test_pthread.c (oracle_pthread_attr.h). This file includes glibc's headers and
 * never sysgate's.
 *
 * Not obvious: glibc's PTHREAD_STACK_MIN may be a sysconf call under _GNU_SOURCE (2.34+).
 */
#define _GNU_SOURCE
#include "oracle_pthread_attr.h"

#include <limits.h>
#include <pthread.h>

void oracle_pthread_consts(struct oracle_pthread_consts *c) {
  c->attr_size = sizeof(pthread_attr_t);
  c->attr_align = _Alignof(pthread_attr_t);
  c->thread_size = sizeof(pthread_t);
  c->key_size = sizeof(pthread_key_t);
  c->joinable = PTHREAD_CREATE_JOINABLE;
  c->detached = PTHREAD_CREATE_DETACHED;
  c->keys_max = PTHREAD_KEYS_MAX;
  c->destructor_iterations = PTHREAD_DESTRUCTOR_ITERATIONS;
  c->stack_min = (long)PTHREAD_STACK_MIN;
}

void oracle_pthread_attr_defaults(size_t *stack, size_t *guard, int *detach) {
  pthread_attr_t a;
  pthread_attr_init(&a);
  pthread_attr_getstacksize(&a, stack);
  pthread_attr_getguardsize(&a, guard);
  pthread_attr_getdetachstate(&a, detach);
  pthread_attr_destroy(&a);
}

/* A fresh attribute, one setter on it, then its getter: the setter's result. */
#define ORACLE_SET_THEN_GET(name, type, set, get)                                                  \
  int oracle_pthread_attr_##name(type value, type *got) {                                          \
    pthread_attr_t a;                                                                              \
    pthread_attr_init(&a);                                                                         \
    int r = set(&a, value);                                                                        \
    get(&a, got);                                                                                  \
    return r;                                                                                      \
  }
ORACLE_SET_THEN_GET(setstacksize, size_t, pthread_attr_setstacksize, pthread_attr_getstacksize)
ORACLE_SET_THEN_GET(setdetachstate, int, pthread_attr_setdetachstate, pthread_attr_getdetachstate)
ORACLE_SET_THEN_GET(setguardsize, size_t, pthread_attr_setguardsize, pthread_attr_getguardsize)

int oracle_pthread_attr_setstack(void *addr, size_t size, void **got_addr, size_t *got_size) {
  pthread_attr_t a;
  pthread_attr_init(&a);
  int r = pthread_attr_setstack(&a, addr, size);
  pthread_attr_getstack(&a, got_addr, got_size);
  return r;
}
