/* sigsetops(3), sigaction(2) and signal(2) (sysgate/signal.h) without delivering a
 * signal, each against glibc on the same input (oracle_signal.c), plus the layouts of
 * siginfo_t, stack_t and signalfd_siginfo, the registers the kernel saw and the
 * restorers' bytes. Masks are test_signal_mask.c's, deliveries test_signal_delivery.c's.
 *
 * Not obvious: a disposition set by one side is read back by the other, because the
 * kernel holds one copy: that is what proves sysgate's conversion to the kernel's
 * struct sigaction. Where sysgate and glibc differ on purpose (signals 32 and 33,
 * SA_RESTORER on i386), the test says so and checks the difference itself.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "oracle.h"
#include "oracle_signal.h"
#include <sysgate.h>

#include "../nostdlib/signal_test.h"
#include "suite.h"

/* Every struct sigaction a query fills is initialized first: a failed cmocka
 * assertion does not return, but gcc does not know that and warns
 * maybe-uninitialized. */

/* glibc's threads library keeps these two; sysgate has none. */
#define GLIBC_INTERNAL (SIG_BIT(32) | SIG_BIT(33))

static void handler_a(int sig) {
  (void)sig;
}
static void handler_b(int sig, siginfo_t *info, void *ucontext) {
  (void)sig, (void)info, (void)ucontext;
}

/* --- layouts ----------------------------------------------------------------- */

static void test_layouts_match_glibc(void **state) {
  (void)state;
  unsigned long g[ORACLE_LAYOUT_COUNT];
  oracle_signal_layout(g);
#define SAME(index, ours) assert_int_equal((ours), g[index])
  SAME(ORACLE_SI_SIZE, sizeof(siginfo_t));
  SAME(ORACLE_SI_SIGNO, offsetof(siginfo_t, si_signo));
  SAME(ORACLE_SI_ERRNO, offsetof(siginfo_t, si_errno));
  SAME(ORACLE_SI_CODE, offsetof(siginfo_t, si_code));
  SAME(ORACLE_SI_PID, offsetof(siginfo_t, si_pid));
  SAME(ORACLE_SI_UID, offsetof(siginfo_t, si_uid));
  SAME(ORACLE_SI_STATUS, offsetof(siginfo_t, si_status));
  SAME(ORACLE_SI_UTIME, offsetof(siginfo_t, si_utime));
  SAME(ORACLE_SI_STIME, offsetof(siginfo_t, si_stime));
  SAME(ORACLE_SI_VALUE, offsetof(siginfo_t, si_value));
  SAME(ORACLE_SI_TIMERID, offsetof(siginfo_t, si_timerid));
  SAME(ORACLE_SI_OVERRUN, offsetof(siginfo_t, si_overrun));
  SAME(ORACLE_SI_ADDR, offsetof(siginfo_t, si_addr));
  SAME(ORACLE_SI_ADDR_LSB, offsetof(siginfo_t, si_addr_lsb));
  SAME(ORACLE_SI_LOWER, offsetof(siginfo_t, si_lower));
  SAME(ORACLE_SI_UPPER, offsetof(siginfo_t, si_upper));
  SAME(ORACLE_SI_PKEY, offsetof(siginfo_t, si_pkey));
  SAME(ORACLE_SI_BAND, offsetof(siginfo_t, si_band));
  SAME(ORACLE_SI_FD, offsetof(siginfo_t, si_fd));
  SAME(ORACLE_SI_CALL_ADDR, offsetof(siginfo_t, si_call_addr));
  SAME(ORACLE_SI_SYSCALL, offsetof(siginfo_t, si_syscall));
  SAME(ORACLE_SI_ARCH, offsetof(siginfo_t, si_arch));
  SAME(ORACLE_SS_SIZE, sizeof(stack_t));
  SAME(ORACLE_SS_SP, offsetof(stack_t, ss_sp));
  SAME(ORACLE_SS_FLAGS, offsetof(stack_t, ss_flags));
  SAME(ORACLE_SS_SS_SIZE, offsetof(stack_t, ss_size));
  SAME(ORACLE_SFD_SIZE, sizeof(struct signalfd_siginfo));
  SAME(ORACLE_SFD_SIGNO, offsetof(struct signalfd_siginfo, ssi_signo));
  SAME(ORACLE_SFD_CODE, offsetof(struct signalfd_siginfo, ssi_code));
  SAME(ORACLE_SFD_PID, offsetof(struct signalfd_siginfo, ssi_pid));
  SAME(ORACLE_SFD_UID, offsetof(struct signalfd_siginfo, ssi_uid));
  SAME(ORACLE_SFD_STATUS, offsetof(struct signalfd_siginfo, ssi_status));
  SAME(ORACLE_SFD_PTR, offsetof(struct signalfd_siginfo, ssi_ptr));
  SAME(ORACLE_SFD_ADDR, offsetof(struct signalfd_siginfo, ssi_addr));
  SAME(ORACLE_SFD_ADDR_LSB, offsetof(struct signalfd_siginfo, ssi_addr_lsb));
  SAME(ORACLE_SFD_SYSCALL, offsetof(struct signalfd_siginfo, ssi_syscall));
  SAME(ORACLE_SFD_CALL_ADDR, offsetof(struct signalfd_siginfo, ssi_call_addr));
  SAME(ORACLE_SFD_ARCH, offsetof(struct signalfd_siginfo, ssi_arch));
#undef SAME
  /* The kernel's set, not glibc's 128 bytes: what rt_sig* calls are told. */
  assert_int_equal(sizeof(sigset_t), 8);
}

