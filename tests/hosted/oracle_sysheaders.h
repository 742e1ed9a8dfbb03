/* The glibc side of test_sysheaders.c (oracle_sysheaders.c): the constants,
 * type sizes and member offsets of the Linux system headers (<sched.h>,
 * <termios.h>, <sys/ioctl.h>'s tty requests, <sys/statvfs.h>, <utime.h>,
 * <sys/personality.h>, <sys/ptrace.h>, <sys/auxv.h>, <sys/prctl.h>,
 * <sys/resource.h>, <sys/utsname.h>, <sys/sysmacros.h>, <sys/syscall.h>,
 * the *64 names), and glibc's termios, statvfs, utime, getentropy, CPU_* and
 * sched calls for the differential tests.
 *
 * Not obvious: the lists are one per header, expanded against glibc's headers
 * in oracle_sysheaders.c and against sysgate's in test_sysheaders.c; the
 * constants were listed from sysgate's headers, so every value sysgate
 * defines there is compared.
 */
#ifndef SYSGATE_TEST_ORACLE_SYSHEADERS_H
#define SYSGATE_TEST_ORACLE_SYSHEADERS_H

#include "abi.h"

#define SCHED_ABI(C, T, M)                                                                         \
  C(CSIGNAL), C(CLONE_NEWTIME), C(CLONE_VM), C(CLONE_FS), C(CLONE_FILES), C(CLONE_SIGHAND),        \
      C(CLONE_PIDFD), C(CLONE_PTRACE), C(CLONE_VFORK), C(CLONE_PARENT), C(CLONE_THREAD),           \
      C(CLONE_NEWNS), C(CLONE_SYSVSEM), C(CLONE_SETTLS), C(CLONE_PARENT_SETTID),                   \
      C(CLONE_CHILD_CLEARTID), C(CLONE_DETACHED), C(CLONE_UNTRACED), C(CLONE_CHILD_SETTID),        \
      C(CLONE_NEWCGROUP), C(CLONE_NEWUTS), C(CLONE_NEWIPC), C(CLONE_NEWUSER), C(CLONE_NEWPID),     \
      C(CLONE_NEWNET), C(CLONE_IO), C(CPU_SETSIZE), C(SCHED_OTHER), C(SCHED_FIFO), C(SCHED_RR),    \
      C(SCHED_BATCH), C(SCHED_IDLE), C(SCHED_DEADLINE), C(SCHED_RESET_ON_FORK), T(cpu_set_t),      \
      T(struct sched_param), M(struct sched_param, sched_priority), C(CPU_ALLOC_SIZE(1)),          \
      C(CPU_ALLOC_SIZE(64)), C(CPU_ALLOC_SIZE(65)), C(CPU_ALLOC_SIZE(1025)),                       \
      C(CPU_ALLOC_SIZE(4096))
