/* glibc-side helpers for the signal suites (oracle_signal.h). This file includes
 * glibc's headers and never sysgate's.
 *
 * Not obvious: glibc refuses signals 32 and 33 (its threads library's) in
 * sigaction, sigaddset and signal; the helpers pass every number through, so a
 * test sees glibc's real answer for them.
 */
#define _GNU_SOURCE
#include "oracle_signal.h"

#include <errno.h>
#include <execinfo.h>
#include <signal.h>
#include <stddef.h>
#include <sys/signalfd.h>
#include <time.h>
#include <unistd.h>

#define BITS 64
#define WORD_BITS (8 * sizeof(unsigned long))

/* A 64-bit mask to glibc's set and back, through the words of glibc's set (the
 * kernel's order): glibc's sigaddset would refuse 32 and 33. Pointers below 4096
 * pass through. */
static sigset_t *to_glibc(const unsigned long long *mask, sigset_t *set) {
  if ((unsigned long)mask < 4096)
    return (sigset_t *)mask;
  sigemptyset(set);
  for (int sig = 1; sig <= BITS; sig++)
    if (*mask & (1ULL << (sig - 1)))
      set->__val[(sig - 1) / WORD_BITS] |= 1UL << ((sig - 1) % WORD_BITS);
  return set;
}

static unsigned long long from_glibc(const sigset_t *set) {
  unsigned long long mask = 0;
  for (int sig = 1; sig <= BITS; sig++)
    if (set->__val[(sig - 1) / WORD_BITS] & (1UL << ((sig - 1) % WORD_BITS)))
      mask |= 1ULL << (sig - 1);
  return mask;
}

#define OFF(type, field) (unsigned long)offsetof(type, field)

void oracle_signal_layout(unsigned long out[ORACLE_LAYOUT_COUNT]) {
  out[ORACLE_SI_SIZE] = sizeof(siginfo_t);
  out[ORACLE_SI_SIGNO] = OFF(siginfo_t, si_signo);
  out[ORACLE_SI_ERRNO] = OFF(siginfo_t, si_errno);
  out[ORACLE_SI_CODE] = OFF(siginfo_t, si_code);
  out[ORACLE_SI_PID] = OFF(siginfo_t, si_pid);
  out[ORACLE_SI_UID] = OFF(siginfo_t, si_uid);
  out[ORACLE_SI_STATUS] = OFF(siginfo_t, si_status);
  out[ORACLE_SI_UTIME] = OFF(siginfo_t, si_utime);
  out[ORACLE_SI_STIME] = OFF(siginfo_t, si_stime);
  out[ORACLE_SI_VALUE] = OFF(siginfo_t, si_value);
  out[ORACLE_SI_TIMERID] = OFF(siginfo_t, si_timerid);
  out[ORACLE_SI_OVERRUN] = OFF(siginfo_t, si_overrun);
  out[ORACLE_SI_ADDR] = OFF(siginfo_t, si_addr);
  out[ORACLE_SI_ADDR_LSB] = OFF(siginfo_t, si_addr_lsb);
  out[ORACLE_SI_LOWER] = OFF(siginfo_t, si_lower);
  out[ORACLE_SI_UPPER] = OFF(siginfo_t, si_upper);
  out[ORACLE_SI_PKEY] = OFF(siginfo_t, si_pkey);
  out[ORACLE_SI_BAND] = OFF(siginfo_t, si_band);
  out[ORACLE_SI_FD] = OFF(siginfo_t, si_fd);
  out[ORACLE_SI_CALL_ADDR] = OFF(siginfo_t, si_call_addr);
  out[ORACLE_SI_SYSCALL] = OFF(siginfo_t, si_syscall);
  out[ORACLE_SI_ARCH] = OFF(siginfo_t, si_arch);
  out[ORACLE_SS_SIZE] = sizeof(stack_t);
  out[ORACLE_SS_SP] = OFF(stack_t, ss_sp);
  out[ORACLE_SS_FLAGS] = OFF(stack_t, ss_flags);
  out[ORACLE_SS_SS_SIZE] = OFF(stack_t, ss_size);
  out[ORACLE_SFD_SIZE] = sizeof(struct signalfd_siginfo);
  out[ORACLE_SFD_SIGNO] = OFF(struct signalfd_siginfo, ssi_signo);
  out[ORACLE_SFD_CODE] = OFF(struct signalfd_siginfo, ssi_code);
  out[ORACLE_SFD_PID] = OFF(struct signalfd_siginfo, ssi_pid);
  out[ORACLE_SFD_UID] = OFF(struct signalfd_siginfo, ssi_uid);
  out[ORACLE_SFD_STATUS] = OFF(struct signalfd_siginfo, ssi_status);
  out[ORACLE_SFD_PTR] = OFF(struct signalfd_siginfo, ssi_ptr);
  out[ORACLE_SFD_ADDR] = OFF(struct signalfd_siginfo, ssi_addr);
  out[ORACLE_SFD_ADDR_LSB] = OFF(struct signalfd_siginfo, ssi_addr_lsb);
  out[ORACLE_SFD_SYSCALL] = OFF(struct signalfd_siginfo, ssi_syscall);
  out[ORACLE_SFD_CALL_ADDR] = OFF(struct signalfd_siginfo, ssi_call_addr);
  out[ORACLE_SFD_ARCH] = OFF(struct signalfd_siginfo, ssi_arch);
}

