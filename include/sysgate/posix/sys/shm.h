/* <sys/shm.h>: shmget, shmat, shmdt, shmctl, struct shmid_ds, SHM_* (sysgate/ipc.h).
 *
 * Not obvious: one sysgate header holds all of System V IPC, so this is
 * <sys/ipc.h> too, as glibc's <sys/shm.h> includes it.
 */
#ifndef SYSGATE_POSIX_SYS_SHM_H
#define SYSGATE_POSIX_SYS_SHM_H

#include <sysgate/ipc.h>

#endif
