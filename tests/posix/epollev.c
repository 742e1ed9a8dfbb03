/* epollev: an epoll(7) loop over an eventfd(2) counter and a pipe. A child
 * adds to the counter and writes to the pipe; the parent waits with
 * epoll_wait(2), tells the two apart by epoll_data, and stops at the pipe's
 * end of file.
 *
 * Not obvious: an eventfd read returns the sum of everything written since
 * the last read and resets it, so how the child's three writes group into
 * reads depends on timing; the program prints the total, which does not.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/wait.h>
#include <unistd.h>

enum { TAG_COUNTER = 1, TAG_PIPE = 2 };

int main(void) {
  int efd = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
  int fds[2];
  if (efd < 0 || pipe(fds) < 0) {
    perror("eventfd/pipe");
    return 1;
  }
  int ep = epoll_create1(EPOLL_CLOEXEC);
  if (ep < 0) {
    perror("epoll_create1");
    return 1;
  }
  struct epoll_event ev = {.events = EPOLLIN, .data.u32 = TAG_COUNTER};
  if (epoll_ctl(ep, EPOLL_CTL_ADD, efd, &ev) < 0) {
    perror("epoll_ctl");
    return 1;
  }
  ev.data.u32 = TAG_PIPE;
  epoll_ctl(ep, EPOLL_CTL_ADD, fds[0], &ev);
  if (epoll_ctl(ep, EPOLL_CTL_ADD, fds[0], &ev) < 0)
    perror("adding the pipe twice");

  fflush(stdout);
  pid_t pid = fork();
  if (pid == 0) {
    close(fds[0]);
    for (uint64_t i = 1; i <= 3; i++) {
      if (eventfd_write(efd, i * 10) < 0)
        _exit(1);
      usleep(2000);
    }
    if (write(fds[1], "done", 4) != 4)
      _exit(1);
    _exit(0);
  }
  close(fds[1]);

  uint64_t total = 0;
  char text[64] = "";
  size_t text_len = 0;
  for (int open_ = 1; open_;) {
    struct epoll_event out[4];
    int n = epoll_wait(ep, out, 4, 5000);
    if (n <= 0) {
      printf("epoll_wait: %s\n", n == 0 ? "timed out" : "failed");
      return 1;
    }
    for (int i = 0; i < n; i++) {
      if (out[i].data.u32 == TAG_COUNTER) {
        eventfd_t v;
        if (eventfd_read(efd, &v) == 0)
          total += v;
      } else {
        ssize_t got = read(fds[0], text + text_len, sizeof text - 1 - text_len);
        if (got > 0)
          text_len += (size_t)got;
        else
          open_ = 0;
      }
    }
  }
  /* The counter's last write may be seen only now: drain it. */
  eventfd_t v;
  if (eventfd_read(efd, &v) == 0)
    total += v;
  text[text_len] = '\0';
  printf("counter total: %llu\n", (unsigned long long)total);
  printf("pipe said: %s\n", text);
  int status;
  waitpid(pid, &status, 0);
  printf("child exited with %d\n", WEXITSTATUS(status));
  if (epoll_ctl(ep, EPOLL_CTL_DEL, efd, NULL) == 0)
    printf("counter removed from the set\n");
  close(ep);
  close(efd);
  close(fds[0]);
  return 0;
}
