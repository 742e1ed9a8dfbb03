/* pthread_rwlockattr_init(3p), destroy and setpshared/getpshared
 * (pthread_rwlockattr_setpshared(3p)).
 *
 * Not obvious: glibc's attribute is two ints, the kind (reader or writer preference,
 * pthread_rwlockattr_setkind_np) and pshared; only the readers-first kind is offered
 * here, so byte 0 holds pshared alone.
 */
#include <sysgate/errno.h>
#include <sysgate/pthread.h>

int pthread_rwlockattr_init(pthread_rwlockattr_t *attr) {
  attr->sysgate_align = 0;
  return 0;
}

int pthread_rwlockattr_destroy(pthread_rwlockattr_t *attr) {
  (void)attr;
  return 0;
}

int pthread_rwlockattr_setpshared(pthread_rwlockattr_t *attr, int pshared) {
  if (pshared != PTHREAD_PROCESS_PRIVATE && pshared != PTHREAD_PROCESS_SHARED)
    return EINVAL;
  attr->sysgate_size[0] = (char)pshared;
  return 0;
}

int pthread_rwlockattr_getpshared(const pthread_rwlockattr_t *restrict attr,
                                  int *restrict pshared) {
  *pshared = attr->sysgate_size[0];
  return 0;
}
