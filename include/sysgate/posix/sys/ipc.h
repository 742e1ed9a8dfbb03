/* <sys/ipc.h>: key_t, struct ipc_perm, IPC_* and ftok (sysgate/ipc.h).
 *
 * Not obvious: glibc's <sys/ipc.h> declares only these; sysgate's one header
 * also brings the msg, sem and shm names, which glibc spreads over
 * <sys/msg.h>, <sys/sem.h> and <sys/shm.h> (all four include it).
 */
#ifndef SYSGATE_POSIX_SYS_IPC_H
#define SYSGATE_POSIX_SYS_IPC_H

#include <sysgate/ipc.h>

#endif