#define TERMIOS_ABI(C, T, M)                                                                       \
  C(NCCS), C(VINTR), C(VQUIT), C(VERASE), C(VKILL), C(VEOF), C(VTIME), C(VMIN), C(VSWTC),          \
      C(VSTART), C(VSTOP), C(VSUSP), C(VEOL), C(VREPRINT), C(VDISCARD), C(VWERASE), C(VLNEXT),     \
      C(VEOL2), C(IGNBRK), C(BRKINT), C(IGNPAR), C(PARMRK), C(INPCK), C(ISTRIP), C(INLCR),         \
      C(IGNCR), C(ICRNL), C(IUCLC), C(IXON), C(IXANY), C(IXOFF), C(IMAXBEL), C(IUTF8), C(OPOST),   \
      C(OLCUC), C(ONLCR), C(OCRNL), C(ONOCR), C(ONLRET), C(OFILL), C(OFDEL), C(NLDLY), C(NL0),     \
      C(NL1), C(CRDLY), C(CR0), C(CR1), C(CR2), C(CR3), C(TABDLY), C(TAB0), C(TAB1), C(TAB2),      \
      C(TAB3), C(XTABS), C(BSDLY), C(BS0), C(BS1), C(VTDLY), C(VT0), C(VT1), C(FFDLY), C(FF0),     \
      C(FF1), C(CBAUD), C(CBAUDEX), C(CSIZE), C(CS5), C(CS6), C(CS7), C(CS8), C(CSTOPB), C(CREAD), \
      C(PARENB), C(PARODD), C(HUPCL), C(CLOCAL), C(CIBAUD), C(CMSPAR), C(CRTSCTS), C(ISIG),        \
      C(ICANON), C(XCASE), C(ECHO), C(ECHOE), C(ECHOK), C(ECHONL), C(NOFLSH), C(TOSTOP),           \
      C(ECHOCTL), C(ECHOPRT), C(ECHOKE), C(FLUSHO), C(PENDIN), C(IEXTEN), C(EXTPROC), C(B0),       \
      C(B50), C(B75), C(B110), C(B134), C(B150), C(B200), C(B300), C(B600), C(B1200), C(B1800),    \
      C(B2400), C(B4800), C(B9600), C(B19200), C(B38400), C(EXTA), C(EXTB), C(B57600), C(B115200), \
      C(B230400), C(B460800), C(B500000), C(B576000), C(B921600), C(B1000000), C(B1152000),        \
      C(B1500000), C(B2000000), C(B2500000), C(B3000000), C(B3500000), C(B4000000), C(TCSANOW),    \
      C(TCSADRAIN), C(TCSAFLUSH), C(TCOOFF), C(TCOON), C(TCIOFF), C(TCION), C(TCIFLUSH),           \
      C(TCOFLUSH), C(TCIOFLUSH), C(CCEQ(3, 3)), C(CCEQ(0, 0)), C(CCEQ(3, 4)), T(cc_t), T(speed_t), \
      T(tcflag_t), T(struct termios), M(struct termios, c_iflag), M(struct termios, c_oflag),      \
      M(struct termios, c_cflag), M(struct termios, c_lflag), M(struct termios, c_line),           \
      M(struct termios, c_cc), M(struct termios, c_ispeed), M(struct termios, c_ospeed)
#define TTY_IOCTL_ABI(C, T, M)                                                                     \
  C(TCGETS), C(TCSETS), C(TCSETSW), C(TCSETSF), C(TCSBRK), C(TCXONC), C(TCFLSH), C(TIOCEXCL),      \
      C(TIOCNXCL), C(TIOCSCTTY), C(TIOCGPGRP), C(TIOCSPGRP), C(TIOCOUTQ), C(TIOCSTI),              \
      C(TIOCGWINSZ), C(TIOCSWINSZ), C(TIOCMGET), C(TIOCMBIS), C(TIOCMBIC), C(TIOCMSET),            \
      C(FIONREAD), C(TIOCINQ), C(TIOCNOTTY), C(TCSBRKP), C(TIOCGSID), C(TIOCGPTN), C(TIOCSPTLCK),  \
      C(TIOCM_LE), C(TIOCM_DTR), C(TIOCM_RTS), C(TIOCM_ST), C(TIOCM_SR), C(TIOCM_CTS),             \
      C(TIOCM_CAR), C(TIOCM_RNG), C(TIOCM_DSR), C(TIOCM_CD), C(TIOCM_RI), T(struct winsize)
#define STATVFS_ABI(C, T, M)                                                                       \
  C(ST_RDONLY), C(ST_NOSUID), C(ST_NODEV), C(ST_NOEXEC), C(ST_SYNCHRONOUS), C(ST_MANDLOCK),        \
      C(ST_WRITE), C(ST_APPEND), C(ST_IMMUTABLE), C(ST_NOATIME), C(ST_NODIRATIME), C(ST_RELATIME), \
      T(struct statvfs), M(struct statvfs, f_bsize), M(struct statvfs, f_frsize),                  \
      M(struct statvfs, f_blocks), M(struct statvfs, f_bfree), M(struct statvfs, f_bavail),        \
      M(struct statvfs, f_files), M(struct statvfs, f_ffree), M(struct statvfs, f_favail),         \
      M(struct statvfs, f_fsid), M(struct statvfs, f_flag), M(struct statvfs, f_namemax),          \
      T(struct utimbuf), M(struct utimbuf, actime), M(struct utimbuf, modtime)
