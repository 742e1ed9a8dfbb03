/* spawn: processes with fork(2), execve(2), pipe(2), dup2(2), kill(2) and
 * waitpid(2), decoding each status with the W* macros. A POSIX program,
 * unchanged for glibc and sysgate.
 *
 * Not obvious: the parent must close its copy of the pipe's write end before
 * reading to the end; otherwise read(2) never sees end of file, since a writer
 * (itself) still exists.
 */
#define _POSIX_C_SOURCE 200809L
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include "put.h"

extern char **environ;

static void describe(const char *who, int status) {
  put(who);
  if (WIFEXITED(status))
    put_line(": exited with ", WEXITSTATUS(status), "\n");
  else if (WIFSIGNALED(status))
    put_line(": killed by signal ", WTERMSIG(status), "\n");
  else
    put(": stopped?\n");
}

int main(void) {
  /* Three children exit with different codes; they are reaped in order. */
  pid_t kids[3];
  for (int i = 0; i < 3; i++) {
    kids[i] = fork();
    if (kids[i] < 0) {
      perror("fork");
      return 1;
    }
    if (kids[i] == 0)
      _exit(i * 20);
  }
  for (int i = 0; i < 3; i++) {
    int status;
    if (waitpid(kids[i], &status, 0) != kids[i]) {
      perror("waitpid");
      return 1;
    }
    describe(i == 0 ? "child 0" : i == 1 ? "child 1" : "child 2", status);
  }

  /* A child that waits to be killed. */
  pid_t victim = fork();
  if (victim == 0) {
    for (;;)
      pause();
  }
  kill(victim, SIGTERM);
  int status;
  waitpid(victim, &status, 0);
  describe("victim", status);

  /* A child running /bin/echo with its stdout on a pipe, read back here. */
  int fds[2];
  if (pipe(fds) < 0) {
    perror("pipe");
    return 1;
  }
  pid_t echo = fork();
  if (echo == 0) {
    dup2(fds[1], STDOUT_FILENO);
    close(fds[0]);
    close(fds[1]);
    char *args[] = {"echo", "through", "a", "pipe", NULL};
    execve("/bin/echo", args, environ);
    perror("execve /bin/echo");
    _exit(127);
  }
  close(fds[1]);
  char buf[256];
  size_t got = 0;
  ssize_t n;
  while ((n = read(fds[0], buf + got, sizeof buf - 1 - got)) > 0)
    got += (size_t)n;
  buf[got] = '\0';
  close(fds[0]);
  waitpid(echo, &status, 0);
  put("read from the pipe: ");
  put(buf);
  describe("echo", status);

  /* No children left: ECHILD. */
  if (waitpid(-1, &status, WNOHANG) == -1)
    perror("waitpid with no children");
  return 0;
}
