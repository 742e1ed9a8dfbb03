/* Signals delivered to handlers that sysgate's sigaction(2) installed, in a glibc
 * process: plain and SA_SIGINFO handlers return through sysgate's restorers, with
 * the interrupted code's registers intact, on the alternate stack when asked; and
 * sigprocmask(2), sigpending(2), sigsuspend(2), sigtimedwait(2), sigwaitinfo(2),
 * signalfd(2), signal(2), pause(2) and alarm(2) around real deliveries, compared
 * with glibc's calls on the same process state.
 *
 * Not obvious: every test runs in a child (oracle_child_status), because it
 * changes dispositions, the mask and pending signals, which cmocka's own process
 * must keep. A child cannot use cmocka's assertions (a failure would jump back
 * into a copy of the runner), so it checks with CHILD_CHECK, which names the
 * failed line on stderr and exits 1. signal_test.h is shared with the -nostdlib
 * program: the register probe runs in both worlds.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "oracle.h"
#include "oracle_proc.h" /* oracle_getuid */
#include "oracle_signal.h"
#include <sysgate.h>

#include "../nostdlib/signal_test.h"
#include "suite.h"

static _Noreturn void child_fail(int line, const char *what) {
  print_error("child: check at line %d failed: %s\n", line, what);
  _exit(1);
}
#define CHILD_CHECK(c) ((c) ? (void)0 : child_fail(__LINE__, #c))

