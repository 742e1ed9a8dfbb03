/* sysgate/signal.h: signal(7). sigaction(2), sigprocmask(2), sigpending(2),
 * sigsuspend(2), sigaltstack(2), sigtimedwait(2), sigwaitinfo(2), sigwait(3),
 * signal(2), raise(3), pause(2), alarm(2), signalfd(2), sigsetops(3); siginfo_t, stack_t and
 * the SIG*, SA_*, SS_*, SI_* values of x86 (arch/x86/include/uapi/asm/signal.h,
 * include/uapi/asm-generic/siginfo.h).
 *
 * Not obvious: the kernel's struct sigaction is not the one programs fill in. The
 * kernel wants handler, flags, restorer, mask (in that order, with an unsigned long
 * flag word), and on x86 a handler returns into the restorer, the code that makes
 * the sigreturn call: without SA_RESTORER and a valid restorer an x86_64 handler
 * has nowhere to return to. sigaction() converts and always installs sysgate's own
 * restorers (src/arch/<arch>/sigrestore.S), as glibc does with its own.
 *
 * Signal numbers: SIGRTMIN and SIGRTMAX are the kernel's 32 and 64, constants.
 * glibc keeps 32 and 33 for its threads library and makes SIGRTMIN 34, refusing
 * the two in sigaction, sigaddset and signal (and clearing them in sigfillset).
 * sysgate has no threads library, so every real-time signal is the program's.
 */
#ifndef SYSGATE_SIGNAL_H
#define SYSGATE_SIGNAL_H

#include "fcntl.h"
#include "syscall.h"
#include "types.h"
#include "usercopy.h"

#define SIGHUP 1
#define SIGINT 2
#define SIGQUIT 3
#define SIGILL 4
#define SIGTRAP 5
#define SIGABRT 6
#define SIGIOT 6
#define SIGBUS 7
#define SIGFPE 8
#define SIGKILL 9
#define SIGUSR1 10
#define SIGSEGV 11
#define SIGUSR2 12
#define SIGPIPE 13
#define SIGALRM 14
#define SIGTERM 15
#define SIGSTKFLT 16
#define SIGCHLD 17
#define SIGCONT 18
#define SIGSTOP 19
#define SIGTSTP 20
#define SIGTTIN 21
#define SIGTTOU 22
#define SIGURG 23
#define SIGXCPU 24
#define SIGXFSZ 25
#define SIGVTALRM 26
#define SIGPROF 27
#define SIGWINCH 28
#define SIGIO 29
#define SIGPOLL SIGIO
#define SIGPWR 30
#define SIGSYS 31
#define SIGRTMIN 32
#define SIGRTMAX 64
/* glibc's meaning: one more than the largest signal number (the kernel's _NSIG is 64). */
#define NSIG 65

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

/* sigaltstack(2). MINSIGSTKSZ is the kernel's floor for ss_size (ENOMEM below it),
 * not what a frame needs: with AVX-512 state the kernel's frame alone is larger than
 * 2048 bytes (getauxval(AT_MINSIGSTKSZ) says how large), so give a handler more. */
#define SS_ONSTACK 1
#define SS_DISABLE 2
#define SS_AUTODISARM (1U << 31)
#define MINSIGSTKSZ 2048
#define SIGSTKSZ 8192

typedef struct {
  void *ss_sp;
  int ss_flags;
  size_t ss_size;
} stack_t;

union sigval {
  int sival_int;
  void *sival_ptr;
};

/* How an event is reported (sigevent(3type)): mq_notify, and later timers.
 * 64 bytes on both arches, as the kernel's (include/uapi/asm-generic/siginfo.h). */
#define SIGEV_SIGNAL 0
#define SIGEV_NONE 1
#define SIGEV_THREAD 2
#define SIGEV_THREAD_ID 4
typedef struct sigevent {
  union sigval sigev_value;
  int sigev_signo;
  int sigev_notify;
  union {
    int sysgate_pad[(64 - sizeof(union sigval)) / sizeof(int) - 2];
    pid_t sysgate_tid;
    struct {
      void (*sysgate_function)(union sigval);
      void *sysgate_attribute; /* glibc's pthread_attr_t *: sysgate has no threads yet */
    } sysgate_thread;
  } sysgate_un;
} sigevent_t;
#define sigev_notify_function sysgate_un.sysgate_thread.sysgate_function
#define sigev_notify_attributes sysgate_un.sysgate_thread.sysgate_attribute
#define sigev_notify_thread_id sysgate_un.sysgate_tid

