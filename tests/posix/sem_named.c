/* sem_named: a named POSIX semaphore (sem_open(3)) shared by a parent and a forked
 * child that opens it again by name: the child posts three times, the parent waits
 * three times, then the name is removed with sem_unlink(3) and opening it fails.
 *
 * Not obvious: the name carries the process id, so two runs at once do not meet;
 * it is never printed, so the output stays the same from run to run.
 */
#include <errno.h>
#include <fcntl.h>
#include <semaphore.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

int main(void) {
  char name[64];
  snprintf(name, sizeof name, "/posix-example-%ld", (long)getpid());
  sem_t *sem = sem_open(name, O_CREAT | O_EXCL, 0600, 0);
  if (sem == SEM_FAILED) {
    perror("sem_open");
    return 1;
  }
  sem_t *again = sem_open(name, O_CREAT | O_EXCL, 0600, 0);
  printf("second O_EXCL open: %s\n", again == SEM_FAILED ? strerror(errno) : "succeeded?");
  pid_t pid = fork();
  if (pid < 0) {
    perror("fork");
    return 1;
  }
  if (pid == 0) {
    sem_t *mine = sem_open(name, 0);
    if (mine == SEM_FAILED)
      return 2;
    for (int i = 0; i < 3; i++) {
      usleep(5000);
      sem_post(mine);
    }
    sem_close(mine);
    return 0;
  }
  for (int i = 1; i <= 3; i++) {
    if (sem_wait(sem) != 0) {
      perror("sem_wait");
      return 1;
    }
    printf("parent: got post %d\n", i);
  }
  int status, value = -1;
  waitpid(pid, &status, 0);
  sem_getvalue(sem, &value);
  printf("child exited with %d, value now %d\n", WEXITSTATUS(status), value);
  printf("trywait on 0: %s\n", sem_trywait(sem) == 0 ? "succeeded?" : strerror(errno));
  sem_close(sem);
  printf("unlink: %d\n", sem_unlink(name));
  sem = sem_open(name, 0);
  printf("open after unlink: %s\n", sem == SEM_FAILED ? strerror(errno) : "succeeded?");
  return 0;
}
