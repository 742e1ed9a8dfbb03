/* sysgate/wait.h: wait4(2), waitpid(2), waitid(2), the W* options and status
 * macros, and the P_* id types.
 *
 * Not obvious: x86_64 has no waitpid system call; waitpid is wait4 without a
 * rusage on both arches, as in glibc. waitid's kernel entry has a fifth
 * argument, a struct rusage, which neither glibc nor sysgate passes (NULL):
 * on i386 it would be the 32-bit layout.
 */
#ifndef SYSGATE_WAIT_H
#define SYSGATE_WAIT_H

#include "resource.h"
#include "signal.h"
#include "syscall.h"
#include "types.h"

/* Options (include/uapi/linux/wait.h). */
#define WNOHANG 0x00000001
#define WUNTRACED 0x00000002
#define WSTOPPED WUNTRACED
#define WEXITED 0x00000004
#define WCONTINUED 0x00000008
#define WNOWAIT 0x01000000
#define __WNOTHREAD 0x20000000
#define __WALL 0x40000000
#define __WCLONE 0x80000000

/* The status word (kernel/exit.c): exit code << 8; or the signal, 0x80 if it
 * dumped core; or signal << 8 | 0x7f when stopped; or 0xffff when continued. */
#define WEXITSTATUS(s) (((s)&0xff00) >> 8)
#define WTERMSIG(s) ((s)&0x7f)
#define WSTOPSIG(s) WEXITSTATUS(s)
#define WCOREDUMP(s) ((s)&0x80)
#define WIFEXITED(s) (WTERMSIG(s) == 0)
#define WIFSTOPPED(s) (((s)&0xff) == 0x7f)
#define WIFSIGNALED(s) (WTERMSIG(s) != 0 && WTERMSIG(s) != 0x7f)
#define WIFCONTINUED(s) ((s) == 0xffff)

typedef enum { P_ALL = 0, P_PID = 1, P_PGID = 2, P_PIDFD = 3 } idtype_t;

#ifdef SYSGATE_ARCH_WAIT_H /* i386: wait4 with a 32-bit rusage */
#include SYSGATE_ARCH_WAIT_H
#endif
#include "calls/wait.h"

SG_INLINE long sys_waitpid(pid_t pid, int *status, int options) {
  return sys_wait4(pid, status, options, NULL);
}

SG_INLINE long sys_waitid(idtype_t idtype, id_t id, siginfo_t *info, int options) {
  return syscall5(SYS_waitid, idtype, (long)id, (long)info, options, 0);
}

/* wait(2): waitpid(-1, status, 0); from the C library layer (src/libc/wait.c). */
pid_t wait(int *status) SG_SYMBOL(wait);

#endif
