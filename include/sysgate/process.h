/* sysgate/process.h: the process calls of glibc's <unistd.h>, <signal.h>, <sys/personality.h>:
 * getppid(2), gettid(2), fork(2), vfork(2), execve(2), execveat(2), the ids (getuid(2),
 * setresuid(2), getgroups(2) ...), sessions and groups (setsid(2), setpgid(2) ...), sethostname(2),
 * personality(2), kill(2), killpg(3), tgkill(2); and from syscall(2)'s share: tkill(2),
 * set_tid_address(2), kcmp(2), ioprio_get(2), ioprio_set(2), clone3(2).
 *
 * Not obvious: fork is the fork system call, not glibc's clone: with no threads and no TLS there is
 * no tid to record and no atfork handler to run. vfork is assembly (src/arch/<arch>/vfork.S): the
 * child borrows the parent's stack, so vfork's own return address must be in a register, not on the
 * stack, when the child returns and calls on; a C wrapper's frame would be overwritten before the
 * parent got to use it. (the rest: docs/calls.md)
 */
#ifndef SYSGATE_PROCESS_H
#define SYSGATE_PROCESS_H

#include "fcntl.h"       /* execveat(2)'s AT_EMPTY_PATH, AT_SYMLINK_NOFOLLOW */
#include "personality.h" /* personality(2), with its PER_* names */
#include "resource.h"    /* and SYSGATE_ARCH_PROC_H after its structs */
#include "syscall.h"
#include "types.h"

/* X(arg count, return type, name, number, (type, name) per argument) */
#define SYSGATE_PROCESS_CALLS(X)                                                                   \
  X(0, pid_t, fork, SYS_fork)                                                                      \
  X(3, int, execve, SYS_execve, const char *, path, char *const *, argv, char *const *, envp)      \
  X(5, int, execveat, SYS_execveat, int, dirfd, const char *, path, char *const *, argv,           \
    char *const *, envp, int, flags)                                                               \
  X(0, pid_t, setsid, SYS_setsid)                                                                  \
  X(1, pid_t, getsid, SYS_getsid, pid_t, pid)                                                      \
  X(2, int, setpgid, SYS_setpgid, pid_t, pid, pid_t, pgid)                                         \
  X(1, pid_t, getpgid, SYS_getpgid, pid_t, pid)                                                    \
  X(2, int, sethostname, SYS_sethostname, const char *, name, size_t, len)                         \
  X(1, pid_t, set_tid_address, SYS_set_tid_address, int *, tidptr)                                 \
  X(2, int, kill, SYS_kill, pid_t, pid, int, sig)                                                  \
  X(3, int, tgkill, SYS_tgkill, pid_t, tgid, pid_t, tid, int, sig)                                 \
  X(2, int, tkill, SYS_tkill, pid_t, tid, int, sig)                                                \
  X(5, int, kcmp, SYS_kcmp, pid_t, pid1, pid_t, pid2, int, type, unsigned long, idx1,              \
    unsigned long, idx2)                                                                           \
  X(2, int, ioprio_get, SYS_ioprio_get, int, which, int, who)                                      \
  X(3, int, ioprio_set, SYS_ioprio_set, int, which, int, who, int, ioprio)                         \
  X(2, long, clone3, SYS_clone3, struct clone_args *, cl_args, size_t, size)

/* clone3(2)'s struct clone_args is sysgate/clone_args.h's (or <linux/sched.h>'s); kcmp's
 * KCMP_* are sysgate/kcmp.h's, ioprio's IOPRIO_* sysgate/ioprio.h's: copies of the kernel's
 * headers, which sysgate.h includes and the POSIX drop-ins do not (glibc's do not either). */
struct clone_args;

/* The ids, numbered per arch (SYSGATE_NR_ID: i386's getuid32 ...). */
#define SYSGATE_ID_CALLS(X)                                                                        \
  X(1, int, setuid, SYSGATE_NR_ID(setuid), uid_t, uid)                                             \
  X(1, int, setgid, SYSGATE_NR_ID(setgid), gid_t, gid)                                             \
  X(2, int, setreuid, SYSGATE_NR_ID(setreuid), uid_t, ruid, uid_t, euid)                           \
  X(2, int, setregid, SYSGATE_NR_ID(setregid), gid_t, rgid, gid_t, egid)                           \
  X(3, int, setresuid, SYSGATE_NR_ID(setresuid), uid_t, ruid, uid_t, euid, uid_t, suid)            \
  X(3, int, setresgid, SYSGATE_NR_ID(setresgid), gid_t, rgid, gid_t, egid, gid_t, sgid)            \
  X(3, int, getresuid, SYSGATE_NR_ID(getresuid), uid_t *, ruid, uid_t *, euid, uid_t *, suid)      \
  X(3, int, getresgid, SYSGATE_NR_ID(getresgid), gid_t *, rgid, gid_t *, egid, gid_t *, sgid)      \
  X(2, int, getgroups, SYSGATE_NR_ID(getgroups), int, size, gid_t *, list)                         \
  X(2, int, setgroups, SYSGATE_NR_ID(setgroups), size_t, size, const gid_t *, list)

SYSGATE_PROCESS_CALLS(SG_WRAP)
SYSGATE_ID_CALLS(SG_WRAP)

/* killpg(3): kill(2) of the process group -pgrp (0: the caller's own group). A
 * negative pgrp names no group: EINVAL, as glibc answers, before any call. */
SG_INLINE int killpg(pid_t pgrp, int sig) SG_SYMBOL(killpg);
SG_INLINE int killpg(pid_t pgrp, int sig) {
  return pgrp < 0 ? (int)sysgate_ret(-EINVAL) : kill(-pgrp, sig);
}

/* The calls that cannot fail ("always successful": getppid(2), gettid(2),
 * getpgrp(2), getuid(2), getgid(2); setfsuid(2) and setfsgid(2) answer the old id
 * whether or not they changed it): no error test (SG_WRAP_NOFAIL). */
#define SYSGATE_PROCESS_NOFAIL_CALLS(X)                                                            \
  X(0, pid_t, getppid, SYS_getppid)                                                                \
  X(0, pid_t, gettid, SYS_gettid)                                                                  \
  X(0, pid_t, getpgrp, SYS_getpgrp)                                                                \
  X(1, int, setfsuid, SYSGATE_NR_ID(setfsuid), uid_t, fsuid)                                       \
  X(1, int, setfsgid, SYSGATE_NR_ID(setfsgid), gid_t, fsgid)                                       \
  X(0, uid_t, getuid, SYSGATE_NR_ID(getuid))                                                       \
  X(0, uid_t, geteuid, SYSGATE_NR_ID(geteuid))                                                     \
  X(0, gid_t, getgid, SYSGATE_NR_ID(getgid))                                                       \
  X(0, gid_t, getegid, SYSGATE_NR_ID(getegid))

SYSGATE_PROCESS_NOFAIL_CALLS(SG_WRAP_NOFAIL)

/* Assembly, both layers (src/arch/<arch>/vfork.S). returns_twice: the
 * compiler must not keep values in registers or stack slots across the call
 * on the assumption that it returns once, as for setjmp. */
__attribute__((returns_twice)) long sys_vfork(void);
__attribute__((returns_twice)) pid_t vfork(void) SG_SYMBOL(vfork);

#endif