#define PERSONALITY_PTRACE_ABI(C, T, M)                                                            \
  C(UNAME26), C(ADDR_NO_RANDOMIZE), C(FDPIC_FUNCPTRS), C(MMAP_PAGE_ZERO), C(ADDR_COMPAT_LAYOUT),   \
      C(READ_IMPLIES_EXEC), C(ADDR_LIMIT_32BIT), C(SHORT_INODE), C(WHOLE_SECONDS),                 \
      C(STICKY_TIMEOUTS), C(ADDR_LIMIT_3GB), C(PER_LINUX), C(PER_LINUX_32BIT), C(PER_LINUX_FDPIC), \
      C(PER_SVR4), C(PER_SVR3), C(PER_SCOSVR3), C(PER_OSR5), C(PER_WYSEV386), C(PER_ISCR4),        \
      C(PER_BSD), C(PER_SUNOS), C(PER_XENIX), C(PER_LINUX32), C(PER_LINUX32_3GB), C(PER_IRIX32),   \
      C(PER_IRIXN32), C(PER_IRIX64), C(PER_RISCOS), C(PER_SOLARIS), C(PER_UW7), C(PER_OSF4),       \
      C(PER_HPUX), C(PER_MASK), C(PTRACE_TRACEME), C(PTRACE_PEEKTEXT), C(PTRACE_PEEKDATA),         \
      C(PTRACE_PEEKUSER), C(PTRACE_POKETEXT), C(PTRACE_POKEDATA), C(PTRACE_POKEUSER),              \
      C(PTRACE_CONT), C(PTRACE_KILL), C(PTRACE_SINGLESTEP), C(PTRACE_GETREGS), C(PTRACE_SETREGS),  \
      C(PTRACE_GETFPREGS), C(PTRACE_SETFPREGS), C(PTRACE_ATTACH), C(PTRACE_DETACH),                \
      C(PTRACE_GETFPXREGS), C(PTRACE_SETFPXREGS), C(PTRACE_SYSCALL), C(PTRACE_GET_THREAD_AREA),    \
      C(PTRACE_SET_THREAD_AREA), C(PTRACE_SYSEMU), C(PTRACE_SYSEMU_SINGLESTEP),                    \
      C(PTRACE_SINGLEBLOCK), C(PTRACE_SETOPTIONS), C(PTRACE_GETEVENTMSG), C(PTRACE_GETSIGINFO),    \
      C(PTRACE_SETSIGINFO), C(PTRACE_GETREGSET), C(PTRACE_SETREGSET), C(PTRACE_SEIZE),             \
      C(PTRACE_INTERRUPT), C(PTRACE_LISTEN), C(PTRACE_PEEKSIGINFO), C(PTRACE_GETSIGMASK),          \
      C(PTRACE_SETSIGMASK), C(PTRACE_SECCOMP_GET_FILTER), C(PTRACE_SECCOMP_GET_METADATA),          \
      C(PTRACE_GET_SYSCALL_INFO), C(PT_TRACE_ME), C(PT_READ_I), C(PT_READ_D), C(PT_READ_U),        \
      C(PT_WRITE_I), C(PT_WRITE_D), C(PT_WRITE_U), C(PT_CONTINUE), C(PT_KILL), C(PT_STEP),         \
      C(PT_ATTACH), C(PT_DETACH), C(PT_SYSCALL), C(PTRACE_O_TRACESYSGOOD), C(PTRACE_O_TRACEFORK),  \
      C(PTRACE_O_TRACEVFORK), C(PTRACE_O_TRACECLONE), C(PTRACE_O_TRACEEXEC),                       \
      C(PTRACE_O_TRACEVFORKDONE), C(PTRACE_O_TRACEEXIT), C(PTRACE_O_TRACESECCOMP),                 \
      C(PTRACE_O_EXITKILL), C(PTRACE_O_SUSPEND_SECCOMP), C(PTRACE_O_MASK), C(PTRACE_EVENT_FORK),   \
      C(PTRACE_EVENT_VFORK), C(PTRACE_EVENT_CLONE), C(PTRACE_EVENT_EXEC),                          \
      C(PTRACE_EVENT_VFORK_DONE), C(PTRACE_EVENT_EXIT), C(PTRACE_EVENT_SECCOMP),                   \
      C(PTRACE_EVENT_STOP), C(PTRACE_PEEKSIGINFO_SHARED)
