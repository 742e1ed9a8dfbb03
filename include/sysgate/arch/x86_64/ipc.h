/* x86_64 parts of the System V IPC calls (sysgate/ipc.h): every call is its
 * own system call, with no ipc(2) fallback.
 *
 * Not obvious: x86_64's semid64_ds keeps an unused long after each of its two
 * times (arch/x86/include/uapi/asm/sembuf.h), which glibc's semid_ds keeps
 * too; msqid64_ds and shmid64_ds have none.
 */
#ifndef SYSGATE_ARCH_X86_64_IPC_H
#define SYSGATE_ARCH_X86_64_IPC_H

#define SYSGATE_IPC_TIME_PAD(name) unsigned long name;

/* Inline helpers of this arch that need an external definition: none. */
#define SYSGATE_ARCH_IPC_HELPERS(E)

#endif
