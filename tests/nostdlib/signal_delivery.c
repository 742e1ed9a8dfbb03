/* signal_delivery: signals under sysgate's own _start, with no libc anywhere:
 * handlers installed by sigaction(2) return through sysgate's restorers (plain and
 * SA_SIGINFO, synchronous and asynchronous), and the rest of the family works
 * (sigprocmask, sigpending, sigsuspend, sigaltstack, sigtimedwait, sigwaitinfo,
 * alarm, pause, signalfd, signal, raise).
 *
 * Checks print "ok N" or "FAIL N" (check.h); the exit status is the first failure.
 *
 * Not obvious: on i386 a plain handler and an SA_SIGINFO one get different frames
 * and return through different restorers, so each check that matters runs with both
 * kinds of handler. The two asynchronous checks take about a second in all (alarm's
 * unit is the second).
 */
#include <sysgate.h>

#include "check.h"
#include "signal_test.h"

static volatile int plain_count, plain_sig;
static volatile int info_count, info_signo, info_code, info_pid, info_had_context;

static void plain_handler(int sig) {
  plain_count++;
  plain_sig = sig;
}

static void info_handler(int sig, siginfo_t *info, void *ucontext) {
  info_count++;
  info_signo = info->si_signo == sig ? sig : -1;
  info_code = info->si_code;
  info_pid = info->si_pid;
  info_had_context = ucontext != NULL;
}

static int install(int sig, sighandler_t plain, int flags) {
  struct sigaction act = {.sa_handler = plain, .sa_flags = flags};
  return sigaction(sig, &act, NULL);
}

static int install_info(int sig, int flags) {
  struct sigaction act = {.sa_sigaction = info_handler, .sa_flags = SA_SIGINFO | flags};
  return sigaction(sig, &act, NULL);
}

static void handlers_return(void) {
  check(install(SIGUSR1, plain_handler, 0) == 0, "sigaction installs a plain handler");
  check(raise(SIGUSR1) == 0 && plain_count == 1 && plain_sig == SIGUSR1,
        "raise(SIGUSR1): the plain handler ran and returned");
  check(raise(SIGUSR1) == 0 && plain_count == 2, "and again: the handler stayed installed");
  check(install_info(SIGUSR2, 0) == 0, "sigaction installs an SA_SIGINFO handler");
  check(raise(SIGUSR2) == 0 && info_count == 1 && info_signo == SIGUSR2,
        "raise(SIGUSR2): the SA_SIGINFO handler ran with si_signo SIGUSR2 and returned");
  check(info_code == SI_TKILL && info_pid == getpid() && info_had_context,
        "si_code is SI_TKILL, si_pid is getpid(), the ucontext is there");

  struct sigaction old;
  check(sigaction(SIGUSR2, NULL, &old) == 0 && old.sa_sigaction == info_handler &&
            (old.sa_flags & (SA_SIGINFO | SA_RESTORER)) == (SA_SIGINFO | SA_RESTORER) &&
            old.sa_restorer == SYSGATE_ARCH_SA_RESTORER(SA_SIGINFO),
        "a query returns the handler, SA_SIGINFO and sysgate's restorer");
}

static void registers_survive(void) {
  /* Plain handler, asynchronous SIGALRM from alarm(2). */
  check(install(SIGALRM, probe_handler, 0) == 0 && alarm(1) == 0, "alarm(1) armed");
  unsigned long turns = probe_registers_across_signal();
  check(probe_signo == SIGALRM, "alarm delivered SIGALRM to the plain handler");
  check(turns > 1, "it arrived inside the loop, whose six registers came back intact");
  /* SA_SIGINFO handler, asynchronous SIGALRM from a 20 ms timer. */
  struct sigaction act = {.sa_sigaction = probe_info_handler, .sa_flags = SA_SIGINFO};
  probe_signo = 0;
  check(sigaction(SIGALRM, &act, NULL) == 0 && probe_timer_us(20000) == 0, "20 ms timer armed");
  turns = probe_registers_across_signal();
  check(probe_signo == SIGALRM && turns > 1,
        "SIGALRM to the SA_SIGINFO handler inside the loop: registers intact");
  check(alarm(0) == 0, "no alarm left");
}

static void alternate_stack(void) {
  stack_t ss = {.ss_sp = alt_stack, .ss_size = sizeof alt_stack}, old;
  check(sigaltstack(&ss, &old) == 0 && old.ss_flags == SS_DISABLE,
        "sigaltstack installs a stack; there was none");
  check(install(SIGUSR1, alt_handler, SA_ONSTACK) == 0 && raise(SIGUSR1) == 0 && alt_on_stack,
        "an SA_ONSTACK handler runs on the alternate stack");
  check(alt_flags == SS_ONSTACK && alt_eperm, "there it reads SS_ONSTACK and cannot change it");
  check(sigaltstack(NULL, &old) == 0 && old.ss_flags == 0 && old.ss_sp == alt_stack &&
            old.ss_size == sizeof alt_stack,
        "back outside: the stack is installed, not in use");
  ss.ss_flags = SS_DISABLE;
  check(sigaltstack(&ss, NULL) == 0, "SS_DISABLE removes it");
  ss.ss_flags = 0;
  ss.ss_size = MINSIGSTKSZ - 1;
  errno = 0;
  check(sigaltstack(&ss, NULL) == -1 && errno == ENOMEM, "a stack under MINSIGSTKSZ: ENOMEM");
}

