/* <sys/msg.h>: msgget, msgsnd, msgrcv, msgctl, struct msqid_ds, MSG_* (sysgate/ipc.h).
 *
 * Not obvious: one sysgate header holds all of System V IPC, so this is
 * <sys/ipc.h> too, as glibc's <sys/msg.h> includes it.
 */
#ifndef SYSGATE_POSIX_SYS_MSG_H
#define SYSGATE_POSIX_SYS_MSG_H

#include <sysgate/ipc.h>

#endif
