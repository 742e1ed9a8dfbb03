/* signal_test.h: what the signal tests share (the -nostdlib program
 * signal_delivery.c, the hosted suites test_signal*.c):
 * sets as 64-bit masks, an alternate-stack handler, a timer, and the register
 * probe, a loop that counts in one register, with known values in five more, until
 * a signal handler sets a flag. If the kernel's frame or sysgate's restorer lost
 * anything, the loop comes back with a changed register or never comes back.
 *
 * Not obvious: the probe's flag is a local, which the asm reads as a stack operand,
 * because i386 with -fPIC and a frame pointer has no seventh register for its
 * address; the handler reaches it through probe_flag. A count of 1 would mean the
 * signal came before the loop, not during it. Each turn pauses (the `pause` hint):
 * a bare loop makes about 2^31 turns in alarm's one second, which wrapped i386's
 * 32-bit count.
 */
#ifndef SYSGATE_TEST_SIGNAL_TEST_H
#define SYSGATE_TEST_SIGNAL_TEST_H

#include <sysgate.h>

/* Sets as masks, bit n - 1 for signal n: the oracle's form, and easy to compare. */
#define SIG_BIT(sig) (1ULL << ((sig)-1))

static inline unsigned long long mask_of(const sigset_t *set) {
  unsigned long long mask = 0;
  for (int sig = 1; sig <= SIGRTMAX; sig++)
    if (sigismember(set, sig) == 1)
      mask |= SIG_BIT(sig);
  return mask;
}

static inline sigset_t set_of(unsigned long long mask) {
  sigset_t set;
  sigemptyset(&set);
  for (int sig = 1; sig <= SIGRTMAX; sig++)
    if (mask & SIG_BIT(sig))
      sigaddset(&set, sig);
  return set;
}

/* A handler for SA_ONSTACK: is it on alt_stack, what does sigaltstack say there,
 * and may it change the stack in use (no: EPERM, sigaltstack(2))? */
static char alt_stack[64 * 1024] __attribute__((aligned(16)));
static volatile int alt_on_stack, alt_flags, alt_eperm;

static inline void alt_handler(int sig) {
  (void)sig;
  char here;
  alt_on_stack = &here >= alt_stack && &here < alt_stack + sizeof alt_stack;
  stack_t now, other = {.ss_sp = alt_stack, .ss_size = sizeof alt_stack};
  alt_flags = sigaltstack(NULL, &now) == 0 ? now.ss_flags : -1;
  alt_eperm = sigaltstack(&other, NULL) == -1 && errno == EPERM;
}

static volatile int *volatile probe_flag;
static volatile int probe_signo;

static inline void probe_handler(int sig) {
  probe_signo = sig;
  *probe_flag = 1;
}

static inline void probe_info_handler(int sig, siginfo_t *info, void *ucontext) {
  (void)ucontext;
  probe_signo = info->si_signo == sig ? sig : -1;
  *probe_flag = 1;
}

/* Spins until a handler sets the flag: the number of turns, or 0 if a register
 * came back changed. */
static inline unsigned long probe_registers_across_signal(void) {
  volatile int flag = 0;
  const unsigned long ones = ~0UL / 0xff; /* 0x0101...01 of either width */
  unsigned long count = 0;
  long b = (long)(ones * 0x11), c = (long)(ones * 0x22), d = (long)(ones * 0x33);
  long si = (long)(ones * 0x44), di = (long)(ones * 0x55);
  probe_flag = &flag;
  __asm__ volatile("1:\n\t"
                   "pause\n\t"
                   "add $1, %0\n\t"
                   "cmpl $0, %6\n\t"
                   "je 1b"
                   : "+a"(count), "+b"(b), "+c"(c), "+d"(d), "+S"(si), "+D"(di)
                   : "m"(flag)
                   : "cc");
  if (b != (long)(ones * 0x11) || c != (long)(ones * 0x22) || d != (long)(ones * 0x33) ||
      si != (long)(ones * 0x44) || di != (long)(ones * 0x55))
    return 0;
  return count;
}

/* ITIMER_REAL through the raw call (setitimer belongs to the time family): one
 * SIGALRM after usec microseconds. Both arches take the old itimerval of four longs. */
static inline long probe_timer_us(long usec) {
  long it[4] = {0, 0, usec / 1000000, usec % 1000000};
  return syscall3(SYS_setitimer, 0, (long)it, 0);
}

#endif
