/* glibc's side of test_ipc.c (oracle_ipc.h). glibc's headers only.
 *
 * Not obvious: _TIME_BITS=64 makes glibc's i386 *_ds structs, semtimedop and
 * mq_timedreceive the 64-bit-time ones, which are sysgate's only ones.
 */
#define _GNU_SOURCE
#define _FILE_OFFSET_BITS 64
#define _TIME_BITS 64
#include "oracle_ipc.h"
#include "oracle_call.h"

#include <errno.h>
#include <fcntl.h>
#include <mqueue.h>
#include <signal.h>
#include <sys/ipc.h>
#include <sys/mman.h>
#include <sys/msg.h>
#include <sys/sem.h>
#include <sys/shm.h>

const struct abi_row oracle_ipc_abi[] = ABI_TABLE(IPC_ABI);
const unsigned oracle_ipc_abi_len = sizeof oracle_ipc_abi / sizeof oracle_ipc_abi[0];

int oracle_msgget(int key, int flags, int *err) {
  ORACLE_RETURN(int, err, msgget(key, flags));
}
int oracle_msgsnd(int id, const void *msg, unsigned long size, int flags, int *err) {
  ORACLE_RETURN(int, err, msgsnd(id, msg, size, flags));
}
long oracle_msgrcv(int id, void *msg, unsigned long size, long type, int flags, int *err) {
  ORACLE_RETURN(long, err, msgrcv(id, msg, size, type, flags));
}
int oracle_msgctl(int id, int cmd, void *buf, int *err) {
  ORACLE_RETURN(int, err, msgctl(id, cmd, buf));
}
int oracle_semget(int key, int nsems, int flags, int *err) {
  ORACLE_RETURN(int, err, semget(key, nsems, flags));
}
int oracle_semop(int id, void *sops, unsigned long nsops, int *err) {
  ORACLE_RETURN(int, err, semop(id, sops, nsops));
}
int oracle_semtimedop(int id, void *sops, unsigned long nsops, const void *timeout, int *err) {
  ORACLE_RETURN(int, err, semtimedop(id, sops, nsops, timeout));
}
int oracle_semctl(int id, int num, int cmd, unsigned long arg, int *err) {
  ORACLE_RETURN(int, err, semctl(id, num, cmd, arg));
}
int oracle_shmget(int key, unsigned long size, int flags, int *err) {
  ORACLE_RETURN(int, err, shmget(key, size, flags));
}
void *oracle_shmat(int id, const void *addr, int flags, int *err) {
  ORACLE_RETURN(void *, err, shmat(id, addr, flags));
}
int oracle_shmdt(const void *addr, int *err) {
  ORACLE_RETURN(int, err, shmdt(addr));
}
int oracle_shmctl(int id, int cmd, void *buf, int *err) {
  ORACLE_RETURN(int, err, shmctl(id, cmd, buf));
}
int oracle_ftok(const char *path, int proj_id, int *err) {
  ORACLE_RETURN(int, err, ftok(path, proj_id));
}
int oracle_mq_open(const char *name, int flags, unsigned mode, void *attr, int *err) {
  ORACLE_RETURN(int, err, mq_open(name, flags, (mode_t)mode, attr));
}
int oracle_mq_unlink(const char *name, int *err) {
  ORACLE_RETURN(int, err, mq_unlink(name));
}
int oracle_mq_send(int mqd, const char *msg, unsigned long len, unsigned prio, int *err) {
  ORACLE_RETURN(int, err, mq_send(mqd, msg, len, prio));
}
long oracle_mq_receive(int mqd, char *msg, unsigned long len, unsigned *prio, int *err) {
  ORACLE_RETURN(long, err, mq_receive(mqd, msg, len, prio));
}
long oracle_mq_timedreceive(int mqd, char *msg, unsigned long len, unsigned *prio,
                            const void *timeout, int *err) {
  ORACLE_RETURN(long, err, mq_timedreceive(mqd, msg, len, prio, timeout));
}
int oracle_mq_getattr(int mqd, void *attr, int *err) {
  ORACLE_RETURN(int, err, mq_getattr(mqd, attr));
}
int oracle_mq_setattr(int mqd, const void *attr, void *old, int *err) {
  ORACLE_RETURN(int, err, mq_setattr(mqd, attr, old));
}
int oracle_mq_notify(int mqd, const void *sev, int *err) {
  ORACLE_RETURN(int, err, mq_notify(mqd, sev));
}
int oracle_mq_close(int mqd, int *err) {
  ORACLE_RETURN(int, err, mq_close(mqd));
}
int oracle_shm_open(const char *name, int flags, unsigned mode, int *err) {
  ORACLE_RETURN(int, err, shm_open(name, flags, (mode_t)mode));
}
int oracle_shm_unlink(const char *name, int *err) {
  ORACLE_RETURN(int, err, shm_unlink(name));
}
int oracle_ipc_fd_flags(int fd, int *fd_flags) {
  *fd_flags = fcntl(fd, F_GETFD);
  return fcntl(fd, F_GETFL);
}
