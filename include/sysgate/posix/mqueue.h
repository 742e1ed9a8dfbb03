/* <mqueue.h>: mqd_t, struct mq_attr and the mq_* functions (sysgate/mqueue.h).
 *
 * Not obvious: mq_notify with SIGEV_THREAD fails with ENOSYS until sysgate
 * has threads; SIGEV_SIGNAL and SIGEV_NONE work as with glibc.
 */
#ifndef SYSGATE_POSIX_MQUEUE_H
#define SYSGATE_POSIX_MQUEUE_H

#include <sysgate/mqueue.h>

#endif
