/* pthread_rwlockattr_init(3p), destroy, setpshared/getpshared
 * (pthread_rwlockattr_setpshared(3p)) and glibc's setkind_np/getkind_np.
 *
 * Not obvious: glibc's PTHREAD_RWLOCK_PREFER_WRITER_NP behaves as the readers-first
 * kind (nptl/pthread_rwlock_common.c); only PTHREAD_RWLOCK_PREFER_WRITER_NONRECURSIVE_NP
 * makes readers wait behind a waiting writer. Byte 0 holds pshared, byte 1 the kind.
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

int pthread_rwlockattr_setkind_np(pthread_rwlockattr_t *attr, int kind) {
  if (kind < PTHREAD_RWLOCK_PREFER_READER_NP || kind > PTHREAD_RWLOCK_PREFER_WRITER_NONRECURSIVE_NP)
    return EINVAL;
  attr->sysgate_size[1] = (char)kind;
  return 0;
}

int pthread_rwlockattr_getkind_np(const pthread_rwlockattr_t *restrict attr, int *restrict kind) {
  *kind = attr->sysgate_size[1];
  return 0;
}
