/* sysgate/siginfo.h: siginfo_t (sigaction(2)), union sigval, struct sigevent
 * (sigevent(3type)) and the SI_*, ILL_* ... POLL_* si_code values
 * (include/uapi/asm-generic/siginfo.h).
 */
#ifndef SYSGATE_SIGINFO_H
#define SYSGATE_SIGINFO_H

#include "types.h"

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
      void *sysgate_attribute; /* glibc's pthread_attr_t *: no SIGEV_THREAD here */
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

#endif
