/* <semaphore.h>: sem_init, sem_wait, sem_post ... and the named sem_open,
 * sem_close, sem_unlink (sysgate/semaphore.h), with struct timespec.
 *
 * Not obvious: as with glibc's, the O_CREAT and O_EXCL that sem_open takes come
 * from <fcntl.h>, and the mode bits from <sys/stat.h>; this header does not bring
 * them in.
 */
#ifndef SYSGATE_POSIX_SEMAPHORE_H
#define SYSGATE_POSIX_SEMAPHORE_H

#include <sysgate/semaphore.h>

#endif
