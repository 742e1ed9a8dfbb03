/* i386 parts of the System V IPC calls (sysgate/ipc.h): direct system calls
 * (Linux 5.1 gave each its own number, 393-402 in syscall_32.tbl, and
 * semtimedop_time64 420), with the ipc(2) multiplexer as the fallback when the
 * kernel answers ENOSYS, as the socket calls fall back to socketcall(2).
 *
 * ipc(call, first, second, third, ptr, fifth) shuffles the arguments per call
 * (ipc/syscall.c): msgrcv passes its buffer and type through a two-long
 * "kludge" that ptr points to, shmat returns the address through third,
 * semctl passes a pointer to its union semun. Each call's fallback is written
 * out below, keyed by the row's name: sysgate_ipc_<name>.
 *
 * Not obvious: IPC_64 (0x100) is set in the ctl command for ipc(2) only, as glibc and musl do:
 * without it ipc(2) uses the old 16-bit-id layouts. The direct ctl calls always use the 64 layout
 * and must not get the bit: on Linux 6.18, msgctl(id, IPC_STAT | IPC_64) returns the id instead of
 * 0 and shmctl(id, IPC_STAT | IPC_64) fails with EINVAL (measured, tests/hosted/test_ipc.c). i386
 * has no direct semop: sys_semop is semtimedop_time64 with no timeout. (the rest: docs/arch.md)
 */
#ifndef SYSGATE_ARCH_I386_IPC_H
#define SYSGATE_ARCH_I386_IPC_H

#include "../../usercopy.h"

#define SYSGATE_IPC_TIME_PAD(name)
#define SYSGATE_IPC_64 0x100

/* ipc(2)'s call numbers (include/linux/ipc.h: SEMOP ...). */
#define SYSGATE_IPCCALL_SEMOP 1
#define SYSGATE_IPCCALL_SEMGET 2
#define SYSGATE_IPCCALL_SEMCTL 3
#define SYSGATE_IPCCALL_SEMTIMEDOP 4
#define SYSGATE_IPCCALL_MSGSND 11
#define SYSGATE_IPCCALL_MSGRCV 12
#define SYSGATE_IPCCALL_MSGGET 13
#define SYSGATE_IPCCALL_MSGCTL 14
#define SYSGATE_IPCCALL_SHMAT 21
#define SYSGATE_IPCCALL_SHMDT 22
#define SYSGATE_IPCCALL_SHMGET 23
#define SYSGATE_IPCCALL_SHMCTL 24

struct msqid_ds;
struct shmid_ds;
struct sembuf;

/* The bare multiplexer, for tests and for anyone who wants it. */
SG_INLINE long sysgate_ipc(unsigned call, long first, long second, long third, const void *ptr,
                           long fifth) {
  return syscall6(SYS_ipc, (long)call, first, second, third, (long)ptr, fifth);
}

/* --- each row's call through ipc(2) ------------------------------------------ */
SG_INLINE long sysgate_ipc_msgget(key_t key, int flags) {
  return sysgate_ipc(SYSGATE_IPCCALL_MSGGET, key, flags, 0, 0, 0);
}
SG_INLINE long sysgate_ipc_msgsnd(int id, const void *msg, size_t size, int flags) {
  return sysgate_ipc(SYSGATE_IPCCALL_MSGSND, id, (long)size, flags, msg, 0);
}
SG_INLINE long sysgate_ipc_msgrcv(int id, void *msg, size_t size, long type, int flags) {
  long kludge[2] = {(long)msg, type}; /* struct ipc_kludge */
  return sysgate_ipc(SYSGATE_IPCCALL_MSGRCV, id, (long)size, flags, kludge, 0);
}
SG_INLINE long sysgate_ipc_msgctl(int id, int cmd, struct msqid_ds *buf) {
  return sysgate_ipc(SYSGATE_IPCCALL_MSGCTL, id, cmd | SYSGATE_IPC_64, 0, buf, 0);
}
SG_INLINE long sysgate_ipc_semget(key_t key, int nsems, int flags) {
  return sysgate_ipc(SYSGATE_IPCCALL_SEMGET, key, nsems, flags, 0, 0);
}
SG_INLINE long sysgate_ipc_semtimedop(int id, struct sembuf *sops, size_t nsops,
                                      const struct timespec *timeout) {
  if (!timeout)
    return sysgate_ipc(SYSGATE_IPCCALL_SEMOP, id, (long)nsops, 0, sops, 0);
  struct timespec t;
  long err = sysgate_copy_in(&t, timeout, sizeof t);
  if (err)
    return err;
  if (t.tv_sec < INT32_MIN || t.tv_sec > INT32_MAX)
    return -EOVERFLOW;
  int32_t old[2] = {(int32_t)t.tv_sec, (int32_t)t.tv_nsec}; /* struct old_timespec32 */
  return sysgate_ipc(SYSGATE_IPCCALL_SEMTIMEDOP, id, (long)nsops, 0, sops, (long)old);
}
SG_INLINE long sysgate_ipc_shmget(key_t key, size_t size, int flags) {
  return sysgate_ipc(SYSGATE_IPCCALL_SHMGET, key, (long)size, flags, 0, 0);
}
SG_INLINE long sysgate_ipc_shmat(int id, const void *addr, int flags) {
  unsigned long at = 0;
  long ret = sysgate_ipc(SYSGATE_IPCCALL_SHMAT, id, flags, (long)&at, addr, 0);
  return ret ? ret : (long)at;
}
SG_INLINE long sysgate_ipc_shmdt(const void *addr) {
  return sysgate_ipc(SYSGATE_IPCCALL_SHMDT, 0, 0, 0, addr, 0);
}
SG_INLINE long sysgate_ipc_shmctl(int id, int cmd, struct shmid_ds *buf) {
  return sysgate_ipc(SYSGATE_IPCCALL_SHMCTL, id, cmd | SYSGATE_IPC_64, 0, buf, 0);
}
SG_INLINE long sysgate_ipc_semctl(int id, int num, int cmd, unsigned long arg) {
  return sysgate_ipc(SYSGATE_IPCCALL_SEMCTL, id, num, cmd | SYSGATE_IPC_64, &arg, 0);
}

/* Defined by the semtimedop row of sysgate/ipc.h, after this file. */
SG_INLINE long sys_semtimedop(int id, struct sembuf *sops, size_t nsops,
                              const struct timespec *timeout);

SG_INLINE long sys_semop(int id, struct sembuf *sops, size_t nsops) {
  return sys_semtimedop(id, sops, nsops, 0);
}

/* Inline helpers of this arch that need an external definition. */
#define SYSGATE_ARCH_IPC_HELPERS(E)                                                                \
  E(sysgate_ipc)                                                                                   \
  E(sysgate_ipc_msgget)                                                                            \
  E(sysgate_ipc_msgsnd)                                                                            \
  E(sysgate_ipc_msgrcv)                                                                            \
  E(sysgate_ipc_msgctl)                                                                            \
  E(sysgate_ipc_semget)                                                                            \
  E(sysgate_ipc_semtimedop)                                                                        \
  E(sysgate_ipc_shmget)                                                                            \
  E(sysgate_ipc_shmat)                                                                             \
  E(sysgate_ipc_shmdt)                                                                             \
  E(sysgate_ipc_shmctl)                                                                            \
  E(sysgate_ipc_semctl)

#endif