#define AUXV_PRCTL_ABI(C, T, M)                                                                    \
  C(AT_NULL), C(AT_PHDR), C(AT_PHENT), C(AT_PHNUM), C(AT_PAGESZ), C(AT_BASE), C(AT_ENTRY),         \
      C(AT_UID), C(AT_EUID), C(AT_GID), C(AT_EGID), C(AT_PLATFORM), C(AT_HWCAP), C(AT_CLKTCK),     \
      C(AT_SECURE), C(AT_RANDOM), C(AT_HWCAP2), C(AT_EXECFN), C(AT_SYSINFO), C(AT_SYSINFO_EHDR),   \
      C(AT_MINSIGSTKSZ), C(PR_SET_PDEATHSIG), C(PR_GET_PDEATHSIG), C(PR_GET_DUMPABLE),             \
      C(PR_SET_DUMPABLE), C(PR_GET_KEEPCAPS), C(PR_SET_KEEPCAPS), C(PR_SET_NAME),                  \
      C(PR_GET_UNALIGN), C(PR_SET_UNALIGN), C(PR_GET_FPEMU), C(PR_SET_FPEMU), C(PR_GET_FPEXC),     \
      C(PR_SET_FPEXC), C(PR_GET_TIMING), C(PR_SET_TIMING), C(PR_GET_ENDIAN), C(PR_SET_ENDIAN),     \
      C(PR_SET_SECCOMP), C(PR_CAPBSET_DROP), C(PR_GET_TSC), C(PR_SET_TSC), C(PR_GET_SECUREBITS),   \
      C(PR_SET_SECUREBITS), C(PR_TASK_PERF_EVENTS_DISABLE), C(PR_TASK_PERF_EVENTS_ENABLE),         \
      C(PR_MCE_KILL), C(PR_MCE_KILL_GET), C(PR_SET_MM), C(PR_SET_THP_DISABLE),                     \
      C(PR_GET_THP_DISABLE), C(PR_SET_FP_MODE), C(PR_GET_FP_MODE), C(PR_CAP_AMBIENT),              \
      C(PR_GET_SPECULATION_CTRL), C(PR_SET_SPECULATION_CTRL), C(PR_SET_TAGGED_ADDR_CTRL),          \
      C(PR_GET_TAGGED_ADDR_CTRL), C(PR_SET_IO_FLUSHER), C(PR_GET_IO_FLUSHER),                      \
      C(PR_SET_SYSCALL_USER_DISPATCH), C(PR_SCHED_CORE), C(PR_SET_VMA), C(PR_GET_NAME),            \
      C(PR_GET_SECCOMP), C(PR_CAPBSET_READ), C(PR_SET_TIMERSLACK), C(PR_GET_TIMERSLACK),           \
      C(PR_SET_CHILD_SUBREAPER), C(PR_GET_CHILD_SUBREAPER), C(PR_SET_NO_NEW_PRIVS),                \
      C(PR_GET_NO_NEW_PRIVS), C(PR_GET_TID_ADDRESS), C(PR_SET_PTRACER), C(PR_SET_PTRACER_ANY)
