/* <sys/sem.h>: semget, semop, semtimedop, semctl, struct semid_ds, struct sembuf, SEM_UNDO,
 * GETVAL... (sysgate/ipc.h).
 *
 * Not obvious: one sysgate header holds all of System V IPC, so this is
 * <sys/ipc.h> too, as glibc's <sys/sem.h> includes it. union semun is the
 * caller's to define, as with glibc (_SEM_SEMUN_UNDEFINED says so).
 */
#ifndef SYSGATE_POSIX_SYS_SEM_H
#define SYSGATE_POSIX_SYS_SEM_H

#include <sysgate/ipc.h>

#endif
