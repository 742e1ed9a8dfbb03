/* selectpipe: select(2) over a pipe. It times out while the pipe is empty,
 * reports it readable once written, reports end of file as readable too, and
 * pselect(2) with an empty mask behaves the same.
 *
 * Not obvious: select's first argument is the highest descriptor plus one,
 * not a count; and Linux's select writes the time left into the timeval, so
 * it is set again before each call (select(2), "Linux").
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/select.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

static int wait_readable(int fd, long usec) {
  fd_set set;
  FD_ZERO(&set);
  FD_SET(fd, &set);
  struct timeval tv = {.tv_sec = 0, .tv_usec = usec};
  int n = select(fd + 1, &set, NULL, NULL, &tv);
  if (n < 0)
    perror("select");
  else
    printf("select: %d ready, fd %s\n", n, FD_ISSET(fd, &set) ? "readable" : "not readable");
  return n;
}

int main(void) {
  int fds[2];
  if (pipe(fds) < 0) {
    perror("pipe");
    return 1;
  }
  wait_readable(fds[0], 20000);
  if (write(fds[1], "ping", 4) != 4)
    return 1;
  wait_readable(fds[0], 20000);
  char buf[16];
  ssize_t n = read(fds[0], buf, sizeof buf);
  printf("read %zd bytes: %.*s\n", n, (int)n, buf);

  /* Both ends at once: the write end is writable, the read end is not readable. */
  fd_set r, w;
  FD_ZERO(&r);
  FD_ZERO(&w);
  FD_SET(fds[0], &r);
  FD_SET(fds[1], &w);
  int maxfd = fds[0] > fds[1] ? fds[0] : fds[1];
  struct timespec ts = {0, 10 * 1000000};
  sigset_t empty;
  sigemptyset(&empty);
  int ready = pselect(maxfd + 1, &r, &w, NULL, &ts, &empty);
  printf("pselect: %d ready, read end %s, write end %s\n", ready,
         FD_ISSET(fds[0], &r) ? "readable" : "not readable",
         FD_ISSET(fds[1], &w) ? "writable" : "not writable");

  close(fds[1]);
  wait_readable(fds[0], 20000);
  n = read(fds[0], buf, sizeof buf);
  printf("read after close: %zd\n", n);

  close(fds[0]);
  fd_set bad;
  FD_ZERO(&bad);
  FD_SET(fds[0], &bad);
  struct timeval zero = {0, 0};
  if (select(fds[0] + 1, &bad, NULL, NULL, &zero) < 0)
    printf("select on a closed fd: %s\n", strerror(errno));
  printf("FD_SETSIZE is %d\n", FD_SETSIZE);
  return 0;
}