#define RESOURCE_ABI(C, T, M)                                                                      \
  C(RLIMIT_CPU), C(RLIMIT_FSIZE), C(RLIMIT_DATA), C(RLIMIT_STACK), C(RLIMIT_CORE), C(RLIMIT_RSS),  \
      C(RLIMIT_NPROC), C(RLIMIT_NOFILE), C(RLIMIT_MEMLOCK), C(RLIMIT_AS), C(RLIMIT_LOCKS),         \
      C(RLIMIT_SIGPENDING), C(RLIMIT_MSGQUEUE), C(RLIMIT_NICE), C(RLIMIT_RTPRIO),                  \
      C(RLIMIT_RTTIME), C(RLIMIT_NLIMITS), C(RLIM_INFINITY), C(RLIM_SAVED_CUR), C(RLIM_SAVED_MAX), \
      C(RUSAGE_SELF), C(RUSAGE_CHILDREN), C(RUSAGE_THREAD), C(PRIO_MIN), C(PRIO_MAX),              \
      C(PRIO_PROCESS), C(PRIO_PGRP), C(PRIO_USER), T(rlim_t), T(struct rlimit),                    \
      M(struct rlimit, rlim_cur), M(struct rlimit, rlim_max), T(struct rusage),                    \
      M(struct rusage, ru_utime), M(struct rusage, ru_stime), M(struct rusage, ru_maxrss),         \
      M(struct rusage, ru_ixrss), M(struct rusage, ru_idrss), M(struct rusage, ru_isrss),          \
      M(struct rusage, ru_minflt), M(struct rusage, ru_majflt), M(struct rusage, ru_nswap),        \
      M(struct rusage, ru_inblock), M(struct rusage, ru_oublock), M(struct rusage, ru_msgsnd),     \
      M(struct rusage, ru_msgrcv), M(struct rusage, ru_nsignals), M(struct rusage, ru_nvcsw),      \
      M(struct rusage, ru_nivcsw), T(struct utsname), M(struct utsname, sysname),                  \
      M(struct utsname, nodename), M(struct utsname, release), M(struct utsname, version),         \
      M(struct utsname, machine), M(struct utsname, domainname)
#define DEVNUM_NR_LFS_ABI(C, T, M)                                                                 \
                                                                                                   \
  T(dev_t), C(__NR_read), C(__NR_write), C(__NR_getpid), C(__NR_clone), C(__NR_clone3),            \
      C(__NR_statx), C(__NR_openat), C(__NR_exit_group), C(__NR_io_uring_setup),                   \
      C(__NR_process_madvise), C(__NR_memfd_secret), C(__NR_afs_syscall), C(SYS_read),             \
      C(SYS_getpid), C(SYS_clone3), C(SYS_capget), C(SYS_capset), T(off64_t), T(ino64_t),          \
      T(blkcnt64_t), T(fsblkcnt64_t), T(fsfilcnt64_t), T(rlim64_t), C(RLIM64_INFINITY),            \
      T(struct stat64), M(struct stat64, st_size), M(struct stat64, st_ino), T(struct statfs64),   \
      M(struct statfs64, f_blocks), T(struct statvfs64), M(struct statvfs64, f_namemax),           \
      T(struct rlimit64), T(struct dirent64), C(F_GETLK64), C(F_SETLK64), C(F_SETLKW64)

#define SYSHEADERS_ABI_LISTS(X)                                                                    \
  X(SCHED_ABI)                                                                                     \
  X(TERMIOS_ABI)                                                                                   \
  X(TTY_IOCTL_ABI)                                                                                 \
  X(STATVFS_ABI) X(PERSONALITY_PTRACE_ABI) X(AUXV_PRCTL_ABI) X(RESOURCE_ABI) X(DEVNUM_NR_LFS_ABI)
