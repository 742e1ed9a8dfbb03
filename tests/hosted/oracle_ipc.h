/* The glibc side of test_ipc.c, test_mqueue.c and test_mman_shm.c (oracle_ipc.c): glibc's System V
 * IPC, POSIX message queue and shm_open calls, and the ABI list of their headers.
 *
 * Not obvious: structs travel as pointers to sysgate's; glibc reads them as its
 * own, which the ABI test proves safe (same sizes, same offsets).
 */
#ifndef SYSGATE_TEST_ORACLE_IPC_H
#define SYSGATE_TEST_ORACLE_IPC_H

#include "abi.h"

#define IPC_ABI(C, T, M)                                                                           \
  C(IPC_PRIVATE), C(IPC_CREAT), C(IPC_EXCL), C(IPC_NOWAIT), C(IPC_RMID), C(IPC_SET), C(IPC_STAT),  \
      C(IPC_INFO), C(MSG_NOERROR), C(MSG_EXCEPT), C(MSG_COPY), C(MSG_STAT), C(MSG_INFO),           \
      C(MSG_STAT_ANY), C(SEM_UNDO), C(GETPID), C(GETVAL), C(GETALL), C(GETNCNT), C(GETZCNT),       \
      C(SETVAL), C(SETALL), C(SEM_STAT), C(SEM_INFO), C(SEM_STAT_ANY), C(_SEM_SEMUN_UNDEFINED),    \
      C(SHM_R), C(SHM_W), C(SHM_RDONLY), C(SHM_RND), C(SHM_REMAP), C(SHM_EXEC), C(SHM_LOCK),       \
      C(SHM_UNLOCK), C(SHM_STAT), C(SHM_INFO), C(SHM_STAT_ANY), C(SHM_DEST), C(SHM_LOCKED),        \
      C(SHM_HUGETLB), C(SHM_NORESERVE), C(sizeof(key_t)), C(sizeof(msgqnum_t)),                    \
      C(sizeof(msglen_t)), C(sizeof(shmatt_t)), C(sizeof(mqd_t)), C(SIGEV_SIGNAL), C(SIGEV_NONE),  \
      C(SIGEV_THREAD), C(SIGEV_THREAD_ID), T(struct ipc_perm), M(struct ipc_perm, __key),          \
      M(struct ipc_perm, uid), M(struct ipc_perm, gid), M(struct ipc_perm, cuid),                  \
      M(struct ipc_perm, cgid), M(struct ipc_perm, mode), M(struct ipc_perm, __seq),               \
      T(struct msqid_ds), M(struct msqid_ds, msg_perm), M(struct msqid_ds, msg_stime),             \
      M(struct msqid_ds, msg_rtime), M(struct msqid_ds, msg_ctime),                                \
      M(struct msqid_ds, __msg_cbytes), M(struct msqid_ds, msg_cbytes),                            \
      M(struct msqid_ds, msg_qnum), M(struct msqid_ds, msg_qbytes), M(struct msqid_ds, msg_lspid), \
      M(struct msqid_ds, msg_lrpid), T(struct semid_ds), M(struct semid_ds, sem_perm),             \
      M(struct semid_ds, sem_otime), M(struct semid_ds, sem_ctime), M(struct semid_ds, sem_nsems), \
      T(struct shmid_ds), M(struct shmid_ds, shm_perm), M(struct shmid_ds, shm_segsz),             \
      M(struct shmid_ds, shm_atime), M(struct shmid_ds, shm_dtime), M(struct shmid_ds, shm_ctime), \
      M(struct shmid_ds, shm_cpid), M(struct shmid_ds, shm_lpid), M(struct shmid_ds, shm_nattch),  \
      T(struct sembuf), M(struct sembuf, sem_num), M(struct sembuf, sem_op),                       \
      M(struct sembuf, sem_flg), T(struct msginfo), M(struct msginfo, msgpool),                    \
      M(struct msginfo, msgmax), M(struct msginfo, msgmnb), M(struct msginfo, msgmni),             \
      M(struct msginfo, msgseg), T(struct seminfo), M(struct seminfo, semmap),                     \
      M(struct seminfo, semmsl), M(struct seminfo, semvmx), M(struct seminfo, semaem),             \
      T(struct shminfo), M(struct shminfo, shmmax), M(struct shminfo, shmmin),                     \
      M(struct shminfo, shmmni), M(struct shminfo, shmseg), M(struct shminfo, shmall),             \
      T(struct shm_info), M(struct shm_info, used_ids), M(struct shm_info, shm_tot),               \
      M(struct shm_info, shm_rss), M(struct shm_info, shm_swp), M(struct shm_info, swap_attempts), \
      M(struct shm_info, swap_successes), T(struct mq_attr), M(struct mq_attr, mq_flags),          \
      M(struct mq_attr, mq_maxmsg), M(struct mq_attr, mq_msgsize), M(struct mq_attr, mq_curmsgs),  \
      T(struct sigevent), M(struct sigevent, sigev_value), M(struct sigevent, sigev_signo),        \
      M(struct sigevent, sigev_notify), M(struct sigevent, sigev_notify_function),                 \
      M(struct sigevent, sigev_notify_attributes)
extern const struct abi_row oracle_ipc_abi[];
extern const unsigned oracle_ipc_abi_len;

/* glibc's calls; err: glibc's errno after the call (zeroed before it). */
int oracle_msgget(int key, int flags, int *err);
int oracle_msgsnd(int id, const void *msg, unsigned long size, int flags, int *err);
long oracle_msgrcv(int id, void *msg, unsigned long size, long type, int flags, int *err);
int oracle_msgctl(int id, int cmd, void *buf, int *err);
int oracle_semget(int key, int nsems, int flags, int *err);
int oracle_semop(int id, void *sops, unsigned long nsops, int *err);
int oracle_semtimedop(int id, void *sops, unsigned long nsops, const void *timeout, int *err);
int oracle_semctl(int id, int num, int cmd, unsigned long arg, int *err);
int oracle_shmget(int key, unsigned long size, int flags, int *err);
void *oracle_shmat(int id, const void *addr, int flags, int *err);
int oracle_shmdt(const void *addr, int *err);
int oracle_shmctl(int id, int cmd, void *buf, int *err);
int oracle_ftok(const char *path, int proj_id, int *err);
int oracle_mq_open(const char *name, int flags, unsigned mode, void *attr, int *err);
int oracle_mq_unlink(const char *name, int *err);
int oracle_mq_send(int mqd, const char *msg, unsigned long len, unsigned prio, int *err);
long oracle_mq_receive(int mqd, char *msg, unsigned long len, unsigned *prio, int *err);
long oracle_mq_timedreceive(int mqd, char *msg, unsigned long len, unsigned *prio,
                            const void *timeout, int *err);
int oracle_mq_getattr(int mqd, void *attr, int *err);
int oracle_mq_setattr(int mqd, const void *attr, void *old, int *err);
int oracle_mq_notify(int mqd, const void *sev, int *err);
int oracle_mq_close(int mqd, int *err);
int oracle_shm_open(const char *name, int flags, unsigned mode, int *err);
int oracle_shm_unlink(const char *name, int *err);
/* glibc's fcntl(fd, F_GETFD) and F_GETFL, to see the flags shm_open added. */
int oracle_ipc_fd_flags(int fd, int *fd_flags);

#endif
