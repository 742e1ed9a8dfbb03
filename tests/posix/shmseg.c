/* shmseg: a System V shared memory segment attached by a parent and a child.
 * The child attaches it too, writes a greeting and a counter; the parent,
 * after waiting, reads them, checks shm_nattch at each step, detaches and
 * removes the segment.
 *
 * Not obvious: shmat fails with (void *)-1, not NULL; and a segment marked for
 * removal (IPC_RMID) lives until its last process detaches.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ipc.h>
#include <sys/shm.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

struct shared {
  char greeting[32];
  int counter;
};

static unsigned long attached(int shmid) {
  struct shmid_ds ds;
  if (shmctl(shmid, IPC_STAT, &ds) == -1) {
    perror("shmctl IPC_STAT");
    return 0;
  }
  return (unsigned long)ds.shm_nattch;
}

int main(void) {
  int shmid = shmget(IPC_PRIVATE, sizeof(struct shared), IPC_CREAT | 0600);
  if (shmid == -1) {
    perror("shmget");
    return 1;
  }
  struct shared *p = shmat(shmid, NULL, 0);
  if (p == (void *)-1) {
    perror("shmat");
    shmctl(shmid, IPC_RMID, NULL);
    return 1;
  }
  printf("new segment is zeroed: %s\n", p->greeting[0] == 0 && p->counter == 0 ? "yes" : "no");
  printf("attached in the parent: %lu\n", attached(shmid));
  fflush(stdout);

  pid_t pid = fork();
  if (pid == 0) {
    struct shared *c = shmat(shmid, NULL, 0);
    if (c == (void *)-1)
      _exit(1);
    printf("attached with the child: %lu\n", attached(shmid));
    fflush(stdout);
    strcpy(c->greeting, "hello from the child");
    for (int i = 0; i < 1000; i++)
      c->counter++;
    _exit(shmdt(c) == -1);
  }
  int status;
  waitpid(pid, &status, 0);
  printf("child exited with %d\n", WIFEXITED(status) ? WEXITSTATUS(status) : -1);
  printf("parent reads: \"%s\", counter %d\n", p->greeting, p->counter);
  printf("attached after the child: %lu\n", attached(shmid));

  struct shmid_ds ds;
  shmctl(shmid, IPC_STAT, &ds);
  printf("size %lu, creator is this process: %s, last attach/detach by the child: %s\n",
         (unsigned long)ds.shm_segsz, ds.shm_cpid == getpid() ? "yes" : "no",
         ds.shm_lpid == pid ? "yes" : "no");
  if (shmctl(shmid, IPC_RMID, NULL) == -1)
    perror("shmctl IPC_RMID");
  printf("still readable after IPC_RMID: %s\n", p->greeting);
  if (shmdt(p) == -1)
    perror("shmdt");
  if (shmdt(p) == -1)
    perror("shmdt again");
  if (shmat(shmid, NULL, 0) == (void *)-1)
    perror("shmat after removal");
  return 0;
}
