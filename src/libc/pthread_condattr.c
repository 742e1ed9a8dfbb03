/* pthread_condattr_init(3p), destroy, setclock/getclock
 * (pthread_condattr_setclock(3p)) and setpshared/getpshared.
 *
 * Not obvious: the attribute is one int, pshared in bit 0 and the clock above it, that
 * pthread_cond_init copies into the condition variable; zero, the static
 * initializer's, means CLOCK_REALTIME and private.
 */
#include <sysgate/errno.h>
#include <sysgate/pthread.h>
#include <sysgate/time.h>

int pthread_condattr_init(pthread_condattr_t *attr) {
  attr->sysgate_align = 0;
  return 0;
}

int pthread_condattr_destroy(pthread_condattr_t *attr) {
  (void)attr;
  return 0;
}

int pthread_condattr_setclock(pthread_condattr_t *attr, clockid_t clock) {
  if (clock != CLOCK_REALTIME && clock != CLOCK_MONOTONIC)
    return EINVAL;
  attr->sysgate_align = (attr->sysgate_align & 1) | clock << 1;
  return 0;
}

int pthread_condattr_getclock(const pthread_condattr_t *restrict attr, clockid_t *restrict clock) {
  *clock = attr->sysgate_align >> 1;
  return 0;
}

int pthread_condattr_setpshared(pthread_condattr_t *attr, int pshared) {
  if (pshared != PTHREAD_PROCESS_PRIVATE && pshared != PTHREAD_PROCESS_SHARED)
    return EINVAL;
  attr->sysgate_align = (attr->sysgate_align & ~1) | pshared;
  return 0;
}

int pthread_condattr_getpshared(const pthread_condattr_t *restrict attr, int *restrict pshared) {
  *pshared = attr->sysgate_align & 1;
  return 0;
}