int oracle_sigaction(int sig, const struct oracle_sigaction *act, struct oracle_sigaction *old,
                     int *err) {
  struct sigaction a = {0}, o = {0};
  if (act) {
    a.sa_handler = (void (*)(int))act->handler;
    a.sa_flags = act->flags;
    to_glibc(&act->mask, &a.sa_mask);
  }
  errno = 0;
  int r = sigaction(sig, act ? &a : NULL, old ? &o : NULL);
  *err = errno;
  if (r == 0 && old) {
    old->handler = (void *)o.sa_handler;
    old->flags = o.sa_flags;
    old->mask = from_glibc(&o.sa_mask);
    old->restorer = (void *)o.sa_restorer;
  }
  return r;
}

void *oracle_signal(int sig, void *handler, int *err) {
  errno = 0;
  void *r = (void *)signal(sig, (sighandler_t)handler);
  *err = errno;
  return r;
}

int oracle_sigprocmask(int how, const unsigned long long *set, unsigned long long *old, int *err) {
  sigset_t s, o;
  sigset_t *op = (unsigned long)old < 4096 ? (sigset_t *)old : &o;
  errno = 0;
  int r = sigprocmask(how, set ? to_glibc(set, &s) : NULL, op);
  *err = errno;
  if (r == 0 && op == &o)
    *old = from_glibc(&o);
  return r;
}

int oracle_sigpending(unsigned long long *set, int *err) {
  sigset_t s;
  sigset_t *p = (unsigned long)set < 4096 ? (sigset_t *)set : &s;
  errno = 0;
  int r = sigpending(p);
  *err = errno;
  if (r == 0 && p == &s)
    *set = from_glibc(&s);
  return r;
}

int oracle_sigsuspend(const unsigned long long *mask, int *err) {
  sigset_t s;
  errno = 0;
  int r = sigsuspend(to_glibc(mask, &s));
  *err = errno;
  return r;
}

static void info_from_glibc(const siginfo_t *si, struct oracle_sigwait_info *info) {
  info->signo = si->si_signo;
  info->code = si->si_code;
  info->pid = si->si_pid;
  info->uid = si->si_uid;
}

int oracle_sigtimedwait(unsigned long long set, struct oracle_sigwait_info *info, long long sec,
                        long nsec, int *err) {
  sigset_t s;
  siginfo_t si = {0};
  struct timespec ts = {.tv_sec = (time_t)sec, .tv_nsec = nsec};
  errno = 0;
  int r =
      sec < 0 ? sigwaitinfo(to_glibc(&set, &s), &si) : sigtimedwait(to_glibc(&set, &s), &si, &ts);
  *err = errno;
  if (r > 0)
    info_from_glibc(&si, info);
  return r;
}

int oracle_sigwait(unsigned long long set, const void *raw, int *sig) {
  sigset_t s;
  return sigwait(raw ? (const sigset_t *)raw : to_glibc(&set, &s), sig);
}

int oracle_sigaltstack(const struct oracle_stack *ss, struct oracle_stack *old, int *err) {
  stack_t n = {0}, o = {0};
  if (ss) {
    n.ss_sp = ss->sp;
    n.ss_flags = ss->flags;
    n.ss_size = ss->size;
  }
  errno = 0;
  int r = sigaltstack(ss ? &n : NULL, old ? &o : NULL);
  *err = errno;
  if (r == 0 && old) {
    old->sp = o.ss_sp;
    old->flags = o.ss_flags;
    old->size = o.ss_size;
  }
  return r;
}

int oracle_signalfd(int fd, unsigned long long mask, int flags, int *err) {
  sigset_t s;
  errno = 0;
  int r = signalfd(fd, to_glibc(&mask, &s), flags);
  *err = errno;
  return r;
}

long oracle_signalfd_read(int fd, struct oracle_sigwait_info *info) {
  struct signalfd_siginfo si;
  ssize_t n = read(fd, &si, sizeof si);
  if (n == (ssize_t)sizeof si) {
    info->signo = (int)si.ssi_signo;
    info->code = si.ssi_code;
    info->pid = (int)si.ssi_pid;
    info->uid = si.ssi_uid;
  }
  return (long)n;
}

int oracle_raise(int sig, int *err) {
  errno = 0;
  int r = raise(sig);
  *err = errno;
  return r;
}

unsigned int oracle_alarm(unsigned int seconds) {
  return alarm(seconds);
}

int oracle_sigset_op(enum oracle_sigset_op op, unsigned long long *set, int sig, int *err) {
  sigset_t s;
  sigset_t *p = to_glibc(set, &s);
  errno = 0;
  int r = -1;
  switch (op) {
  case ORACLE_EMPTY:
    r = sigemptyset(p);
    break;
  case ORACLE_FILL:
    r = sigfillset(p);
    break;
  case ORACLE_ADD:
    r = sigaddset(p, sig);
    break;
  case ORACLE_DEL:
    r = sigdelset(p, sig);
    break;
  case ORACLE_ISMEMBER:
    r = sigismember(p, sig);
    break;
  }
  *err = errno;
  if (p == &s)
    *set = from_glibc(&s);
  return r;
}

int oracle_backtrace(void **addrs, int max) {
  return backtrace(addrs, max);
}