/* si_code: who sent it (any signal), then what happened, per signal. */
#define SI_USER 0
#define SI_KERNEL 0x80
#define SI_QUEUE (-1)
#define SI_TIMER (-2)
#define SI_MESGQ (-3)
#define SI_ASYNCIO (-4)
#define SI_SIGIO (-5)
#define SI_TKILL (-6) /* tkill(2), tgkill(2): what raise() sends */
#define SI_DETHREAD (-7)
#define SI_ASYNCNL (-60)

#define ILL_ILLOPC 1
#define ILL_ILLOPN 2
#define ILL_ILLADR 3
#define ILL_ILLTRP 4
#define ILL_PRVOPC 5
#define ILL_PRVREG 6
#define ILL_COPROC 7
#define ILL_BADSTK 8
#define FPE_INTDIV 1
#define FPE_INTOVF 2
#define FPE_FLTDIV 3
#define FPE_FLTOVF 4
#define FPE_FLTUND 5
#define FPE_FLTRES 6
#define FPE_FLTINV 7
#define FPE_FLTSUB 8
#define SEGV_MAPERR 1
#define SEGV_ACCERR 2
#define SEGV_BNDERR 3
#define SEGV_PKUERR 4
#define BUS_ADRALN 1
#define BUS_ADRERR 2
#define BUS_OBJERR 3
#define BUS_MCEERR_AR 4
#define BUS_MCEERR_AO 5
#define TRAP_BRKPT 1
#define TRAP_TRACE 2
#define CLD_EXITED 1
#define CLD_KILLED 2
#define CLD_DUMPED 3
#define CLD_TRAPPED 4
#define CLD_STOPPED 5
#define CLD_CONTINUED 6
#define POLL_IN 1
#define POLL_OUT 2
#define POLL_MSG 3
#define POLL_ERR 4
#define POLL_PRI 5
#define POLL_HUP 6

/* The kernel's 128-byte siginfo (include/uapi/asm-generic/siginfo.h), with C11
 * anonymous members so that glibc's field names (si_pid, si_status, si_addr...) are
 * real members, not macros. Which fields mean something depends on si_signo and
 * si_code. The per-cause union follows si_code at its own alignment: offset 16 on
 * x86_64, 12 on i386. */
typedef struct {
  union {
    struct {
      int si_signo;
      int si_errno;
      int si_code;
      union {
        /* kill(2), sigqueue(3), SIGCHLD, POSIX timers: the value sits at one offset. */
        struct {
          union {
            struct {
              pid_t si_pid;
              uid_t si_uid;
            };
            struct {
              int si_timerid;
              int si_overrun;
            };
          };
          union {
            union sigval si_value;
            int si_int;
            void *si_ptr;
            struct { /* SIGCHLD */
              int si_status;
              long si_utime;
              long si_stime;
            };
          };
        };
        /* SIGILL, SIGFPE, SIGSEGV, SIGBUS, SIGTRAP. The kernel pads the bounds and
         * pkey fields to the alignment of a pointer. */
        struct {
          void *si_addr;
          union {
            short si_addr_lsb;
            struct {
              char sysgate_bnd_pad[_Alignof(void *)];
              void *si_lower;
              void *si_upper;
            };
            struct {
              char sysgate_pkey_pad[_Alignof(void *)];
              uint32_t si_pkey;
            };
            struct {
              unsigned long si_perf_data;
              uint32_t si_perf_type;
              uint32_t si_perf_flags;
            };
          };
        };
        struct { /* SIGPOLL */
          long si_band;
          int si_fd;
        };
        struct { /* SIGSYS from seccomp */
          void *si_call_addr;
          int si_syscall;
          unsigned int si_arch;
        };
      };
    };
    int sysgate_si_size[128 / sizeof(int)];
  };
} siginfo_t;

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

/* signalfd(2): one 128-byte record per read (include/uapi/linux/signalfd.h). */
#define SFD_CLOEXEC O_CLOEXEC
#define SFD_NONBLOCK O_NONBLOCK

struct signalfd_siginfo {
  uint32_t ssi_signo;
  int32_t ssi_errno;
  int32_t ssi_code;
  uint32_t ssi_pid;
  uint32_t ssi_uid;
  int32_t ssi_fd;
  uint32_t ssi_tid;
  uint32_t ssi_band;
  uint32_t ssi_overrun;
  uint32_t ssi_trapno;
  int32_t ssi_status;
  int32_t ssi_int;
  uint64_t ssi_ptr;
  uint64_t ssi_utime;
  uint64_t ssi_stime;
  uint64_t ssi_addr;
  uint16_t ssi_addr_lsb;
  uint16_t sysgate_pad2;
  int32_t ssi_syscall;
  uint64_t ssi_call_addr;
  uint32_t ssi_arch;
  uint8_t sysgate_pad[28];
};

