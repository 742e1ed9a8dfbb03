/* pthread_mutexattr_init(3p), destroy, settype/gettype (pthread_mutexattr_settype(3p))
 * and setpshared/getpshared.
 *
 * Not obvious: the attribute is one int that pthread_mutex_init copies as it is into
 * the mutex's kind word, so a type and the process-shared bit never need translating.
 */
#include <sysgate/errno.h>
#include <sysgate/pthread.h>

int pthread_mutexattr_init(pthread_mutexattr_t *attr) {
  attr->sysgate_align = PTHREAD_MUTEX_DEFAULT;
  return 0;
}

int pthread_mutexattr_destroy(pthread_mutexattr_t *attr) {
  (void)attr;
  return 0;
}

int pthread_mutexattr_settype(pthread_mutexattr_t *attr, int type) {
  if (type < PTHREAD_MUTEX_NORMAL || type > PTHREAD_MUTEX_ADAPTIVE_NP)
    return EINVAL;
  attr->sysgate_align = (attr->sysgate_align & SYSGATE_PTHREAD_PSHARED_BIT) | type;
  return 0;
}

int pthread_mutexattr_gettype(const pthread_mutexattr_t *restrict attr, int *restrict type) {
  *type = attr->sysgate_align & ~SYSGATE_PTHREAD_PSHARED_BIT;
  return 0;
}

int pthread_mutexattr_setpshared(pthread_mutexattr_t *attr, int pshared) {
  if (pshared != PTHREAD_PROCESS_PRIVATE && pshared != PTHREAD_PROCESS_SHARED)
    return EINVAL;
  attr->sysgate_align = (attr->sysgate_align & ~SYSGATE_PTHREAD_PSHARED_BIT) |
                        (pshared ? SYSGATE_PTHREAD_PSHARED_BIT : 0);
  return 0;
}

int pthread_mutexattr_getpshared(const pthread_mutexattr_t *restrict attr, int *restrict pshared) {
  *pshared = (attr->sysgate_align & SYSGATE_PTHREAD_PSHARED_BIT) ? PTHREAD_PROCESS_SHARED
                                                                 : PTHREAD_PROCESS_PRIVATE;
  return 0;
}
