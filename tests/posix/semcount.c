/* semcount: a System V semaphore set shared by a parent and its child. The
 * parent sets the values with semctl(SETVAL) and SETALL, the child waits on
 * the first semaphore and posts the second; GETVAL and GETALL show each step.
 *
 * Not obvious: the caller defines union semun (glibc does not, and says so
 * with _SEM_SEMUN_UNDEFINED), and semctl takes it by value.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ipc.h>
#include <sys/sem.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#if defined(_SEM_SEMUN_UNDEFINED)
union semun {
  int val;
  struct semid_ds *buf;
  unsigned short *array;
};
#endif

static int change(int semid, unsigned short num, short by, short flags) {
  struct sembuf op;
  op.sem_num = num;
  op.sem_op = by;
  op.sem_flg = flags;
  return semop(semid, &op, 1);
}

static void show(int semid, const char *when) {
  unsigned short values[2];
  union semun arg;
  arg.array = values;
  if (semctl(semid, 0, GETALL, arg) == -1) {
    perror("semctl GETALL");
    return;
  }
  printf("%s: [%u, %u]\n", when, values[0], values[1]);
}

int main(void) {
  int semid = semget(IPC_PRIVATE, 2, IPC_CREAT | 0600);
  if (semid == -1) {
    perror("semget");
    return 1;
  }
  union semun arg;
  arg.val = 0;
  if (semctl(semid, 0, SETVAL, arg) == -1) {
    perror("semctl SETVAL");
    semctl(semid, 0, IPC_RMID);
    return 1;
  }
  printf("GETVAL after SETVAL 0: %d\n", semctl(semid, 0, GETVAL));
  unsigned short start[2] = {0, 5};
  arg.array = start;
  semctl(semid, 0, SETALL, arg);
  show(semid, "start");

  if (change(semid, 0, -1, IPC_NOWAIT) == -1)
    printf("take with IPC_NOWAIT: %s\n", errno == EAGAIN ? "would block" : strerror(errno));

  pid_t pid = fork();
  if (pid == -1) {
    perror("fork");
    semctl(semid, 0, IPC_RMID);
    return 1;
  }
  if (pid == 0) {
    /* wait for the parent's post, then add 3 to the second semaphore */
    if (change(semid, 0, -1, 0) == -1 || change(semid, 1, 3, 0) == -1)
      _exit(1);
    _exit(0);
  }
  while (semctl(semid, 0, GETNCNT) < 1) /* until the child waits */
    usleep(1000);
  printf("waiting for semaphore 0: %d process\n", semctl(semid, 0, GETNCNT));
  change(semid, 0, 1, 0);
  int status;
  waitpid(pid, &status, 0);
  printf("child exited with %d\n", WIFEXITED(status) ? WEXITSTATUS(status) : -1);
  show(semid, "after the child");
  printf("last semop on semaphore 1 by the child: %s\n",
         semctl(semid, 1, GETPID) == pid ? "yes" : "no");

  struct semid_ds ds;
  arg.buf = &ds;
  if (semctl(semid, 0, IPC_STAT, arg) == 0)
    printf("IPC_STAT: %lu semaphores, mode %o\n", (unsigned long)ds.sem_nsems,
           ds.sem_perm.mode & 0777);
  arg.val = 40000;
  if (semctl(semid, 1, SETVAL, arg) == -1)
    perror("semctl SETVAL 40000");
  if (semctl(semid, 0, IPC_RMID) == -1) {
    perror("semctl IPC_RMID");
    return 1;
  }
  if (semctl(semid, 0, GETVAL) == -1)
    perror("semctl after IPC_RMID");
  return 0;
}
