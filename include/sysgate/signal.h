/* sysgate/signal.h: signal(7). sigaction(2), sigprocmask(2), sigpending(2),
 * sigsuspend(2), sigaltstack(2), sigtimedwait(2), sigwaitinfo(2), sigwait(3),
 * signal(2), raise(3), pause(2), alarm(2); with its parts: signum.h (SIG*), siginfo.h,
 * sigset.h (sigsetops(3)), sigaltstack.h, signalfd.h (signalfd(2)).
 *
 * Not obvious: the kernel's struct sigaction is not the one programs fill in, and an
 * x86 handler returns into a restorer that sigaction() always installs: sysgate's own
 * (src/arch/<arch>/sigrestore.S), as glibc does (docs/signals.md).
 */
#ifndef SYSGATE_SIGNAL_H
#define SYSGATE_SIGNAL_H

#include "fcntl.h"
#include "sigaltstack.h"
#include "siginfo.h"
#include "signalfd.h"
#include "signum.h"
#include "sigset.h"
#include "syscall.h"
#include "types.h"
#include "usercopy.h"

/* sa_flags. SA_RESTORER is set by sigaction() itself; a caller's value is ignored. */
#define SA_NOCLDSTOP 0x00000001
#define SA_NOCLDWAIT 0x00000002
#define SA_SIGINFO 0x00000004
#define SA_RESTORER 0x04000000
#define SA_ONSTACK 0x08000000
#define SA_RESTART 0x10000000
#define SA_NODEFER 0x40000000
#define SA_RESETHAND 0x80000000
#define SA_NOMASK SA_NODEFER
#define SA_ONESHOT SA_RESETHAND

#define SIG_BLOCK 0
#define SIG_UNBLOCK 1
#define SIG_SETMASK 2

typedef void (*sighandler_t)(int);
#define SIG_DFL ((sighandler_t)0)
#define SIG_IGN ((sighandler_t)1)
#define SIG_ERR ((sighandler_t)-1)

#include SYSGATE_ARCH_SIGNAL_H

/* What sigaction() hands rt_sigaction (the kernel's struct sigaction on x86, where
 * the i386 compat one has the same layout): flags are an unsigned long, and the
 * mask is last. */
struct sysgate_kernel_sigaction {
  sighandler_t handler;
  unsigned long flags;
  void (*restorer)(void);
  sigset_t mask;
};

/* The glibc shape. sa_restorer is reported by a query and ignored when installing. */
struct sigaction {
  union {
    sighandler_t sa_handler;
    void (*sa_sigaction)(int, siginfo_t *, void *);
  };
  sigset_t sa_mask;
  int sa_flags;
  void (*sa_restorer)(void);
};

/* --- system calls -------------------------------------------------------------- */

/* The rt_sig* calls take the size of the set as one more, last argument, and
 * refuse anything but the kernel's 8 with EINVAL (kernel/signal.c): their rows'
 * option `sigset` in src/calls.tab. */
#include "calls/signal.h"

/* sigwaitinfo is sigtimedwait without a timeout (sigwaitinfo(2)).
 * Not glibc's: glibc 2.36 rewrites si_code SI_TKILL to SI_USER here (and only
 * here; handlers and signalfd see SI_TKILL) to hide that its raise() uses tgkill.
 * sysgate reports what the kernel says, the same everywhere. */
SG_INLINE long sys_sigwaitinfo(const sigset_t *set, siginfo_t *info) {
  return sys_sigtimedwait(set, info, NULL);
}

/* sigwait(3): the signal's number through *sig and 0, or an error number, never
 * errno (POSIX: like the pthread calls). glibc retries an interrupted wait and
 * so does this: sigwait never answers EINTR. *sig is an int the wrapper writes
 * itself, so the kernel touches it first (sysgate/usercopy.h): EFAULT. No
 * system call of its own, so no sys_sigwait. */
