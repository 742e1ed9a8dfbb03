/* mqueue: a POSIX message queue between a parent and its child. The parent
 * creates the queue with room for four messages, the child sends five with
 * different priorities (the last one waits for room), and the parent receives
 * them highest priority first, printing mq_getattr's view as it goes.
 *
 * Not obvious: the name must start with '/'; mq_receive's buffer must be at
 * least mq_msgsize bytes, or it fails with EMSGSIZE even for a short message.
 */
#include <errno.h>
#include <fcntl.h>
#include <mqueue.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static void show(mqd_t q, const char *when) {
  struct mq_attr a;
  if (mq_getattr(q, &a) == -1) {
    perror("mq_getattr");
    return;
  }
  printf("%s: flags %s, maxmsg %ld, msgsize %ld, curmsgs %ld\n", when,
         a.mq_flags & O_NONBLOCK ? "O_NONBLOCK" : "0", a.mq_maxmsg, a.mq_msgsize, a.mq_curmsgs);
}

int main(void) {
  char name[64];
  snprintf(name, sizeof name, "/mqueue-example-%ld", (long)getpid());
  struct mq_attr attr;
  memset(&attr, 0, sizeof attr);
  attr.mq_maxmsg = 4;
  attr.mq_msgsize = 64;
  mqd_t q = mq_open(name, O_CREAT | O_EXCL | O_RDWR, 0600, &attr);
  if (q == (mqd_t)-1) {
    perror("mq_open");
    return 1;
  }
  show(q, "created");
  if (mq_open(name + 1, O_RDONLY) == (mqd_t)-1)
    printf("a name without '/': %s\n", strerror(errno));

  pid_t pid = fork();
  if (pid == 0) {
    mqd_t w = mq_open(name, O_WRONLY);
    static const unsigned prios[] = {1, 5, 3, 5, 0};
    char text[32];
    for (int i = 0; i < 5; i++) {
      snprintf(text, sizeof text, "message %d, priority %u", i, prios[i]);
      if (w == (mqd_t)-1 || mq_send(w, text, strlen(text) + 1, prios[i]) == -1)
        _exit(1);
    }
    _exit(mq_close(w) == -1);
  }
  while (1) { /* until the child has filled the queue */
    struct mq_attr a;
    if (mq_getattr(q, &a) == -1 || a.mq_curmsgs == a.mq_maxmsg)
      break;
    usleep(1000);
  }
  show(q, "full");
  char small[16];
  if (mq_receive(q, small, sizeof small, NULL) == -1)
    printf("a buffer under msgsize: %s\n", strerror(errno));
  char buf[64];
  unsigned prio;
  for (int i = 0; i < 5; i++) {
    ssize_t n = mq_receive(q, buf, sizeof buf, &prio);
    if (n == -1) {
      perror("mq_receive");
      break;
    }
    printf("got %zd bytes, priority %u: %s\n", n, prio, buf);
  }
  int status;
  waitpid(pid, &status, 0);
  printf("child exited with %d\n", WIFEXITED(status) ? WEXITSTATUS(status) : -1);

  struct timespec deadline;
  clock_gettime(CLOCK_REALTIME, &deadline);
  deadline.tv_nsec += 10000000;
  if (deadline.tv_nsec >= 1000000000) {
    deadline.tv_sec++;
    deadline.tv_nsec -= 1000000000;
  }
  if (mq_timedreceive(q, buf, sizeof buf, NULL, &deadline) == -1)
    printf("empty, with a deadline: %s\n", strerror(errno));
  struct mq_attr nb, old;
  memset(&nb, 0, sizeof nb);
  nb.mq_flags = O_NONBLOCK;
  mq_setattr(q, &nb, &old);
  printf("old flags: %ld\n", old.mq_flags);
  show(q, "nonblocking");
  if (mq_receive(q, buf, sizeof buf, NULL) == -1)
    printf("empty, nonblocking: %s\n", strerror(errno));

  struct sigevent sev;
  memset(&sev, 0, sizeof sev);
  sev.sigev_notify = SIGEV_NONE;
  printf("mq_notify SIGEV_NONE: %d\n", mq_notify(q, &sev));
  if (mq_notify(q, &sev) == -1)
    printf("mq_notify again: %s\n", strerror(errno));
  mq_notify(q, NULL);

  mq_close(q);
  if (mq_unlink(name) == -1)
    perror("mq_unlink");
  if (mq_unlink(name) == -1)
    printf("mq_unlink again: %s\n", strerror(errno));
  return 0;
}