/* --- sigsetops(3) ------------------------------------------------------------ */

#define SG_SIGSET_WORDS (sizeof(sigset_t) / sizeof(unsigned long))
#define SG_SIGSET_WORD_BITS (8 * sizeof(unsigned long))
#define SG_SIGSET_WORD(set, signo) ((set)->sig[(unsigned)((signo)-1) / SG_SIGSET_WORD_BITS])
#define SG_SIGSET_BIT(signo) (1UL << (unsigned)((signo)-1) % SG_SIGSET_WORD_BITS)

SG_INLINE void sysgate_sigset_fill_words(sigset_t *set, unsigned long word) {
  for (size_t i = 0; i < SG_SIGSET_WORDS; i++)
    set->sig[i] = word;
}

/* glibc's checks: EINVAL for a null set or a number outside 1..64. Only whether
 * there is a set is passed: gcc 12 (-Os, not inlined) warns maybe-uninitialized
 * when a const pointer to a set not yet filled reaches a function, as
 * sigemptyset's does. */
SG_INLINE int sysgate_sigset_invalid(int have_set, int signo) {
  if (have_set && signo >= 1 && signo <= SIGRTMAX)
    return 0;
  errno = EINVAL;
  return 1;
}

/* sigemptyset and sigfillset check only the set: 1 stands for "any valid number". */
SG_INLINE int sigemptyset(sigset_t *set) SG_SYMBOL(sigemptyset);
SG_INLINE int sigemptyset(sigset_t *set) {
  if (sysgate_sigset_invalid(set != NULL, 1))
    return -1;
  sysgate_sigset_fill_words(set, 0);
  return 0;
}

/* All 64, 32 and 33 included (glibc leaves those two out); the kernel itself never
 * blocks SIGKILL or SIGSTOP, whatever a mask says. */
SG_INLINE int sigfillset(sigset_t *set) SG_SYMBOL(sigfillset);
SG_INLINE int sigfillset(sigset_t *set) {
  if (sysgate_sigset_invalid(set != NULL, 1))
    return -1;
  sysgate_sigset_fill_words(set, ~0UL);
  return 0;
}

SG_INLINE int sigaddset(sigset_t *set, int signo) SG_SYMBOL(sigaddset);
SG_INLINE int sigaddset(sigset_t *set, int signo) {
  if (sysgate_sigset_invalid(set != NULL, signo))
    return -1;
  SG_SIGSET_WORD(set, signo) |= SG_SIGSET_BIT(signo);
  return 0;
}

SG_INLINE int sigdelset(sigset_t *set, int signo) SG_SYMBOL(sigdelset);
SG_INLINE int sigdelset(sigset_t *set, int signo) {
  if (sysgate_sigset_invalid(set != NULL, signo))
    return -1;
  SG_SIGSET_WORD(set, signo) &= ~SG_SIGSET_BIT(signo);
  return 0;
}

SG_INLINE int sigismember(const sigset_t *set, int signo) SG_SYMBOL(sigismember);
SG_INLINE int sigismember(const sigset_t *set, int signo) {
  if (sysgate_sigset_invalid(set != NULL, signo))
    return -1;
  return (SG_SIGSET_WORD(set, signo) & SG_SIGSET_BIT(signo)) != 0;
}

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

/* The caller's flags with SA_RESTORER, the arch's restorer for them. The int flag
 * word is widened without sign extension: SA_RESETHAND is bit 31. act is not read
 * for a number outside 1..64 (glibc checks the number first too): the kernel gets
 * an empty action and answers EINVAL, so a bad act with a bad number fails instead
 * of faulting. act and oldact are converted field by field, so the kernel first
 * touches them (sysgate/usercopy.h, `check`): a bad one is EFAULT; signal()'s
 * own locals need no check. oldact is filled
 * under the libc layer's own test, sysgate_is_error, rather than ret == 0: then gcc
 * sees that a caller's `sigaction(...) == 0` means oldact was written (with ret == 0
 * it warns maybe-uninitialized when a saved action is restored later). */
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

SG_INLINE long sys_signalfd(int fd, const sigset_t *mask, int flags) {
  return syscall4(SYS_signalfd4, fd, (long)mask, sizeof(sigset_t), flags);
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
