/* glibc's side of test_semaphore.c (oracle_sem.h). This file includes glibc's
 * headers and never sysgate's.
 *
 * Not obvious: on i386 this file is built without _TIME_BITS=64, so glibc's
 * struct timespec has a 32-bit tv_sec here; the tests' instants fit.
 */
#define _GNU_SOURCE
#include "oracle_sem.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <semaphore.h>
#include <stdalign.h>
#include <time.h>

_Static_assert(sizeof(sem_t) <= sizeof(oracle_sem_storage), "room for glibc's sem_t");

#define WITH_ERRNO(call)                                                                           \
  do {                                                                                             \
    errno = 0;                                                                                     \
    __typeof__(call) r_ = (call);                                                                  \
    *err = errno;                                                                                  \
    return r_;                                                                                     \
  } while (0)

unsigned long oracle_sem_size(void) {
  return sizeof(sem_t);
}
unsigned long oracle_sem_align(void) {
  return alignof(sem_t);
}
int oracle_sem_value_max(void) {
  return SEM_VALUE_MAX;
}

int oracle_sem_init(void *sem, int pshared, unsigned int value, int *err) {
  WITH_ERRNO(sem_init(sem, pshared, value));
}
int oracle_sem_post(void *sem, int *err) {
  WITH_ERRNO(sem_post(sem));
}
int oracle_sem_trywait(void *sem, int *err) {
  WITH_ERRNO(sem_trywait(sem));
}
int oracle_sem_getvalue(void *sem) {
  int v = -1;
  sem_getvalue(sem, &v);
  return v;
}
int oracle_sem_timedwait(void *sem, int clock, long long sec, long nsec, int *err) {
  struct timespec t = {.tv_sec = (time_t)sec, .tv_nsec = nsec};
  if (clock < 0)
    WITH_ERRNO(sem_timedwait(sem, &t));
  WITH_ERRNO(sem_clockwait(sem, clock, &t));
}

void *oracle_sem_open(const char *name, int oflag, unsigned int mode, unsigned int value,
                      int *err) {
  errno = 0;
  sem_t *s = sem_open(name, oflag, (mode_t)mode, value);
  *err = errno;
  return s == SEM_FAILED ? NULL : s;
}
int oracle_sem_close(void *sem, int *err) {
  WITH_ERRNO(sem_close(sem));
}
int oracle_sem_unlink(const char *name, int *err) {
  WITH_ERRNO(sem_unlink(name));
}
