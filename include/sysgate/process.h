/* sysgate/process.h: the process calls of glibc's <unistd.h>, <signal.h>, <sys/personality.h>:
 * getppid(2), gettid(2), fork(2), vfork(2), execve(2), execveat(2), the ids (getuid(2),
 * setresuid(2), getgroups(2) ...), sessions and groups (setsid(2), setpgid(2) ...), sethostname(2),
 * personality(2), kill(2), killpg(3), tgkill(2); and from syscall(2)'s share: tkill(2),
 * set_tid_address(2), kcmp(2), ioprio_get(2), ioprio_set(2), clone3(2).
 *
 * Not obvious: fork is the fork system call, not glibc's clone; in the plain build there is no tid
 * to record and no lock to take (the threaded build's are below). vfork is assembly
 * (src/arch/<arch>/vfork.S): the child borrows the parent's stack, so vfork's own return address
 * must be in a register, not on the stack, when the child returns and calls on; a C wrapper's frame
 * would be overwritten before the parent got to use it. (the rest: docs/calls.md)
 */
#ifndef SYSGATE_PROCESS_H
#define SYSGATE_PROCESS_H

#include "fcntl.h"       /* execveat(2)'s AT_EMPTY_PATH, AT_SYMLINK_NOFOLLOW */
#include "personality.h" /* personality(2), with its PER_* names */
#include "resource.h"    /* getrlimit & co., with struct rlimit and struct rusage */
#include "syscall.h"
#include "types.h"

/* clone3(2)'s struct clone_args is sysgate/clone_args.h's (or <linux/sched.h>'s); kcmp's
 * KCMP_* are sysgate/kcmp.h's, ioprio's IOPRIO_* sysgate/ioprio.h's: copies of the kernel's
 * headers, which sysgate.h includes and the POSIX drop-ins do not (glibc's do not either). */
struct clone_args;

/* The ids are numbered per arch (i386's getuid32 ...: the i386= column of src/calls.tab). */
#include "calls/process.h"

/* fork(2). In the threaded build the C library's locks are taken around it and the child
 * refreshes the tid its thread block caches (src/thread/thread_fork.c); the hosted tests'
 * threaded library (SYSGATE_PREFIX_NAMES) has no thread blocks, and its tests use glibc's fork. */
void sysgate_fork_prepare(void);
void sysgate_fork_done(long ret);
SG_INLINE pid_t fork(void) SG_SYMBOL(fork);
SG_INLINE pid_t fork(void) {
#ifdef SYSGATE_THREAD_BLOCKS
  sysgate_fork_prepare();
#endif
  long ret = sys_fork();
#ifdef SYSGATE_THREAD_BLOCKS
  sysgate_fork_done(ret);
#endif
  SG_TRACE_ARGS(fork, ret, 0, {0});
  return (pid_t)sysgate_ret(ret);
}

/* killpg(3): kill(2) of the process group -pgrp (0: the caller's own group). A
 * negative pgrp names no group: EINVAL, as glibc answers, before any call. */
SG_INLINE int killpg(pid_t pgrp, int sig) SG_SYMBOL(killpg);
SG_INLINE int killpg(pid_t pgrp, int sig) {
  return pgrp < 0 ? (int)sysgate_ret(-EINVAL) : kill(-pgrp, sig);
}

/* The calls that cannot fail ("always successful": getppid(2), gettid(2),
 * getpgrp(2), getuid(2), getgid(2); setfsuid(2) and setfsgid(2) answer the old id
 * whether or not they changed it) have no error test: option nofail. */

/* Assembly, both layers (src/arch/<arch>/vfork.S). returns_twice: the
 * compiler must not keep values in registers or stack slots across the call
 * on the assumption that it returns once, as for setjmp. */
__attribute__((returns_twice)) long sys_vfork(void);
__attribute__((returns_twice)) pid_t vfork(void) SG_SYMBOL(vfork);

#endif