static void blocking(void) {
  sigset_t usr1 = set_of(SIG_BIT(SIGUSR1)), old, pending;
  check(install(SIGUSR1, plain_handler, 0) == 0, "plain handler back on SIGUSR1");
  plain_count = 0;
  check(sigprocmask(SIG_BLOCK, &usr1, &old) == 0 && !sigismember(&old, SIGUSR1),
        "sigprocmask blocks SIGUSR1");
  check(raise(SIGUSR1) == 0 && plain_count == 0, "raised while blocked: not delivered");
  check(sigpending(&pending) == 0 && sigismember(&pending, SIGUSR1) == 1,
        "sigpending shows it pending");
  check(sigprocmask(SIG_UNBLOCK, &usr1, NULL) == 0 && plain_count == 1,
        "unblocking delivers it before sigprocmask returns");
  check(sigpending(&pending) == 0 && sigismember(&pending, SIGUSR1) == 0, "nothing pending now");

  /* sigsuspend: wait with SIGUSR1 unblocked, the old mask back afterwards. */
  sigset_t none;
  sigemptyset(&none);
  sigprocmask(SIG_BLOCK, &usr1, NULL);
  raise(SIGUSR1);
  errno = 0;
  check(sigsuspend(&none) == -1 && errno == EINTR && plain_count == 2,
        "sigsuspend returns -1 EINTR after the handler ran");
  check(sigprocmask(SIG_BLOCK, NULL, &old) == 0 && sigismember(&old, SIGUSR1) == 1,
        "and the mask is back: SIGUSR1 blocked");
}

static void waiting(void) {
  sigset_t usr1 = set_of(SIG_BIT(SIGUSR1)); /* still blocked from blocking() */
  struct timespec ten_ms = {.tv_sec = 0, .tv_nsec = 10000000};
  siginfo_t info;
  errno = 0;
  check(sigtimedwait(&usr1, &info, &ten_ms) == -1 && errno == EAGAIN,
        "sigtimedwait with nothing pending times out: EAGAIN");
  raise(SIGUSR1);
  check(sigtimedwait(&usr1, &info, &ten_ms) == SIGUSR1 && info.si_signo == SIGUSR1 &&
            info.si_code == SI_TKILL && info.si_pid == getpid(),
        "sigtimedwait takes a pending SIGUSR1, with its siginfo");
  raise(SIGUSR1);
  check(sigwaitinfo(&usr1, &info) == SIGUSR1 && info.si_signo == SIGUSR1, "so does sigwaitinfo");

  int fd = signalfd(-1, &usr1, SFD_CLOEXEC);
  check(fd >= 0, "signalfd(-1, {SIGUSR1}, SFD_CLOEXEC) gives a descriptor");
  raise(SIGUSR1);
  struct signalfd_siginfo record;
  check(read(fd, &record, sizeof record) == sizeof record && record.ssi_signo == SIGUSR1 &&
            record.ssi_code == SI_TKILL && record.ssi_pid == (uint32_t)getpid(),
        "reading it gives a signalfd_siginfo for SIGUSR1");
  close(fd);
  check(plain_count == 2, "none of them ran the handler");
  sigprocmask(SIG_UNBLOCK, &usr1, NULL);

  check(install(SIGALRM, plain_handler, 0) == 0 && probe_timer_us(20000) == 0, "timer armed");
  errno = 0;
  check(pause() == -1 && errno == EINTR && plain_sig == SIGALRM,
        "pause returns -1 EINTR once SIGALRM's handler ran");
}

static void bsd_signal(void) {
  plain_count = 0;
  check(signal(SIGUSR2, plain_handler) != SIG_ERR, "signal() installs a handler");
  raise(SIGUSR2);
  raise(SIGUSR2);
  check(plain_count == 2, "it runs for two deliveries: it stays installed");
  struct sigaction old;
  check(sigaction(SIGUSR2, NULL, &old) == 0 && (old.sa_flags & SA_RESTART) &&
            !(old.sa_flags & SA_RESETHAND),
        "with SA_RESTART and without SA_RESETHAND");
  check(signal(SIGUSR2, SIG_DFL) == plain_handler, "signal() returns the previous handler");
  errno = 0;
  check(signal(SIGKILL, plain_handler) == SIG_ERR && errno == EINVAL, "SIGKILL: SIG_ERR, EINVAL");
}

int main(void) {
  handlers_return();
  registers_survive();
  alternate_stack();
  blocking();
  waiting();
  bsd_signal();
  return check_status();
}
