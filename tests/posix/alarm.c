/* alarm: signals with sigaction(2), alarm(2), pause(2), sigprocmask(2) and
 * nanosleep(2). A POSIX program, unchanged for glibc and sysgate.
 *
 * Not obvious: pause() returns only after a handler has run, and always with -1
 * and EINTR; the flag the handler sets is how main knows which signal it was.
 */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "put.h"

static volatile sig_atomic_t got_alarm, got_usr1;

static void on_signal(int sig) {
  if (sig == SIGALRM)
    got_alarm = 1;
  else if (sig == SIGUSR1)
    got_usr1++;
}

int main(void) {
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_signal;
  sigemptyset(&sa.sa_mask);
  if (sigaction(SIGALRM, &sa, NULL) < 0 || sigaction(SIGUSR1, &sa, NULL) < 0) {
    perror("sigaction");
    return 1;
  }

  alarm(1);
  while (!got_alarm) {
    int r = pause();
    if (r != -1 || errno != EINTR)
      put("pause: unexpected return\n");
  }
  put("SIGALRM arrived, pause returned -1 with EINTR\n");

  /* Blocked, the signal waits; unblocked, it is delivered at once. */
  sigset_t set, pending;
  sigemptyset(&set);
  sigaddset(&set, SIGUSR1);
  sigprocmask(SIG_BLOCK, &set, NULL);
  kill(getpid(), SIGUSR1);
  sigpending(&pending);
  put_line("blocked: pending ", sigismember(&pending, SIGUSR1), "");
  put_line(", handled ", got_usr1, "\n");
  sigprocmask(SIG_UNBLOCK, &set, NULL);
  put_line("unblocked: handled ", got_usr1, "\n");

  /* An alarm during nanosleep interrupts it; the time left is written back. */
  got_alarm = 0;
  alarm(1);
  struct timespec req = {.tv_sec = 5, .tv_nsec = 0}, rem = {.tv_sec = 0};
  int r = nanosleep(&req, &rem);
  put_line("nanosleep returned ", r, "");
  put(r == -1 && errno == EINTR ? " (EINTR)" : " (?)");
  put(got_alarm && rem.tv_sec >= 3 && rem.tv_sec < 5 ? ", 3-4 s were left\n" : ", wrong\n");

  /* SIG_IGN: the signal is discarded. */
  signal(SIGUSR1, SIG_IGN);
  raise(SIGUSR1);
  put_line("ignored: handled ", got_usr1, "\n");
  return 0;
}
