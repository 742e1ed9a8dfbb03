/* sigdemo: catch a signal and carry on: sigaction(2), raise(3), kill(2),
 * sigprocmask(2), sigpending(2); signal(7) for the whole story.
 *
 * Three rounds with SIGUSR1, each printing what happens in order:
 *   1. a plain handler (sa_handler), and raise(SIGUSR1);
 *   2. an SA_SIGINFO handler (sa_sigaction), which is also told who sent the
 *      signal and why, and kill(getpid(), SIGUSR1);
 *   3. SIGUSR1 blocked, then sent: it waits, pending, until it is unblocked.
 * Exit status 0 when the handler ran exactly once per round, else 1.
 *
 * Not obvious: a handler is not called by anyone in this program. When the
 * kernel is about to return to user space with a signal pending, it saves the
 * interrupted registers on the user stack and "returns" into the handler
 * instead, with a return address pointing at a tiny piece of code (the restorer,
 * which sigaction() supplies: sysgate's, as glibc supplies its own) that makes
 * the rt_sigreturn system call. That call puts the saved registers back, and
 * main continues exactly where it was interrupted, never knowing. A signal a
 * process sends itself is delivered on that very way out of the kernel, so the
 * handler's line is printed before raise() or kill() has returned to main.
 */
#include <sysgate.h>

/* Handlers may only call async-signal-safe functions (signal-safety(7)): write
 * is one, anything touching shared state half-updated by main is not. */
static void say(const char *s) {
  (void)write(STDOUT_FILENO, s, strlen(s));
}

/* How many times a handler ran. volatile: main reads it after the handler wrote
 * it, behind the compiler's back. C's type for this is sig_atomic_t, an int on x86
 * (sysgate/signal.h does not name it yet): a store to it cannot be torn. */
static volatile int handled;

static void on_usr1(int sig) {
  handled++;
  say(sig == SIGUSR1 ? "  handler: caught SIGUSR1\n" : "  handler: caught another signal?\n");
}

/* The three-argument form, chosen by SA_SIGINFO. info is the kernel's siginfo
 * record; context (a ucontext_t) holds the interrupted registers, unused here. */
static void on_usr1_info(int sig, siginfo_t *info, void *context) {
  (void)context;
  handled++;
  say(sig == SIGUSR1 && info->si_signo == SIGUSR1 ? "  handler: SIGUSR1" : "  handler: ?");
  /* si_code says why: SI_USER for kill(2), SI_TKILL for tgkill (raise), SI_KERNEL... */
  say(info->si_code == SI_USER ? ", si_code SI_USER (sent by kill)" : ", unexpected si_code");
  say(info->si_pid == getpid() ? ", si_pid is this process\n" : ", from another process\n");
}

/* "main: the handler has run N times\n", N a digit; returns whether N == want. */
static int report(int want) {
  char line[] = "main: back in main, the handler has run N time(s)\n";
  *strchr(line, 'N') = (char)('0' + handled); /* at most 3 here: one digit */
  say(line);
  return handled == want;
}

int main(void) {
  int ok = 1;

  /* 1. sa_handler. sa_mask: the signals blocked while the handler runs (the
   * signal itself always is, unless SA_NODEFER); sa_flags 0: no SA_RESTART, so a
   * slow call the signal interrupts fails with EINTR instead of resuming. */
  struct sigaction sa = {.sa_handler = on_usr1, .sa_flags = 0};
  sigemptyset(&sa.sa_mask);
  if (sigaction(SIGUSR1, &sa, NULL) < 0) {
    perror("sigdemo: sigaction");
    return 1;
  }
  say("main: plain handler installed; raise(SIGUSR1)\n");
  raise(SIGUSR1); /* tgkill(getpid(), gettid(), SIGUSR1): to this very thread */
  ok &= report(1);

  /* 2. sa_sigaction with SA_SIGINFO. The two handler fields share storage (a
   * union in glibc as in sysgate): set exactly one of them. */
  sa.sa_sigaction = on_usr1_info;
  sa.sa_flags = SA_SIGINFO;
  if (sigaction(SIGUSR1, &sa, NULL) < 0) {
    perror("sigdemo: sigaction");
    return 1;
  }
  say("main: SA_SIGINFO handler installed; kill(getpid(), SIGUSR1)\n");
  kill(getpid(), SIGUSR1); /* to the whole process: any thread may take it */
  ok &= report(2);

  /* 3. A blocked signal is not lost, only held: the kernel marks it pending (one
   * flag per signal, so two more SIGUSR1 now would still be one delivery). */
  sigset_t usr1, pending;
  sigemptyset(&usr1);
  sigaddset(&usr1, SIGUSR1);
  sigprocmask(SIG_BLOCK, &usr1, NULL);
  say("main: SIGUSR1 blocked; kill(getpid(), SIGUSR1)\n");
  kill(getpid(), SIGUSR1);
  sigpending(&pending);
  say(sigismember(&pending, SIGUSR1) == 1 ? "main: SIGUSR1 is pending\n"
                                          : "main: SIGUSR1 is not pending?\n");
  ok &= report(2);
  say("main: unblocking SIGUSR1\n");
  sigprocmask(SIG_UNBLOCK, &usr1, NULL); /* delivered on the way out of this call */
  ok &= report(3);
  return ok ? 0 : 1;
}
