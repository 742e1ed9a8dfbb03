/* The glibc side of the signal suites (test_signal*.c):
 * glibc's own signal calls, built in oracle_signal.c, which includes glibc's
 * headers and never sysgate's.
 *
 * Not obvious: glibc's sigset_t is 128 bytes and sysgate's 8, so sets cross this
 * boundary as a 64-bit mask, bit n - 1 for signal n. Pointers below 4096 are passed
 * through untouched, so an error test can hand glibc the same bad address as sysgate.
 */
#ifndef SYSGATE_TEST_ORACLE_SIGNAL_H
#define SYSGATE_TEST_ORACLE_SIGNAL_H

#define ORACLE_BAD_PTR ((void *)1)

struct oracle_sigaction {
  void *handler;
  int flags;
  unsigned long long mask;
  void *restorer;
};

/* The fields of a siginfo_t or signalfd_siginfo that the tests compare. */
struct oracle_sigwait_info {
  int signo, code, pid;
  unsigned int uid;
};

struct oracle_stack {
  void *sp;
  int flags;
  unsigned long size;
};

/* Sizes and field offsets of glibc's signal structures, to compare with sysgate's. */
enum {
  ORACLE_SI_SIZE,
  ORACLE_SI_SIGNO,
  ORACLE_SI_ERRNO,
  ORACLE_SI_CODE,
  ORACLE_SI_PID,
  ORACLE_SI_UID,
  ORACLE_SI_STATUS,
  ORACLE_SI_UTIME,
  ORACLE_SI_STIME,
  ORACLE_SI_VALUE,
  ORACLE_SI_TIMERID,
  ORACLE_SI_OVERRUN,
  ORACLE_SI_ADDR,
  ORACLE_SI_ADDR_LSB,
  ORACLE_SI_LOWER,
  ORACLE_SI_UPPER,
  ORACLE_SI_PKEY,
  ORACLE_SI_BAND,
  ORACLE_SI_FD,
  ORACLE_SI_CALL_ADDR,
  ORACLE_SI_SYSCALL,
  ORACLE_SI_ARCH,
  ORACLE_SS_SIZE,
  ORACLE_SS_SP,
  ORACLE_SS_FLAGS,
  ORACLE_SS_SS_SIZE,
  ORACLE_SFD_SIZE,
  ORACLE_SFD_SIGNO,
  ORACLE_SFD_CODE,
  ORACLE_SFD_PID,
  ORACLE_SFD_UID,
  ORACLE_SFD_STATUS,
  ORACLE_SFD_PTR,
  ORACLE_SFD_ADDR,
  ORACLE_SFD_ADDR_LSB,
  ORACLE_SFD_SYSCALL,
  ORACLE_SFD_CALL_ADDR,
  ORACLE_SFD_ARCH,
  ORACLE_LAYOUT_COUNT
};
void oracle_signal_layout(unsigned long out[ORACLE_LAYOUT_COUNT]);

/* Each returns glibc's result, with glibc's errno through *err. act or old may be NULL. */
int oracle_sigaction(int sig, const struct oracle_sigaction *act, struct oracle_sigaction *old,
                     int *err);
void *oracle_signal(int sig, void *handler, int *err);
int oracle_sigprocmask(int how, const unsigned long long *set, unsigned long long *old, int *err);
int oracle_sigpending(unsigned long long *set, int *err);
int oracle_sigsuspend(const unsigned long long *mask, int *err);
/* sec < 0: no timeout (sigwaitinfo); nsec is passed as given, even out of range. */
int oracle_sigtimedwait(unsigned long long set, struct oracle_sigwait_info *info, long long sec,
                        long nsec, int *err);
/* glibc's sigwait on the set of bits, or on raw as it is when raw is not NULL
 * (a bad pointer); its result is an error number. */
int oracle_sigwait(unsigned long long set, const void *raw, int *sig);
int oracle_sigaltstack(const struct oracle_stack *ss, struct oracle_stack *old, int *err);
int oracle_signalfd(int fd, unsigned long long mask, int flags, int *err);
/* Reads one signalfd record; the byte count, or -1. */
long oracle_signalfd_read(int fd, struct oracle_sigwait_info *info);
int oracle_raise(int sig, int *err);
unsigned int oracle_alarm(unsigned int seconds);

/* sigemptyset, sigfillset, sigaddset, sigdelset, sigismember on *set (sig unused by
 * the first two). */
enum oracle_sigset_op { ORACLE_EMPTY, ORACLE_FILL, ORACLE_ADD, ORACLE_DEL, ORACLE_ISMEMBER };
int oracle_sigset_op(enum oracle_sigset_op op, unsigned long long *set, int sig, int *err);

/* Runs glibc's backtrace(3), which unwinds with libgcc, from the caller; the
 * number of return addresses found, at most max. */
int oracle_backtrace(void **addrs, int max);

#endif