SG_INLINE int sigwait(const sigset_t *set, int *sig) SG_SYMBOL(sigwait);
SG_INLINE int sigwait(const sigset_t *set, int *sig) {
  long ret;
  do {
    ret = sys_sigwaitinfo(set, NULL);
    SG_TRACE_ARGS(sigwaitinfo, ret, 2, SG_TARG(set), SG_TARG((siginfo_t *)NULL));
  } while (ret == -EINTR);
  if (!sysgate_is_error(ret)) {
    int n = (int)ret;
    ret = sysgate_copy_out(sig, &n, sizeof n);
  }
  return (int)-ret;
}

/* The caller's flags with SA_RESTORER, the arch's restorer for them. (the rest: docs/signals.md) */
SG_INLINE long sysgate_sigaction_as(int check, int sig, const struct sigaction *act,
                                    struct sigaction *oldact) {
  struct sysgate_kernel_sigaction k = {0}, old;
  if (act != NULL && sig >= 1 && sig <= SIGRTMAX) {
    if (check && sysgate_check_in(act, sizeof *act) != 0)
      return -EFAULT; /* rt_sigaction reads act before it changes anything */
    k.handler = act->sa_handler;
    k.flags = (unsigned int)act->sa_flags | SA_RESTORER;
    k.restorer = SYSGATE_ARCH_SA_RESTORER(act->sa_flags);
    k.mask = act->sa_mask;
  }
  long ret = syscall4(SYS_rt_sigaction, sig, (long)(act != NULL ? &k : NULL),
                      (long)(oldact != NULL ? &old : NULL), sizeof(sigset_t));
  if (!sysgate_is_error(ret) && oldact != NULL) {
    if (check && sysgate_check_out(oldact, sizeof *oldact) != 0)
      return -EFAULT; /* as the kernel: after the new action is in place */
    oldact->sa_handler = old.handler;
    oldact->sa_mask = old.mask;
    oldact->sa_flags = (int)old.flags;
    oldact->sa_restorer = old.restorer;
  }
  return ret;
}
SG_INLINE long sys_sigaction(int sig, const struct sigaction *act, struct sigaction *oldact) {
  return sysgate_sigaction_as(1, sig, act, oldact);
}

/* tgkill to this thread, as glibc's raise(3), with every signal blocked around it:
 * a handler that ran between getpid and tgkill and forked would otherwise have the
 * child signal its parent (glibc bug 15368). The signal arrives as the mask comes
 * back, before raise returns. getpid, gettid and tgkill are trapped directly: their
 * wrappers belong to the process family. */
SG_INLINE long sys_raise(int sig) {
  sigset_t all, old;
  sysgate_sigset_fill_words(&all, ~0UL);
  sys_sigprocmask(SIG_BLOCK, &all, &old);
  long ret = syscall3(SYS_tgkill, syscall0(SYS_getpid), syscall0(SYS_gettid), sig);
  sys_sigprocmask(SIG_SETMASK, &old, NULL);
  return ret;
}

/* glibc's signal(2), the BSD semantics: the handler stays installed (no
 * SA_RESETHAND), interrupted calls restart (SA_RESTART), and the signal is blocked
 * while its handler runs. No system call of its own, so no sys_signal. */
SG_INLINE sighandler_t signal(int sig, sighandler_t handler) SG_SYMBOL(signal);
SG_INLINE sighandler_t signal(int sig, sighandler_t handler) {
  struct sigaction act = {.sa_handler = handler, .sa_flags = SA_RESTART};
  struct sigaction old;
  if (handler == SIG_ERR) {
    errno = EINVAL;
    return SIG_ERR;
  }
  if (sigaddset(&act.sa_mask, sig) != 0)
    return SIG_ERR;
  long ret = sysgate_sigaction_as(0, sig, &act, &old);
  /* the line sigaction() itself would print */
  SG_TRACE_ARGS(sigaction, ret, 3, SG_TARG(sig), SG_TARG(&act), SG_TARG(&old));
  if (sysgate_is_error(ret)) {
    errno = (int)-ret;
    return SIG_ERR;
  }
  return old.sa_handler;
}

#endif
