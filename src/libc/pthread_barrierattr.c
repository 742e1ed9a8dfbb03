/* pthread_barrierattr_init(3p), destroy and setpshared/getpshared
 * (pthread_barrierattr_setpshared(3p)).
 *
 * Not obvious: nothing but pshared is in it (POSIX defines no other barrier
 * attribute), so the int holds PTHREAD_PROCESS_PRIVATE or PTHREAD_PROCESS_SHARED itself.
 */
#include <sysgate/errno.h>
#include <sysgate/pthread.h>

int pthread_barrierattr_init(pthread_barrierattr_t *attr) {
  attr->sysgate_align = PTHREAD_PROCESS_PRIVATE;
  return 0;
}

int pthread_barrierattr_destroy(pthread_barrierattr_t *attr) {
  (void)attr;
  return 0;
}

int pthread_barrierattr_setpshared(pthread_barrierattr_t *attr, int pshared) {
  if (pshared != PTHREAD_PROCESS_PRIVATE && pshared != PTHREAD_PROCESS_SHARED)
    return EINVAL;
  attr->sysgate_align = pshared;
  return 0;
}

int pthread_barrierattr_getpshared(const pthread_barrierattr_t *restrict attr,
                                   int *restrict pshared) {
  *pshared = attr->sysgate_align;
  return 0;
}
