/* pollpipe: a poll(2) loop over a pipe and a timerfd (timerfd_create(2)).
 * Lines read from the pipe are printed as they come; when the pipe reaches
 * end of file a one-shot timer is armed, and the loop ends when it fires.
 *
 * Not obvious: a timerfd reads as an 8-byte count of expirations since the
 * last read; a one-shot timer gives exactly 1. An unarmed timer stays silent
 * in poll, so the descriptor can be in the set from the start.
 */
#include <errno.h>
#include <poll.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/timerfd.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

int main(void) {
  int fds[2];
  if (pipe(fds) < 0) {
    perror("pipe");
    return 1;
  }
  int tfd = timerfd_create(CLOCK_MONOTONIC, TFD_CLOEXEC);
  if (tfd < 0) {
    perror("timerfd_create");
    return 1;
  }
  fflush(stdout);
  pid_t pid = fork();
  if (pid == 0) {
    close(fds[0]);
    const char *lines[] = {"first line\n", "second line\n", "third line\n"};
    for (int i = 0; i < 3; i++) {
      if (write(fds[1], lines[i], strlen(lines[i])) < 0)
        _exit(1);
      usleep(5000);
    }
    _exit(0);
  }
  close(fds[1]);

  struct pollfd pfd[2] = {{.fd = fds[0], .events = POLLIN}, {.fd = tfd, .events = POLLIN}};
  nfds_t nfds = 2;
  int reads = 0;
  for (;;) {
    int n = poll(pfd, nfds, 5000);
    if (n < 0) {
      if (errno == EINTR)
        continue;
      perror("poll");
      return 1;
    }
    if (n == 0) {
      printf("timed out\n");
      return 1;
    }
    if (pfd[0].fd >= 0 && (pfd[0].revents & (POLLIN | POLLHUP))) {
      char buf[128];
      ssize_t got = read(pfd[0].fd, buf, sizeof buf);
      if (got > 0) {
        reads++;
        fwrite(buf, 1, (size_t)got, stdout);
      } else {
        printf("pipe: end of file (revents had%s POLLHUP)\n",
               (pfd[0].revents & POLLHUP) ? "" : " no");
        close(pfd[0].fd);
        pfd[0].fd = -1; /* poll skips negative descriptors */
        struct itimerspec once = {.it_value = {.tv_sec = 0, .tv_nsec = 20 * 1000000}};
        if (timerfd_settime(tfd, 0, &once, NULL) < 0) {
          perror("timerfd_settime");
          return 1;
        }
        struct itimerspec left;
        timerfd_gettime(tfd, &left);
        printf("timer armed: %s\n",
               left.it_value.tv_sec == 0 && left.it_value.tv_nsec > 0 ? "yes" : "no");
      }
    }
    if (pfd[1].revents & POLLIN) {
      uint64_t expirations;
      if (read(tfd, &expirations, sizeof expirations) != sizeof expirations) {
        perror("read timerfd");
        return 1;
      }
      printf("timer: %llu expiration(s)\n", (unsigned long long)expirations);
      break;
    }
  }
  int status;
  waitpid(pid, &status, 0);
  printf("writer exited with %d; read calls with data: %s\n", WEXITSTATUS(status),
         reads >= 1 ? "at least one" : "none");
  close(tfd);
  return 0;
}