/* --- sigsetops ----------------------------------------------------------------- */

/* Every operation on every number from -1 to 66, and two extremes, from the same
 * starting set: the same result, errno and set as glibc, but for 32 and 33. */
static void test_sigsetops_match_glibc(void **state) {
  (void)state;
  static const int extremes[] = {-2147483647 - 1, 2147483647};
  const unsigned long long start =
      SIG_BIT(SIGHUP) | SIG_BIT(SIGUSR1) | SIG_BIT(31) | SIG_BIT(40) | SIG_BIT(64);
  for (int op = ORACLE_EMPTY; op <= ORACLE_ISMEMBER; op++) {
    for (int i = -1; i <= 66 + 2; i++) {
      int sig = i <= 66 ? i : extremes[i - 67];
      sigset_t ours = set_of(start);
      unsigned long long theirs = start;
      int r, e, g, ge;
      errno = SUITE_ERRNO_CANARY;
      switch (op) {
      case ORACLE_EMPTY:
        r = sigemptyset(&ours);
        break;
      case ORACLE_FILL:
        r = sigfillset(&ours);
        break;
      case ORACLE_ADD:
        r = sigaddset(&ours, sig);
        break;
      case ORACLE_DEL:
        r = sigdelset(&ours, sig);
        break;
      default:
        r = sigismember(&ours, sig);
        break;
      }
      e = errno;
      g = oracle_sigset_op((enum oracle_sigset_op)op, &theirs, sig, &ge);
      if ((op == ORACLE_ADD || op == ORACLE_DEL) && (sig == 32 || sig == 33)) {
        /* glibc refuses them; sysgate treats them like any real-time signal. */
        assert_int_equal(g, -1);
        assert_int_equal(ge, EINVAL);
        assert_int_equal(r, 0);
        assert_int_equal(e, SUITE_ERRNO_CANARY);
        assert_true(mask_of(&ours) ==
                    (op == ORACLE_ADD ? start | SIG_BIT(sig) : start & ~SIG_BIT(sig)));
        continue;
      }
      if (op == ORACLE_FILL) {
        /* glibc leaves its two out of a full set; sysgate fills all 64. */
        assert_true(theirs == ~GLIBC_INTERNAL);
        theirs = ~0ULL;
      }
      assert_int_equal(r, g);
      assert_true(mask_of(&ours) == theirs);
      assert_int_equal(e, r == -1 ? ge : SUITE_ERRNO_CANARY);
      if (r == -1)
        assert_int_equal(e, EINVAL);
    }
  }
}

