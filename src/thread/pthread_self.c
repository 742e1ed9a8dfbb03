/* pthread_self(3), pthread_equal(3).
 *
 * Not obvious: a pthread_t is the thread block's address, read from the thread pointer's
 * first word (%fs:0 or %gs:0), so pthread_self makes no system call.
 */
#include "thread_impl.h"

pthread_t pthread_self(void) {
  return (pthread_t)sg_self();
}

int pthread_equal(pthread_t a, pthread_t b) {
  return a == b;
}
