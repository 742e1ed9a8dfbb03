/* sysgate/pthread.h: POSIX threads (pthreads(7)). This part is the synchronisation
 * half (sysgate/pthread_sync.h); the thread calls themselves come with the threaded
 * build.
 *
 * Not obvious: the synchronisation calls need no thread library under them: they work
 * between threads made by any clone(2) caller and between processes (pshared), since
 * they are futex(2) words and a lock's owner is a kernel tid.
 */
#ifndef SYSGATE_PTHREAD_H
#define SYSGATE_PTHREAD_H

#include "pthread_sync.h"

#endif