static void test_sigsetops_null_set(void **state) {
  (void)state;
  unsigned long long *null = NULL;
  int ge;
  errno = 0;
  assert_int_equal(sigemptyset(NULL), -1);
  assert_int_equal(errno, EINVAL);
  assert_int_equal(oracle_sigset_op(ORACLE_EMPTY, null, 1, &ge), -1);
  assert_int_equal(ge, EINVAL);
  errno = 0;
  assert_int_equal(sigfillset(NULL), -1);
  assert_int_equal(errno, EINVAL);
  errno = 0;
  assert_int_equal(sigaddset(NULL, SIGINT), -1);
  assert_int_equal(errno, EINVAL);
  errno = 0;
  assert_int_equal(sigismember(NULL, SIGINT), -1);
  assert_int_equal(errno, EINVAL);
  assert_int_equal(oracle_sigset_op(ORACLE_ISMEMBER, null, SIGINT, &ge), -1);
  assert_int_equal(ge, EINVAL);
}

/* --- sigaction, signal --------------------------------------------------------- */

/* What this arch's kernel is told about flags f: plus SA_RESTORER, which glibc
 * reports on x86_64 (it installs its own restorer) and not on i386 (it leaves the
 * kernel to use the vDSO's). */
#define WITHOUT_RESTORER(flags) ((flags) & ~SA_RESTORER)

static void test_sigaction_glibc_reads_ours(void **state) {
  (void)state;
  struct sigaction saved = {.sa_flags = 0}, act = {.sa_handler = handler_a};
  int flag_sets[] = {SA_RESTART | SA_NODEFER, (int)SA_RESETHAND | SA_ONSTACK,
                     SA_SIGINFO | SA_NOCLDSTOP};
  assert_int_equal(sigaction(SIGUSR1, NULL, &saved), 0);
  for (unsigned i = 0; i < sizeof flag_sets / sizeof flag_sets[0]; i++) {
    int flags = flag_sets[i], ge;
    act.sa_flags = flags;
    act.sa_mask = set_of(SIG_BIT(SIGUSR2) | SIG_BIT(SIGRTMIN + 5) | SIG_BIT(SIGRTMAX));
    errno = SUITE_ERRNO_CANARY;
    assert_int_equal(sigaction(SIGUSR1, &act, NULL), 0);
    assert_int_equal(errno, SUITE_ERRNO_CANARY);
    struct oracle_sigaction g;
    assert_int_equal(oracle_sigaction(SIGUSR1, NULL, &g, &ge), 0);
    assert_ptr_equal(g.handler, (void *)handler_a);
    /* SA_RESETHAND is bit 31: it must arrive, not be lost to a sign extension. */
    assert_int_equal(g.flags, flags | SA_RESTORER);
    assert_true(g.mask == (SIG_BIT(SIGUSR2) | SIG_BIT(SIGRTMIN + 5) | SIG_BIT(SIGRTMAX)));
    assert_ptr_equal(g.restorer, (void *)SYSGATE_ARCH_SA_RESTORER(flags));
    /* And sysgate reads back what it wrote. */
    struct sigaction back = {.sa_flags = 0};
    assert_int_equal(sigaction(SIGUSR1, NULL, &back), 0);
    assert_ptr_equal((void *)back.sa_handler, (void *)handler_a);
    assert_int_equal(back.sa_flags, flags | SA_RESTORER);
    assert_true(mask_of(&back.sa_mask) == g.mask);
    assert_ptr_equal((void *)back.sa_restorer, g.restorer);
  }
  assert_int_equal(sigaction(SIGUSR1, &saved, NULL), 0);
}

static void test_sigaction_reads_glibcs(void **state) {
  (void)state;
  struct oracle_sigaction saved, g = {.handler = (void *)handler_b,
                                      .flags = SA_SIGINFO | SA_RESTART,
                                      .mask = SIG_BIT(SIGINT) | SIG_BIT(SIGRTMIN + 2)};
  int ge;
  assert_int_equal(oracle_sigaction(SIGUSR2, &g, &saved, &ge), 0);
  struct sigaction ours = {.sa_flags = 0};
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(sigaction(SIGUSR2, NULL, &ours), 0);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  assert_ptr_equal((void *)ours.sa_sigaction, (void *)handler_b);
  assert_int_equal(WITHOUT_RESTORER(ours.sa_flags), SA_SIGINFO | SA_RESTART);
  assert_true(mask_of(&ours.sa_mask) == g.mask);
  struct oracle_sigaction now;
  assert_int_equal(oracle_sigaction(SIGUSR2, NULL, &now, &ge), 0);
  assert_int_equal(ours.sa_flags, now.flags); /* SA_RESTORER as glibc left it */
  assert_ptr_equal((void *)ours.sa_restorer, now.restorer);
  assert_int_equal(oracle_sigaction(SIGUSR2, &saved, NULL, &ge), 0);
}

