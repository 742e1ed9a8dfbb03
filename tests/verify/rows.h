/* rows.h: one table of every sysgate wrapper, for the three verification
 * harnesses: the strace oracle (strace_calls.c), seccomp fault injection
 * (inject.c) and the bad-input comparison with glibc (badinput.c).
 *
 * The rows come from two places. Every list that src/wrappers/ emits
 * (SYSGATE_*_CALLS(SG_EMIT)) is found by gen_lists.cmake and expanded here, so a
 * new row in a family's list is verified with no edit in tests/verify/. Wrappers
 * written by hand (variadic, per-arch bodies, libc-only) are rows of
 * VERIFY_EXPLICIT_ROWS below, in the same shape. What the kernel must see for a
 * call is written by hand in rows.c (struct verify_rule): the call's name as
 * strace knows it and, where it differs from "the arguments in order", how. An
 * emitted list's rows must return a value: a void wrapper (sync) is a hand-written
 * entry of rows.c, outside such lists.
 *
 * Not obvious: a row's values are passed through a union, never a cast, so one
 * macro serves every argument type (a 64-bit off_t on i386, a pointer, a short)
 * with -Wall -Wextra -Werror; and the expected registers are derived from the
 * argument's declared type, not from the wrapper's code.
 */
#ifndef SYSGATE_VERIFY_ROWS_H
#define SYSGATE_VERIFY_ROWS_H

#include "verify_lists.h"

#define VERIFY_MAX_ARGS 6
#define VERIFY_MAX_CALLS 6

/* One value of type t from the 64 bits of x (both arches are little-endian). */
#define VERIFY_ARG(t, x)                                                                           \
  (((union {                                                                                       \
     long long ll;                                                                                 \
     t val;                                                                                        \
   }){.ll = (x)})                                                                                  \
       .val)

