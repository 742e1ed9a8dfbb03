/* system(3): "/bin/sh -c command" in a child, and its wait status.
 *
 * Not obvious: while the parent waits it ignores SIGINT and SIGQUIT and blocks SIGCHLD,
 * as POSIX requires (system(3p), RATIONALE): a ^C at the terminal reaches the shell's
 * child and not the caller, and a SIGCHLD handler cannot reap the child first. The child
 * puts back the caller's actions and mask before exec. system(NULL) runs "exit 0" to
 * learn whether a shell is there, as glibc does.
 */
#include <sysgate/errno.h>
#include <sysgate/signal.h>
#include <sysgate/stdlib.h>
#include <sysgate/stdlib_posix.h>
#include <sysgate/unistd.h>
#include <sysgate/wait.h>

static int run(const char *command) {
  struct sigaction ignore = {.sa_handler = SIG_IGN}, old_int, old_quit;
  sigset_t chld, old_mask;
  sigemptyset(&ignore.sa_mask);
  sigaction(SIGINT, &ignore, &old_int);
  sigaction(SIGQUIT, &ignore, &old_quit);
  sigemptyset(&chld);
  sigaddset(&chld, SIGCHLD);
  sigprocmask(SIG_BLOCK, &chld, &old_mask);

  int status = -1;
  pid_t pid = fork();
  if (pid == 0) {
    sigaction(SIGINT, &old_int, NULL);
    sigaction(SIGQUIT, &old_quit, NULL);
    sigprocmask(SIG_SETMASK, &old_mask, NULL);
    char *argv[] = {"sh", "-c", (char *)command, NULL};
    execve("/bin/sh", argv, environ);
    _exit(127);
  }
  if (pid > 0) {
    while (waitpid(pid, &status, 0) < 0) {
      if (errno != EINTR) {
        status = -1;
        break;
      }
    }
  }
  int saved = errno;
  sigaction(SIGINT, &old_int, NULL);
  sigaction(SIGQUIT, &old_quit, NULL);
  sigprocmask(SIG_SETMASK, &old_mask, NULL);
  errno = saved;
  return status;
}

int system(const char *command) {
  if (command == NULL)
    return run("exit 0") == 0;
  return run(command);
}