static void test_sigaction_errors(void **state) {
  (void)state;
  static const int bad[] = {0, -1, 65, 1000, SIGKILL, SIGSTOP};
  struct sigaction act = {.sa_handler = handler_a};
  struct oracle_sigaction g = {.handler = (void *)handler_a};
  for (unsigned i = 0; i < sizeof bad / sizeof bad[0]; i++) {
    ORACLE_BOTH_FAIL(EINVAL, sigaction(bad[i], &act, NULL), oracle_sigaction, bad[i], &g, NULL);
  }
  /* A bad number fails before the action is read, as in glibc (which checks the
   * number first too): no fault from an unmapped act. */
  errno = 0;
  assert_int_equal(sigaction(0, ORACLE_BAD_PTR, NULL), -1);
  assert_int_equal(errno, EINVAL);
  assert_int_equal(sys_sigaction(65, ORACLE_BAD_PTR, NULL), -EINVAL);
  /* Reading SIGKILL's disposition is allowed; only changing it is not. */
  struct sigaction old = {.sa_flags = 0};
  struct oracle_sigaction gold;
  int ge;
  assert_int_equal(sigaction(SIGKILL, NULL, &old), 0);
  assert_int_equal(oracle_sigaction(SIGKILL, NULL, &gold, &ge), 0);
  assert_ptr_equal((void *)old.sa_handler, gold.handler);
  /* Signal 32: glibc refuses it (its threads library's), sysgate passes it on. */
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(sigaction(32, NULL, &old), 0);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  assert_int_equal(oracle_sigaction(32, NULL, &gold, &ge), -1);
  assert_int_equal(ge, EINVAL);
}

static void test_sys_sigaction(void **state) {
  (void)state;
  struct sigaction act = {.sa_handler = SIG_IGN}, old;
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(sys_sigaction(0, &act, NULL), -EINVAL);
  assert_int_equal(sys_sigaction(SIGKILL, &act, NULL), -EINVAL);
  assert_int_equal(sys_sigaction(SIGUSR1, NULL, &old), 0);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
}

static void call_sigaction(void *arg) {
  (void)arg;
  struct sigaction act = {.sa_handler = SIG_IGN};
  sigaction(SIGUSR1, &act, NULL);
}

static void test_sigaction_registers(void **state) {
  (void)state;
  struct oracle_syscall seen = suite_trace(call_sigaction, NULL, SYS_rt_sigaction);
  assert_true(seen.args[0] == SIGUSR1);
  assert_true(seen.args[1] != 0 && seen.args[2] == 0);
  assert_true(seen.args[3] == sizeof(sigset_t));
  assert_true(seen.ret == 0);
}

static void test_signal_matches_glibc(void **state) {
  (void)state;
  struct sigaction saved1 = {.sa_flags = 0}, saved2 = {.sa_flags = 0}, ours = {.sa_flags = 0};
  struct oracle_sigaction g;
  int ge;
  assert_int_equal(sigaction(SIGUSR1, NULL, &saved1), 0);
  assert_int_equal(sigaction(SIGUSR2, NULL, &saved2), 0);
  errno = SUITE_ERRNO_CANARY;
  assert_ptr_equal((void *)signal(SIGUSR1, handler_a), (void *)saved1.sa_handler);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  assert_ptr_equal(oracle_signal(SIGUSR2, (void *)handler_a, &ge), (void *)saved2.sa_handler);
  /* The same disposition either way: restart, stay, block the signal itself. */
  assert_int_equal(oracle_sigaction(SIGUSR1, NULL, &g, &ge), 0);
  assert_int_equal(sigaction(SIGUSR2, NULL, &ours), 0);
  assert_int_equal(WITHOUT_RESTORER(g.flags), SA_RESTART);
  assert_int_equal(WITHOUT_RESTORER(ours.sa_flags), SA_RESTART);
  assert_true(g.mask == SIG_BIT(SIGUSR1));
  assert_true(mask_of(&ours.sa_mask) == SIG_BIT(SIGUSR2));
  /* The previous handler comes back, from both. */
  assert_ptr_equal((void *)signal(SIGUSR2, SIG_DFL), (void *)handler_a);
  assert_ptr_equal(oracle_signal(SIGUSR1, (void *)SIG_DFL, &ge), (void *)handler_a);
  assert_int_equal(sigaction(SIGUSR1, &saved1, NULL), 0);
  assert_int_equal(sigaction(SIGUSR2, &saved2, NULL), 0);
}

