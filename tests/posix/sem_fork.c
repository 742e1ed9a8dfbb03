/* sem_fork: two unnamed process-shared semaphores (sem_init(3) with pshared 1) in
 * a shared anonymous mapping make a parent and a forked child take turns: ping,
 * pong, five times, each printing its turn. Also sem_timedwait(3) running out
 * (ETIMEDOUT) and sem_init with a value beyond SEM_VALUE_MAX (EINVAL).
 *
 * Not obvious: each side flushes stdout after printing, since both write to the
 * same file and the turns, not the buffers, must decide the order of the lines.
 */
#include <errno.h>
#include <limits.h>
#include <semaphore.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

struct turns {
  sem_t ping, pong;
};

int main(void) {
  struct turns *t =
      mmap(NULL, sizeof *t, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
  if (t == MAP_FAILED || sem_init(&t->ping, 1, 0) != 0 || sem_init(&t->pong, 1, 0) != 0) {
    perror("setup");
    return 1;
  }
  sem_t bad;
  printf("sem_init above SEM_VALUE_MAX: %s\n",
         sem_init(&bad, 0, (unsigned)SEM_VALUE_MAX + 1) == 0 ? "accepted?" : strerror(errno));
  struct timespec soon;
  clock_gettime(CLOCK_REALTIME, &soon);
  soon.tv_nsec += 10000000;
  if (soon.tv_nsec >= 1000000000) {
    soon.tv_sec++;
    soon.tv_nsec -= 1000000000;
  }
  printf("timedwait on 0: %s\n", sem_timedwait(&t->ping, &soon) == 0 ? "got it?" : strerror(errno));
  fflush(stdout);
  pid_t pid = fork();
  if (pid < 0) {
    perror("fork");
    return 1;
  }
  for (int i = 1; i <= 5; i++) {
    if (pid == 0) {
      sem_wait(&t->ping);
      printf("child: pong %d\n", i);
      fflush(stdout);
      sem_post(&t->pong);
    } else {
      printf("parent: ping %d\n", i);
      fflush(stdout);
      sem_post(&t->ping);
      sem_wait(&t->pong);
    }
  }
  if (pid == 0)
    return 0;
  int status;
  waitpid(pid, &status, 0);
  printf("child exited with %d\n", WEXITSTATUS(status));
  return 0;
}