/* An argument as the row declares it. */
struct verify_arg {
  const char *name, *type;
  unsigned char is_ptr, size, is_signed;
};
#define VERIFY_IS_PTR(t) (__builtin_classify_type((t)0) == 5)
/* t itself, or int for a pointer type: what the signedness test may compare. */
#define VERIFY_INT_TYPE(t) __typeof__(__builtin_choose_expr(VERIFY_IS_PTR(t), 0, (t)0))
#define VERIFY_SIGNED(t) ((VERIFY_INT_TYPE(t)) - 1 < (VERIFY_INT_TYPE(t))1)
#define VERIFY_DESC(t, a)                                                                          \
  { #a, #t, VERIFY_IS_PTR(t), sizeof(t), VERIFY_SIGNED(t) }

/* The leading `nr` of every list below is the row's number, carried along (as in
 * sysgate/syscall.h) so that no list is empty; the harnesses never use it. */
#define VERIFY_CALLARGS_0(v, nr)
#define VERIFY_CALLARGS_1(v, nr, t1, a1) VERIFY_ARG(t1, v[0])
#define VERIFY_CALLARGS_2(v, nr, t1, a1, t2, a2) VERIFY_ARG(t1, v[0]), VERIFY_ARG(t2, v[1])
#define VERIFY_CALLARGS_3(v, nr, t1, a1, t2, a2, t3, a3)                                           \
  VERIFY_CALLARGS_2(v, nr, t1, a1, t2, a2), VERIFY_ARG(t3, v[2])
#define VERIFY_CALLARGS_4(v, nr, t1, a1, t2, a2, t3, a3, t4, a4)                                   \
  VERIFY_CALLARGS_3(v, nr, t1, a1, t2, a2, t3, a3), VERIFY_ARG(t4, v[3])
#define VERIFY_CALLARGS_5(v, nr, t1, a1, t2, a2, t3, a3, t4, a4, t5, a5)                           \
  VERIFY_CALLARGS_4(v, nr, t1, a1, t2, a2, t3, a3, t4, a4), VERIFY_ARG(t5, v[4])
#define VERIFY_CALLARGS_6(v, nr, t1, a1, t2, a2, t3, a3, t4, a4, t5, a5, t6, a6)                   \
  VERIFY_CALLARGS_5(v, nr, t1, a1, t2, a2, t3, a3, t4, a4, t5, a5), VERIFY_ARG(t6, v[5])

#define VERIFY_DESCS_0(nr)                                                                         \
  { 0 }
#define VERIFY_DESCS_1(nr, t1, a1) VERIFY_DESC(t1, a1)
#define VERIFY_DESCS_2(nr, t1, a1, t2, a2) VERIFY_DESC(t1, a1), VERIFY_DESC(t2, a2)
#define VERIFY_DESCS_3(nr, t1, a1, t2, a2, t3, a3)                                                 \
  VERIFY_DESCS_2(nr, t1, a1, t2, a2), VERIFY_DESC(t3, a3)
#define VERIFY_DESCS_4(nr, t1, a1, t2, a2, t3, a3, t4, a4)                                         \
  VERIFY_DESCS_3(nr, t1, a1, t2, a2, t3, a3), VERIFY_DESC(t4, a4)
#define VERIFY_DESCS_5(nr, t1, a1, t2, a2, t3, a3, t4, a4, t5, a5)                                 \
  VERIFY_DESCS_4(nr, t1, a1, t2, a2, t3, a3, t4, a4), VERIFY_DESC(t5, a5)
#define VERIFY_DESCS_6(nr, t1, a1, t2, a2, t3, a3, t4, a4, t5, a5, t6, a6)                         \
  VERIFY_DESCS_5(nr, t1, a1, t2, a2, t3, a3, t4, a4, t5, a5), VERIFY_DESC(t6, a6)

/* Wrappers outside the emitted lists, written as rows of their own:
 *   X(n, T, name, nr, type, arg, ...)  both layers, sys_<name> and <name>, same arguments
 *                                      (a variadic libc layer is called with them all)
 *   R(n, name, nr, type, arg, ...)     the raw layer sys_<name> only
 *   L(n, T, name, nr, type, arg, ...)  the libc layer <name> only
 * Wrappers that fit none of these (void, a function argument, syscall()) are the
 * hand-written entries of rows.c. */
#define VERIFY_EXPLICIT_ROWS(X, R, L)                                                              \
  X(3, int, open, -, const char *, path, int, flags, mode_t, mode)                                 \
  X(4, int, openat, -, int, dirfd, const char *, path, int, flags, mode_t, mode)                   \
  X(2, int, creat, -, const char *, path, mode_t, mode)                                            \
  X(3, int, ioctl, -, int, fd, unsigned long, request, unsigned long, arg)                         \
  X(3, int, fcntl, -, int, fd, int, cmd, unsigned long, arg)                                       \
  X(5, int, prctl, -, int, option, unsigned long, arg2, unsigned long, arg3, unsigned long, arg4,  \
    unsigned long, arg5)                                                                           \
  X(4, long, ptrace, -, int, request, pid_t, pid, void *, addr, void *, data)                      \
  X(6, void *, mmap, -, void *, addr, size_t, len, int, prot, int, flags, int, fd, off_t, off)     \
  X(5, void *, mremap, -, void *, old_address, size_t, old_size, size_t, new_size, int, flags,     \
    void *, new_address)                                                                           \
  X(1, int, brk, -, void *, addr)                                                                  \
  X(3, off_t, lseek, -, int, fd, off_t, offset, int, whence)                                       \
  X(4, int, fallocate, -, int, fd, int, mode, off_t, offset, off_t, len)                           \
  X(5, int, fanotify_mark, -, int, fd, unsigned int, flags, uint64_t, mask, int, dirfd,            \
    const char *, path)                                                                            \
  X(4, ssize_t, preadv, -, int, fd, const struct iovec *, iov, int, iovcnt, off_t, offset)         \
  X(4, ssize_t, pwritev, -, int, fd, const struct iovec *, iov, int, iovcnt, off_t, offset)        \
  X(5, ssize_t, preadv2, -, int, fd, const struct iovec *, iov, int, iovcnt, off_t, offset, int,   \
    flags)                                                                                         \
  X(5, ssize_t, pwritev2, -, int, fd, const struct iovec *, iov, int, iovcnt, off_t, offset, int,  \
    flags)                                                                                         \
  X(3, ssize_t, getdents64, -, int, fd, void *, buf, size_t, size)                                 \
  X(2, char *, getcwd, -, char *, buf, size_t, size)                                               \
  X(4, int, faccessat, -, int, dirfd, const char *, path, int, mode, int, flags)                   \
  X(4, int, fchmodat, -, int, dirfd, const char *, path, mode_t, mode, int, flags)                 \
  X(3, int, mknod, -, const char *, path, mode_t, mode, dev_t, dev)                                \
  X(4, int, mknodat, -, int, dirfd, const char *, path, mode_t, mode, dev_t, dev)                  \
  X(4, int, utimensat, -, int, dirfd, const char *, path, const struct timespec *, times, int,     \
    flags)                                                                                         \
  X(2, int, getitimer, -, int, which, struct itimerval *, curr)                                    \
  X(3, int, setitimer, -, int, which, const struct itimerval *, new_value, struct itimerval *,     \
    old_value)                                                                                     \
  X(2, int, nanosleep, -, const struct timespec *, req, struct timespec *, rem)                    \
  X(4, int, clock_nanosleep, -, clockid_t, clock, int, flags, const struct timespec *, req,        \
    struct timespec *, rem)                                                                        \
  X(2, int, getpriority, -, int, which, id_t, who)                                                 \
  X(2, int, getrlimit, -, int, resource, struct rlimit *, rlim)                                    \
  X(2, int, setrlimit, -, int, resource, const struct rlimit *, rlim)                              \
  X(2, int, getrusage, -, int, who, struct rusage *, usage)                                        \
  X(4, pid_t, wait4, -, pid_t, pid, int *, status, int, options, struct rusage *, usage)           \
  X(3, pid_t, waitpid, -, pid_t, pid, int *, status, int, options)                                 \
  X(4, int, waitid, -, idtype_t, idtype, id_t, id, siginfo_t *, info, int, options)                \
  X(0, pid_t, vfork, -)                                                                            \
  X(1, int, raise, -, int, sig)                                                                    \
  X(3, int, sigaction, -, int, sig, const struct sigaction *, act, struct sigaction *, oldact)     \
  X(3, int, signalfd, -, int, fd, const sigset_t *, mask, int, flags)                              \
  X(2, int, sigwaitinfo, -, const sigset_t *, set, siginfo_t *, info)                              \
  X(3, int, sched_getaffinity, -, pid_t, pid, size_t, size, cpu_set_t *, set)                      \
  X(5, int, select, -, int, nfds, fd_set *, readfds, fd_set *, writefds, fd_set *, exceptfds,      \
    struct timeval *, timeout)                                                                     \
  X(3, int, accept, -, int, fd, struct sockaddr *, addr, socklen_t *, len)                         \
  X(4, ssize_t, recv, -, int, fd, void *, buf, size_t, len, int, flags)                            \
  X(4, ssize_t, send, -, int, fd, const void *, buf, size_t, len, int, flags)                      \
  R(5, clone, -, unsigned long, flags, void *, stack, pid_t *, parent_tid, pid_t *, child_tid,     \
    unsigned long, tls)                                                                            \
  R(5, ppoll, -, struct pollfd *, fds, nfds_t, nfds, struct timespec *, timeout, const sigset_t *, \
    sigmask, size_t, sigsetsize)                                                                   \
  L(4, int, ppoll, -, struct pollfd *, fds, nfds_t, nfds, const struct timespec *, timeout,        \
    const sigset_t *, sigmask)                                                                     \
  R(6, pselect6, -, int, nfds, fd_set *, readfds, fd_set *, writefds, fd_set *, exceptfds,         \
    struct timespec *, timeout, const struct sysgate_sigset_argpack *, sigmask)                    \
  L(6, int, pselect, -, int, nfds, fd_set *, readfds, fd_set *, writefds, fd_set *, exceptfds,     \
    const struct timespec *, timeout, const sigset_t *, sigmask)                                   \
  R(6, epoll_pwait, -, int, epfd, struct epoll_event *, events, int, maxevents, int, timeout,      \
    const sigset_t *, sigmask, size_t, sigsetsize)                                                 \
  L(5, int, epoll_pwait, -, int, epfd, struct epoll_event *, events, int, maxevents, int, timeout, \
    const sigset_t *, sigmask)                                                                     \
  L(2, int, utimes, -, const char *, path, const struct timeval *, tv)                             \
  L(2, int, lutimes, -, const char *, path, const struct timeval *, tv)                            \
  L(2, int, futimes, -, int, fd, const struct timeval *, tv)                                       \
  L(3, int, futimesat, -, int, dirfd, const char *, path, const struct timeval *, tv)              \
  R(4, reboot, -, int, magic, int, magic2, int, cmd, void *, arg)                                  \
  L(1, int, reboot, -, int, howto)                                                                 \
  R(3, syslog, -, int, type, char *, buf, int, len)                                                \
  L(3, int, klogctl, -, int, type, char *, buf, int, len)                                          \
  R(3, timer_create, -, clockid_t, clockid, struct sigevent *, sevp, int *, kernel_id)             \
  L(3, int, timer_create, -, clockid_t, clockid, struct sigevent *, sevp, timer_t *, timerid)      \
  X(3, int, semop, -, int, id, struct sembuf *, sops, size_t, nsops)                               \
  X(4, int, semctl, -, int, id, int, num, int, cmd, unsigned long, arg)                            \
  X(4, mqd_t, mq_open, -, const char *, name, int, flags, mode_t, mode, struct mq_attr *, attr)    \
  X(1, int, mq_unlink, -, const char *, name)                                                      \
  X(2, int, mq_notify, -, mqd_t, mqd, const struct sigevent *, sev)                                \
  X(1, int, mq_close, -, mqd_t, mqd)                                                               \
  X(4, int, mq_send, -, mqd_t, mqd, const char *, msg, size_t, len, unsigned int, prio)            \
  X(4, ssize_t, mq_receive, -, mqd_t, mqd, char *, msg, size_t, len, unsigned int *, prio)         \
  X(2, int, mq_getattr, -, mqd_t, mqd, struct mq_attr *, attr)                                     \
  X(3, int, mq_setattr, -, mqd_t, mqd, const struct mq_attr *, new_attr, struct mq_attr *,         \
    old_attr)                                                                                      \
  R(3, mq_getsetattr, -, mqd_t, mqd, const struct mq_attr *, new_attr, struct mq_attr *, old_attr) \
  R(6, epoll_pwait2, -, int, epfd, struct epoll_event *, events, int, maxevents,                   \
    const struct timespec *, timeout, const sigset_t *, sigmask, size_t, sigsetsize)               \
  L(5, int, epoll_pwait2, -, int, epfd, struct epoll_event *, events, int, maxevents,              \
    const struct timespec *, timeout, const sigset_t *, sigmask)                                   \
  X(2, int, clock_gettime, -, clockid_t, clock, struct timespec *, ts)                             \
  X(2, int, clock_getres, -, clockid_t, clock, struct timespec *, res)                             \
  X(2, int, gettimeofday, -, struct timeval *, tv, void *, tz)                                     \
  X(2, int, getcpu, -, unsigned int *, cpu, unsigned int *, node)                                  \
  X(1, time_t, time, -, time_t *, tloc)                                                            \
  L(2, sighandler_t, signal, -, int, sig, sighandler_t, handler)                                   \
  L(1, void *, sbrk, -, intptr_t, increment)                                                       \
  VERIFY_ARCH_ROWS(X, R, L)

/* i386's fallback for a kernel without statx, a raw call of its own. */
#if defined(__i386__)
#define VERIFY_ARCH_ROWS(X, R, L)                                                                  \
  R(4, fstatat64, -, int, dirfd, const char *, path, struct sysgate_stat64 *, buf, int, flags)
#else
#define VERIFY_ARCH_ROWS(X, R, L)
#endif

/* Every row, auto and explicit: A for a list row, then X, R, L as above. */
#define VERIFY_ALL_ROWS(A, X, R, L) VERIFY_LISTS(A) VERIFY_EXPLICIT_ROWS(X, R, L)

struct verify_row {
  const char *name; /* the wrapper's name as its row writes it */
  const char *kind; /* "explicit", or NULL for a list row: see verify_kind() */
  int nargs;
  struct verify_arg arg[VERIFY_MAX_ARGS];
  long (*call_sys)(const long long *v);  /* NULL: no raw layer in this row */
  long (*call_libc)(const long long *v); /* NULL: no libc layer in this row */
  struct verify_arg ret;                 /* the libc layer's return type */
};

/* One system call as the kernel must see it; bit i of `any`: argument i is a
 * pointer of the wrapper's own (a stack copy), any value will do. */
struct verify_call {
  const char *name;
  int nargs;
  unsigned long arg[VERIFY_MAX_ARGS];
  unsigned any;
};

enum verify_layer { VERIFY_SYS, VERIFY_LIBC };

struct verify_expect {
  enum verify_layer layer; /* the layer called, for a rule that tells them apart */
  int ncalls;
  struct verify_call call[VERIFY_MAX_CALLS];
};

/* Hand-written knowledge of one wrapper (rows.c). */
#define VERIFY_NO_STRACE 1u       /* not in the strace run: `why` says why */
#define VERIFY_NO_INJECT 2u       /* not in the fault-injection run: `why` says why */
#define VERIFY_NO_BADINPUT 4u     /* not in the bad-input run: `why` says why */
#define VERIFY_RET_ERRNO 8u       /* the libc layer returns the error number, errno untouched */
#define VERIFY_RET_NULL 16u       /* the libc layer fails with NULL, not -1 */
#define VERIFY_NO_INJECT_LIBC 32u /* only the raw layer is fault-injected: `why` says why */
#define VERIFY_VDSO                                                                                \
  64u /* the libc layer may be served by the vDSO, with no system call:                            \
       * it is checked where the vDSO is switched off (SYSGATE_NO_VDSO=1) */
struct verify_rule {
  const char *name;  /* a row's name; "sys_<name>" for a raw-only row of its own */
  const char *kname; /* the call strace names, when not the row's name; NULL otherwise */
  unsigned flags;
  const char *why;
  /* Makes the values pass the wrapper's own checks (an aligned offset ...). */
  void (*fix)(long long *v);
  /* The calls the kernel must see; NULL: the default (rows.c, verify_expect()). */
  void (*expect)(const struct verify_row *row, const long long *v, struct verify_expect *e);
};

extern const struct verify_row verify_rows[];
extern const int verify_nrows;

/* The macro a row's list is expanded with (SG_WRAP, SG_SIGSET_WRAP, ...), or "explicit". */
const char *verify_kind(const struct verify_row *row);

/* The rule for a row, or NULL when the default says it all. */
const struct verify_rule *verify_rule(const struct verify_row *row);

/* Distinctive argument values for one call: pointers into a zeroed arena,
 * numbers that say row, layer and position; then the rule's fix. */
void verify_values(int row, enum verify_layer layer, long long *v);

/* What the kernel must see when row's layer is called with v. */
void verify_expect(const struct verify_row *row, enum verify_layer layer, const long long *v,
                   struct verify_expect *out);

/* Is the vDSO in use in this process (sysgate/vdso.h)? */
int verify_vdso_active(void);

/* The register a value of this argument's type becomes: (long)(type)v. */
unsigned long verify_reg(const struct verify_arg *arg, long long v);

#endif