static void test_signal_errors(void **state) {
  (void)state;
  struct {
    int sig;
    sighandler_t handler;
  } bad[] = {{SIGKILL, handler_a}, {SIGSTOP, SIG_IGN}, {0, handler_a},
             {65, handler_a},      {-3, SIG_DFL},      {SIGUSR1, SIG_ERR}};
  for (unsigned i = 0; i < sizeof bad / sizeof bad[0]; i++) {
    int ge;
    errno = 0;
    assert_ptr_equal((void *)signal(bad[i].sig, bad[i].handler), (void *)SIG_ERR);
    int e = errno;
    assert_ptr_equal(oracle_signal(bad[i].sig, (void *)bad[i].handler, &ge), (void *)SIG_ERR);
    assert_int_equal(e, EINVAL);
    assert_int_equal(ge, EINVAL);
  }
}

/* --- restorers --------------------------------------------------------------------------- */

/* The bytes unwinders (libgcc's linux-unwind.h, gdb) match to recognize a signal
 * frame, after a nop. */
/* The restorer's first byte, and the nop before it. An integer detour: to the
 * compiler a function is no array of bytes. */
static const unsigned char *restorer_bytes(void (*restorer)(void)) {
  return (const unsigned char *)((uintptr_t)restorer - 1);
}

/* The bytes unwinders (libgcc's linux-unwind.h, gdb) match to recognize a signal
 * frame, after a nop. */
static void test_restorer_bytes(void **state) {
  (void)state;
  static const unsigned char x86_64_rt[] = {0x90, 0x48, 0xc7, 0xc0, SYS_rt_sigreturn,
                                            0,    0,    0,    0x0f, 0x05};
  static const unsigned char i386_rt[] = {0x90, 0xb8, SYS_rt_sigreturn, 0, 0, 0, 0xcd, 0x80};
  /* The plain-handler one first pops the signal number; 119 is i386's sigreturn. */
  static const unsigned char i386_plain[] = {0x90, 0x58, 0xb8, 119, 0, 0, 0, 0xcd, 0x80};
  const unsigned char *rt = restorer_bytes(SYSGATE_ARCH_SA_RESTORER(SA_SIGINFO));
  const unsigned char *plain = restorer_bytes(SYSGATE_ARCH_SA_RESTORER(0));
  if (SUITE_I386) {
    assert_memory_equal(rt, i386_rt, sizeof i386_rt);
    assert_memory_equal(plain, i386_plain, sizeof i386_plain);
  } else {
    assert_memory_equal(rt, x86_64_rt, sizeof x86_64_rt);
    assert_ptr_equal(plain, rt); /* one restorer for both kinds */
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_layouts_match_glibc),
      cmocka_unit_test(test_sigsetops_match_glibc),
      cmocka_unit_test(test_sigsetops_null_set),
      cmocka_unit_test(test_sigaction_glibc_reads_ours),
      cmocka_unit_test(test_sigaction_reads_glibcs),
      cmocka_unit_test(test_sigaction_errors),
      cmocka_unit_test(test_sys_sigaction),
      cmocka_unit_test(test_sigaction_registers),
      cmocka_unit_test(test_signal_matches_glibc),
      cmocka_unit_test(test_signal_errors),
      cmocka_unit_test(test_restorer_bytes),
  };
  return cmocka_run_group_tests(tests, NULL, suite_teardown);
}
