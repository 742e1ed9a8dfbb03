/* sysgate/ipc.h: System V IPC: message queues (msgget(2), msgsnd(2),
 * msgrcv(2), msgctl(2)), semaphore sets (semget(2), semop(2), semtimedop(2),
 * semctl(2)), shared memory (shmget(2), shmat(2), shmdt(2), shmctl(2)), and
 * ftok(3); the IPC_*, MSG_*, SEM_*, SHM_* values and the structs of
 * sysvipc(7), laid out as glibc's (bits/ipc-perm.h, bits/types/struct_*_ds.h).
 *
 * Not obvious: the *_ds structs are the kernel's "64" layouts (msqid64_ds ..., asm-generic/msgbuf.h
 * and x86's sembuf.h), which is what glibc's are: on i386 with a 64-bit time_t, each time is the
 * kernel's (low, high) pair of 32-bit words read as one little-endian int64_t (4-byte aligned
 * there), so no field needs converting. The ctl calls must ask the kernel for that layout: the i386
 * ipc(2) fallback by setting IPC_64 in the command (arch/<arch>/ipc.h).
 */
#ifndef SYSGATE_IPC_H
#define SYSGATE_IPC_H

#include "syscall.h"
#include "types.h"

typedef int key_t;
typedef unsigned long msgqnum_t;
typedef unsigned long msglen_t;
typedef unsigned long shmatt_t;

/* --- flags and commands (include/uapi/linux/ipc.h, msg.h, sem.h, shm.h) ---- */
#define IPC_PRIVATE ((key_t)0)
#define IPC_CREAT 01000
#define IPC_EXCL 02000
#define IPC_NOWAIT 04000
#define IPC_RMID 0
#define IPC_SET 1
#define IPC_STAT 2
#define IPC_INFO 3

#define MSG_NOERROR 010000
#define MSG_EXCEPT 020000
#define MSG_COPY 040000
#define MSG_STAT 11
#define MSG_INFO 12
#define MSG_STAT_ANY 13
#define msg_cbytes __msg_cbytes

#define SEM_UNDO 0x1000
#define GETPID 11
#define GETVAL 12
#define GETALL 13
#define GETNCNT 14
#define GETZCNT 15
#define SETVAL 16
#define SETALL 17
#define SEM_STAT 18
#define SEM_INFO 19
#define SEM_STAT_ANY 20
/* glibc leaves union semun to the caller and says so with this macro. */
#define _SEM_SEMUN_UNDEFINED 1

#define SHM_R 0400
#define SHM_W 0200
#define SHM_RDONLY 010000
#define SHM_RND 020000
#define SHM_REMAP 040000
#define SHM_EXEC 0100000
#define SHM_LOCK 11
#define SHM_UNLOCK 12
#define SHM_STAT 13
#define SHM_INFO 14
#define SHM_STAT_ANY 15
#define SHM_DEST 01000
#define SHM_LOCKED 02000
#define SHM_HUGETLB 04000
#define SHM_NORESERVE 010000
#define SHMLBA 4096 /* the page size on x86 (glibc calls __getpagesize()) */

/* --- structs (glibc's names; the kernel's ipc64_perm and *64_ds) ----------- */
struct ipc_perm {
  key_t __key;
  uid_t uid;
  gid_t gid;
  uid_t cuid;
  gid_t cgid;
  mode_t mode; /* the kernel's mode is 16 bits on i386, then 16 zero bits */
  unsigned short __seq;
  unsigned short sysgate_pad;
  unsigned long sysgate_reserved1;
  unsigned long sysgate_reserved2;
};

/* Per arch: SYSGATE_IPC_TIME_PAD(name) (x86_64's semid64_ds has a spare long
 * after each time), and i386's ipc(2) fallback, which the rows with option ipc use. */
#include SYSGATE_ARCH_IPC_H

struct msqid_ds {
  struct ipc_perm msg_perm;
  time_t msg_stime;
  time_t msg_rtime;
  time_t msg_ctime;
  unsigned long __msg_cbytes;
  msgqnum_t msg_qnum;
  msglen_t msg_qbytes;
  pid_t msg_lspid;
  pid_t msg_lrpid;
  unsigned long sysgate_reserved4;
  unsigned long sysgate_reserved5;
};

struct semid_ds {
  struct ipc_perm sem_perm;
  time_t sem_otime;
  SYSGATE_IPC_TIME_PAD(sysgate_otime_pad)
  time_t sem_ctime;
  SYSGATE_IPC_TIME_PAD(sysgate_ctime_pad)
  unsigned long sem_nsems;
  unsigned long sysgate_reserved3;
  unsigned long sysgate_reserved4;
};

struct shmid_ds {
  struct ipc_perm shm_perm;
  size_t shm_segsz;
  time_t shm_atime;
  time_t shm_dtime;
  time_t shm_ctime;
  pid_t shm_cpid;
  pid_t shm_lpid;
  shmatt_t shm_nattch;
  unsigned long sysgate_reserved5;
  unsigned long sysgate_reserved6;
};

struct sembuf {
  unsigned short sem_num;
  short sem_op;
  short sem_flg;
};

/* A message's shape for msgsnd and msgrcv, declared by glibc under _GNU_SOURCE
 * only: programs written for POSIX often define their own struct msgbuf. */
#if defined(_GNU_SOURCE)
struct msgbuf {
  long mtype;
  char mtext[1];
};
#endif

/* What IPC_INFO and the *_INFO commands fill in. */
struct msginfo {
  int msgpool;
  int msgmap;
  int msgmax;
  int msgmnb;
  int msgmni;
  int msgssz;
  int msgtql;
  unsigned short msgseg;
};

struct seminfo {
  int semmap;
  int semmni;
  int semmns;
  int semmnu;
  int semmsl;
  int semopm;
  int semume;
  int semusz;
  int semvmx;
  int semaem;
};

struct shminfo {
  unsigned long shmmax;
  unsigned long shmmin;
  unsigned long shmmni;
  unsigned long shmseg;
  unsigned long shmall;
  unsigned long sysgate_reserved[4];
};

struct shm_info {
  int used_ids;
  unsigned long shm_tot;
  unsigned long shm_rss;
  unsigned long shm_swp;
  unsigned long swap_attempts;
  unsigned long swap_successes;
};

/* The ctl commands go to the direct calls as they are: those always use the 64
 * layout (ipc/msg.c: sys_msgctl passes IPC_64 itself). */

#include "calls/ipc.h"

/* sys_semop is per arch (semop on x86_64, semtimedop with no timeout on i386),
 * and so is sys_semctl (its fourth argument is union semun, passed by value). */

/* semctl(id, num, cmd, ...): the fourth argument, the caller's union semun, is
 * read only for the commands that use it, as glibc does. */
int semctl(int id, int num, int cmd, ...) SG_SYMBOL(semctl);

/* ftok(3): glibc's key from the file's inode and device numbers and proj_id's
 * low byte; -1 with stat's errno when path cannot be stat'ed. */
key_t ftok(const char *path, int proj_id) SG_SYMBOL(ftok);

#endif
