/* <pthread.h>: POSIX threads (sysgate/pthread.h), for programs built with sysgate-cc -pthread.
 *
 * Not obvious: pthread_cancel is not there (sysgate has no cancellation points).
 */
#ifndef SYSGATE_POSIX_PTHREAD_H
#define SYSGATE_POSIX_PTHREAD_H

#include <sysgate/pthread.h>
#include <sysgate/sched.h>
#include <sysgate/signal.h>
#include <sysgate/time.h>

#endif
