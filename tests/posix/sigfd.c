/* sigfd: signals read from a signalfd(2) instead of a handler. SIGUSR1,
 * SIGUSR2 and SIGCHLD are blocked, then raised or provoked, and read back
 * as struct signalfd_siginfo records.
 *
 * Not obvious: the signals must be blocked first (sigprocmask(2)): a signal
 * that is not blocked is delivered the normal way and never reaches the
 * descriptor. Two of the same standard signal pending at once are one.
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/signalfd.h>
#include <sys/wait.h>
#include <unistd.h>

static const char *name(unsigned signo) {
  return signo == SIGUSR1   ? "SIGUSR1"
         : signo == SIGUSR2 ? "SIGUSR2"
         : signo == SIGCHLD ? "SIGCHLD"
                            : "?";
}

int main(void) {
  sigset_t mask;
  sigemptyset(&mask);
  sigaddset(&mask, SIGUSR1);
  sigaddset(&mask, SIGUSR2);
  sigaddset(&mask, SIGCHLD);
  if (sigprocmask(SIG_BLOCK, &mask, NULL) < 0) {
    perror("sigprocmask");
    return 1;
  }
  int sfd = signalfd(-1, &mask, SFD_CLOEXEC | SFD_NONBLOCK);
  if (sfd < 0) {
    perror("signalfd");
    return 1;
  }

  kill(getpid(), SIGUSR2);
  kill(getpid(), SIGUSR1);
  kill(getpid(), SIGUSR1); /* merged with the pending one */
  fflush(stdout);
  pid_t child = fork();
  if (child == 0)
    _exit(7);
  int status;
  waitpid(child, &status, 0); /* SIGCHLD is pending once the child is gone */

  struct signalfd_siginfo info;
  ssize_t n;
  while ((n = read(sfd, &info, sizeof info)) == (ssize_t)sizeof info) {
    printf("%s: code %s", name(info.ssi_signo),
           info.ssi_code == SI_USER      ? "SI_USER"
           : info.ssi_code == CLD_EXITED ? "CLD_EXITED"
                                         : "other");
    if (info.ssi_signo == SIGCHLD)
      printf(", child status %d, pid %s", info.ssi_status,
             (pid_t)info.ssi_pid == child ? "matches" : "differs");
    else
      printf(", sender %s", (pid_t)info.ssi_pid == getpid() ? "is us" : "is another");
    printf("\n");
  }
  printf("then: %s\n", n < 0 && errno == EAGAIN ? "nothing pending" : "unexpected");
  printf("record size %zu\n", sizeof(struct signalfd_siginfo));

  /* Changing the set of an existing descriptor: only SIGUSR2 now. */
  sigset_t only2;
  sigemptyset(&only2);
  sigaddset(&only2, SIGUSR2);
  if (signalfd(sfd, &only2, 0) != sfd)
    perror("signalfd update");
  kill(getpid(), SIGUSR1);
  kill(getpid(), SIGUSR2);
  if (read(sfd, &info, sizeof info) == (ssize_t)sizeof info)
    printf("after the update: %s\n", name(info.ssi_signo));
  sigset_t pending;
  sigpending(&pending);
  printf("SIGUSR1 still pending: %s\n", sigismember(&pending, SIGUSR1) ? "yes" : "no");
  if (signalfd(12345, &only2, 0) < 0)
    printf("signalfd on a bad descriptor: %s\n", strerror(errno));
  close(sfd);
  return 0;
}