#define ORACLE_SYSHEADERS_DECLARE(list)                                                            \
  extern const struct abi_row oracle_##list[];                                                     \
  extern const unsigned oracle_##list##_len;
SYSHEADERS_ABI_LISTS(ORACLE_SYSHEADERS_DECLARE)

/* glibc's termios calls on the same bytes: the termios pointers are glibc's
 * struct termios, which has sysgate's layout (checked by TERMIOS_ABI). */
int oracle_tcgetattr(int fd, void *termios_p, int *err);
int oracle_tcsetattr(int fd, int action, const void *termios_p, int *err);
void oracle_cfmakeraw(void *termios_p);
unsigned oracle_cfgetispeed(const void *termios_p);
unsigned oracle_cfgetospeed(const void *termios_p);
int oracle_cfsetispeed(void *termios_p, unsigned speed, int *err);
int oracle_cfsetospeed(void *termios_p, unsigned speed, int *err);
int oracle_cfsetspeed(void *termios_p, unsigned speed, int *err);
int oracle_tcdrain(int fd, int *err);
int oracle_tcflush(int fd, int queue, int *err);
int oracle_tcflow(int fd, int action, int *err);
int oracle_tcsendbreak(int fd, int duration, int *err);
int oracle_tcgetsid(int fd, int *err);

/* statvfs and fstatvfs into glibc's struct statvfs (sysgate's layout). */
int oracle_statvfs(const char *path, void *buf, int *err);
int oracle_fstatvfs(int fd, void *buf, int *err);
/* utime with (actime, modtime), or NULL times when `now`; the path may be NULL. */
int oracle_utime(const char *path, int now, long long actime, long long modtime, int *err);
/* The file's (atime, mtime) seconds from glibc's stat; 0 on success. */
int oracle_file_times(const char *path, long long *atime, long long *mtime);
int oracle_getentropy(void *buf, unsigned long len, int *err);

/* glibc's CPU_* macros on a set of setsize bytes. op: '&', '|', '^'. */
int oracle_cpu_count_s(unsigned long setsize, const void *set);
void oracle_cpu_op_s(unsigned long setsize, void *dest, const void *a, const void *b, char op);
int oracle_cpu_equal_s(unsigned long setsize, const void *a, const void *b);
/* CPU_SET_S, CPU_CLR_S (clear != 0), CPU_ISSET_S with glibc's macros; returns ISSET's answer. */
int oracle_cpu_set_s(long cpu, unsigned long setsize, void *set, int clear);
int oracle_cpu_isset_s(long cpu, unsigned long setsize, const void *set);

/* glibc's sched calls. */
int oracle_sched_getscheduler(int pid, int *err);
int oracle_sched_getparam(int pid, int *priority, int *err);
int oracle_sched_setscheduler(int pid, int policy, int priority, int *err);
int oracle_sched_setparam(int pid, int priority, int *err);
int oracle_sched_get_priority_max(int policy, int *err);
int oracle_sched_get_priority_min(int policy, int *err);
int oracle_unshare(int flags, int *err);
int oracle_setns(int fd, int nstype, int *err);
int oracle_sched_getcpu(void);
/* interval may be NULL; else its seconds and nanoseconds go to *sec, *nsec. */
int oracle_sched_rr_get_interval(int pid, int with_interval, long long *sec, long *nsec, int *err);
long oracle_ptrace(int request, int pid, void *addr, void *data, int *err);

/* glibc's get_nprocs, get_nprocs_conf, get_phys_pages, get_avphys_pages, in that order. */
void oracle_sysinfo_counts(long out[4]);

/* glibc's capget and capset (exported, declared by no glibc header). */
int oracle_capget(void *header, void *data, int *err);
int oracle_capset(void *header, const void *data, int *err);

/* glibc's <sys/sysmacros.h>, which are functions, not constants. */
unsigned long long oracle_makedev(unsigned major, unsigned minor);
unsigned oracle_major(unsigned long long dev);
unsigned oracle_minor(unsigned long long dev);

#endif