/* test_<name>: runs child_<name> in a child, which must exit 0. */
#define CHILD_TEST(name)                                                                           \
  static void test_##name(void **state) {                                                          \
    (void)state;                                                                                   \
    assert_int_equal(oracle_child_status(child_##name, NULL), 0);                                  \
  }

/* What the handlers saw. */
static volatile int plain_count, plain_sig, info_count;
static volatile struct {
  int signo, code, pid;
  unsigned int uid;
  int had_context;
} seen;
static volatile unsigned long long mask_in_handler;

static void plain_handler(int sig) {
  plain_count++;
  plain_sig = sig;
  sigset_t now;
  sigprocmask(SIG_BLOCK, NULL, &now);
  mask_in_handler = mask_of(&now);
}

static void info_handler(int sig, siginfo_t *info, void *ucontext) {
  info_count++;
  seen.signo = info->si_signo == sig ? sig : -1;
  seen.code = info->si_code;
  seen.pid = info->si_pid;
  seen.uid = info->si_uid;
  seen.had_context = ucontext != NULL;
}

static int install(int sig, sighandler_t handler, int flags, unsigned long long mask) {
  struct sigaction act = {.sa_handler = handler, .sa_flags = flags};
  for (int s = 1; s <= SIGRTMAX; s++)
    if (mask & SIG_BIT(s))
      sigaddset(&act.sa_mask, s);
  return sigaction(sig, &act, NULL);
}

static int install_info(int sig) {
  struct sigaction act = {.sa_sigaction = info_handler, .sa_flags = SA_SIGINFO};
  return sigaction(sig, &act, NULL);
}

/* --- handlers return ---------------------------------------------------------- */

static void child_plain_handler_returns(void *arg) {
  (void)arg;
  CHILD_CHECK(install(SIGUSR1, plain_handler, 0, SIG_BIT(SIGRTMIN + 1)) == 0);
  errno = SUITE_ERRNO_CANARY;
  CHILD_CHECK(raise(SIGUSR1) == 0);
  CHILD_CHECK(plain_count == 1 && plain_sig == SIGUSR1);
  CHILD_CHECK(errno == SUITE_ERRNO_CANARY);
  /* While it ran: its own signal and sa_mask blocked; afterwards neither. */
  CHILD_CHECK(mask_in_handler == (SIG_BIT(SIGUSR1) | SIG_BIT(SIGRTMIN + 1)));
  sigset_t now;
  CHILD_CHECK(sigprocmask(SIG_BLOCK, NULL, &now) == 0 && mask_of(&now) == 0);
  /* glibc's raise reaches the same handler. */
  int ge;
  CHILD_CHECK(oracle_raise(SIGUSR1, &ge) == 0 && plain_count == 2);
  _exit(0);
}

CHILD_TEST(plain_handler_returns)

/* The same fields whoever raised it: sysgate's raise and glibc's both use tgkill. */
static void child_siginfo_handler_returns(void *arg) {
  (void)arg;
  CHILD_CHECK(install_info(SIGUSR2) == 0);
  CHILD_CHECK(raise(SIGUSR2) == 0 && info_count == 1);
  CHILD_CHECK(seen.signo == SIGUSR2 && seen.code == SI_TKILL && seen.had_context);
  CHILD_CHECK(seen.pid == oracle_getpid() && seen.uid == oracle_getuid());
  int ge;
  seen.signo = seen.code = seen.pid = 0;
  CHILD_CHECK(oracle_raise(SIGUSR2, &ge) == 0 && info_count == 2);
  CHILD_CHECK(seen.signo == SIGUSR2 && seen.code == SI_TKILL && seen.pid == oracle_getpid());
  _exit(0);
}

CHILD_TEST(siginfo_handler_returns)

/* Asynchronous signals in the middle of a loop: alarm(2) for a plain handler, a
 * 20 ms timer for an SA_SIGINFO one (on i386 the two return differently). */
static void child_registers_survive_async_signals(void *arg) {
  (void)arg;
  CHILD_CHECK(install(SIGALRM, probe_handler, 0, 0) == 0);
  CHILD_CHECK(alarm(1) == 0);
  CHILD_CHECK(probe_registers_across_signal() > 1 && probe_signo == SIGALRM);
  struct sigaction act = {.sa_sigaction = probe_info_handler, .sa_flags = SA_SIGINFO};
  probe_signo = 0;
  CHILD_CHECK(sigaction(SIGALRM, &act, NULL) == 0 && probe_timer_us(20000) == 0);
  CHILD_CHECK(probe_registers_across_signal() > 1 && probe_signo == SIGALRM);
  _exit(0);
}

CHILD_TEST(registers_survive_async_signals)

/* A backtrace taken inside a handler: libgcc must recognize sysgate's restorer
 * as a signal frame (by its bytes; it has no unwind table) and step past it to
 * the interrupted code. */
static void **restorer_expected;
static volatile int bt_found, bt_continues, bt_count;

static void backtrace_handler(int sig) {
  (void)sig;
  void *addrs[32];
  int n = oracle_backtrace(addrs, 32);
  bt_count = n;
  for (int i = 0; i < n; i++)
    if (addrs[i] == (void *)restorer_expected) {
      bt_found = 1;
      bt_continues = i + 1 < n && addrs[i + 1] != NULL;
    }
}

static void backtrace_info_handler(int sig, siginfo_t *info, void *ucontext) {
  (void)info, (void)ucontext;
  backtrace_handler(sig);
}

static void child_backtrace(void *arg) {
  int info = arg != NULL;
  struct sigaction act = {.sa_handler = backtrace_handler};
  if (info) {
    act.sa_sigaction = backtrace_info_handler;
    act.sa_flags = SA_SIGINFO;
  }
  restorer_expected = (void **)SYSGATE_ARCH_SA_RESTORER(act.sa_flags);
  CHILD_CHECK(sigaction(SIGUSR1, &act, NULL) == 0 && raise(SIGUSR1) == 0);
  if (!bt_found)
    _exit(77); /* the handler's own frame could not be unwound */
  CHILD_CHECK(bt_continues);
  _exit(0);
}

static void test_backtrace_through_restorer(void **state) {
  (void)state;
  for (int info = 0; info <= 1; info++) {
    int status = oracle_child_status(child_backtrace, info ? (void *)1 : NULL);
    if (status == 77)
      SKIP_BECAUSE("backtrace(3) could not unwind the handler's own frame");
    assert_int_equal(status, 0);
  }
}

/* --- alternate stack ------------------------------------------------------------ */

static volatile int glibc_eperm;

/* glibc's sigaltstack, on the stack in use, is refused too. */
static void glibc_alt_handler(int sig) {
  (void)sig;
  struct oracle_stack other = {.sp = alt_stack, .size = sizeof alt_stack};
  int ge;
  glibc_eperm = oracle_sigaltstack(&other, NULL, &ge) == -1 && ge == EPERM;
}

static void child_altstack_handler(void *arg) {
  (void)arg;
  stack_t ss = {.ss_sp = alt_stack, .ss_size = sizeof alt_stack};
  CHILD_CHECK(sigaltstack(&ss, NULL) == 0);
  CHILD_CHECK(install(SIGUSR1, alt_handler, SA_ONSTACK, 0) == 0 && raise(SIGUSR1) == 0);
  CHILD_CHECK(alt_on_stack && alt_flags == SS_ONSTACK && alt_eperm);
  CHILD_CHECK(install(SIGUSR1, glibc_alt_handler, SA_ONSTACK, 0) == 0 && raise(SIGUSR1) == 0);
  CHILD_CHECK(glibc_eperm);
  /* Without SA_ONSTACK the same handler stays on the normal stack. */
  CHILD_CHECK(install(SIGUSR1, alt_handler, 0, 0) == 0 && raise(SIGUSR1) == 0);
  CHILD_CHECK(!alt_on_stack && alt_flags == 0);
  _exit(0);
}
CHILD_TEST(altstack_handler)

/* --- blocking, pending, waiting -------------------------------------------------- */

static void child_block_pending_unblock(void *arg) {
  (void)arg;
  sigset_t usr1 = set_of(SIG_BIT(SIGUSR1)), old, pending;
  unsigned long long g;
  int ge;
  CHILD_CHECK(install(SIGUSR1, plain_handler, 0, 0) == 0);
  CHILD_CHECK(sigprocmask(SIG_BLOCK, &usr1, &old) == 0 && mask_of(&old) == 0);
  CHILD_CHECK(raise(SIGUSR1) == 0 && plain_count == 0);
  errno = SUITE_ERRNO_CANARY;
  CHILD_CHECK(sigpending(&pending) == 0 && mask_of(&pending) == SIG_BIT(SIGUSR1));
  CHILD_CHECK(errno == SUITE_ERRNO_CANARY);
  CHILD_CHECK(oracle_sigpending(&g, &ge) == 0 && g == SIG_BIT(SIGUSR1));
  /* Pending twice is still one standard signal. */
  CHILD_CHECK(raise(SIGUSR1) == 0 && sigpending(&pending) == 0 && mask_of(&pending) == g);
  CHILD_CHECK(sigprocmask(SIG_UNBLOCK, &usr1, &old) == 0 && plain_count == 1);
  CHILD_CHECK(mask_of(&old) == SIG_BIT(SIGUSR1));
  CHILD_CHECK(sigpending(&pending) == 0 && mask_of(&pending) == 0);
  CHILD_CHECK(oracle_sigpending(&g, &ge) == 0 && g == 0);
  _exit(0);
}

CHILD_TEST(block_pending_unblock)

static void child_sigsuspend(void *arg) {
  (void)arg;
  sigset_t usr1 = set_of(SIG_BIT(SIGUSR1)), none, now;
  sigemptyset(&none);
  unsigned long long g_none = 0;
  int ge;
  CHILD_CHECK(install(SIGUSR1, plain_handler, 0, 0) == 0);
  CHILD_CHECK(sigprocmask(SIG_BLOCK, &usr1, NULL) == 0 && raise(SIGUSR1) == 0);
  errno = 0;
  CHILD_CHECK(sigsuspend(&none) == -1 && errno == EINTR && plain_count == 1);
  /* During the wait the mask was sigsuspend's (empty, so the handler's own signal
   * only); afterwards the old one is back. */
  CHILD_CHECK(mask_in_handler == SIG_BIT(SIGUSR1));
  CHILD_CHECK(sigprocmask(SIG_BLOCK, NULL, &now) == 0 && mask_of(&now) == SIG_BIT(SIGUSR1));
  /* glibc's sigsuspend, same state, same result. */
  CHILD_CHECK(raise(SIGUSR1) == 0);
  CHILD_CHECK(oracle_sigsuspend(&g_none, &ge) == -1 && ge == EINTR && plain_count == 2);
  _exit(0);
}

CHILD_TEST(sigsuspend)

/* sigtimedwait and sigwaitinfo take a pending signal without a handler. Not
 * glibc's: glibc reports raise()'s SI_TKILL as SI_USER here (signal.h). */
static void child_sigtimedwait_takes_pending(void *arg) {
  (void)arg;
  sigset_t usr1 = set_of(SIG_BIT(SIGUSR1));
  struct timespec zero = {.tv_sec = 0, .tv_nsec = 0};
  siginfo_t info;
  struct oracle_sigwait_info g;
  int ge;
  CHILD_CHECK(install(SIGUSR1, plain_handler, 0, 0) == 0);
  CHILD_CHECK(sigprocmask(SIG_BLOCK, &usr1, NULL) == 0 && raise(SIGUSR1) == 0);
  errno = SUITE_ERRNO_CANARY;
  CHILD_CHECK(sigtimedwait(&usr1, &info, &zero) == SIGUSR1);
  CHILD_CHECK(errno == SUITE_ERRNO_CANARY);
  CHILD_CHECK(info.si_signo == SIGUSR1 && info.si_code == SI_TKILL);
  CHILD_CHECK(info.si_pid == oracle_getpid() && info.si_uid == oracle_getuid());
  CHILD_CHECK(raise(SIGUSR1) == 0);
  CHILD_CHECK(oracle_sigtimedwait(SIG_BIT(SIGUSR1), &g, 0, 0, &ge) == SIGUSR1);
  CHILD_CHECK(g.signo == info.si_signo && g.pid == info.si_pid && (int)g.uid == (int)info.si_uid);
  CHILD_CHECK(g.code == SI_USER || g.code == SI_TKILL);
  /* Taken, so gone: a zero timeout now finds nothing, for both. */
  errno = 0;
  CHILD_CHECK(sigtimedwait(&usr1, &info, &zero) == -1 && errno == EAGAIN);
  CHILD_CHECK(oracle_sigtimedwait(SIG_BIT(SIGUSR1), &g, 0, 0, &ge) == -1 && ge == EAGAIN);
  CHILD_CHECK(raise(SIGUSR1) == 0);
  CHILD_CHECK(sigwaitinfo(&usr1, &info) == SIGUSR1 && info.si_signo == SIGUSR1);
  CHILD_CHECK(plain_count == 0);
  _exit(0);
}

CHILD_TEST(sigtimedwait_takes_pending)

static void child_signalfd_reads_signal(void *arg) {
  (void)arg;
  sigset_t usr1 = set_of(SIG_BIT(SIGUSR1));
  CHILD_CHECK(sigprocmask(SIG_BLOCK, &usr1, NULL) == 0);
  int fd = signalfd(-1, &usr1, SFD_CLOEXEC);
  CHILD_CHECK(fd >= 0);
  CHILD_CHECK(raise(SIGUSR1) == 0);
  struct signalfd_siginfo record;
  CHILD_CHECK(read(fd, &record, sizeof record) == sizeof record);
  CHILD_CHECK(record.ssi_signo == SIGUSR1 && record.ssi_code == SI_TKILL);
  CHILD_CHECK((int)record.ssi_pid == oracle_getpid() && record.ssi_uid == oracle_getuid());
  /* glibc's reading of the same kind of record agrees. */
  struct oracle_sigwait_info g;
  CHILD_CHECK(raise(SIGUSR1) == 0 && oracle_signalfd_read(fd, &g) == sizeof record);
  CHILD_CHECK(g.signo == SIGUSR1 && g.code == SI_TKILL && g.pid == oracle_getpid());
  CHILD_CHECK(close(fd) == 0);
  _exit(0);
}

CHILD_TEST(signalfd_reads_signal)

/* --- signal, pause, alarm -------------------------------------------------------- */

static void child_signal_handler_persists(void *arg) {
  (void)arg;
  CHILD_CHECK(signal(SIGUSR2, plain_handler) == SIG_DFL);
  CHILD_CHECK(raise(SIGUSR2) == 0 && raise(SIGUSR2) == 0 && plain_count == 2);
  CHILD_CHECK(mask_in_handler == SIG_BIT(SIGUSR2));
  /* SIG_IGN: raised, and nothing happens. */
  CHILD_CHECK(signal(SIGUSR2, SIG_IGN) == plain_handler);
  CHILD_CHECK(raise(SIGUSR2) == 0 && plain_count == 2);
  _exit(0);
}

CHILD_TEST(signal_handler_persists)

static void child_pause_returns_after_handler(void *arg) {
  (void)arg;
  CHILD_CHECK(install(SIGALRM, plain_handler, 0, 0) == 0 && probe_timer_us(20000) == 0);
  errno = 0;
  CHILD_CHECK(pause() == -1 && errno == EINTR);
  CHILD_CHECK(plain_count == 1 && plain_sig == SIGALRM);
  _exit(0);
}

CHILD_TEST(pause_returns_after_handler)

/* Unhandled, SIGALRM ends the process: alarm armed it, nothing else did. */
static void child_alarm_kills(void *arg) {
  (void)arg;
  alarm(1);
  for (;;)
    pause();
}

static void test_alarm_default_action(void **state) {
  (void)state;
  /* -1: the child did not exit normally, it was killed. */
  assert_int_equal(oracle_child_status(child_alarm_kills, NULL), -1);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_plain_handler_returns),
      cmocka_unit_test(test_siginfo_handler_returns),
      cmocka_unit_test(test_registers_survive_async_signals),
      cmocka_unit_test(test_backtrace_through_restorer),
      cmocka_unit_test(test_altstack_handler),
      cmocka_unit_test(test_block_pending_unblock),
      cmocka_unit_test(test_sigsuspend),
      cmocka_unit_test(test_sigtimedwait_takes_pending),
      cmocka_unit_test(test_signalfd_reads_signal),
      cmocka_unit_test(test_signal_handler_persists),
      cmocka_unit_test(test_pause_returns_after_handler),
      cmocka_unit_test(test_alarm_default_action),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
