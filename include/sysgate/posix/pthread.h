/* <pthread.h>: POSIX threads (sysgate/pthread.h), with struct timespec and clockid_t.
 *
 * Not obvious: as glibc's <pthread.h>, it also gives the CLOCK_* names the timed calls take
 * (<time.h> in glibc; sysgate/time.h here). pthread_cancel is not there (no cancellation points).
 */
#ifndef SYSGATE_POSIX_PTHREAD_H
#define SYSGATE_POSIX_PTHREAD_H

#include <sysgate/pthread.h>
#include <sysgate/sched.h>
#include <sysgate/signal.h>
#include <sysgate/time.h>

#endif
