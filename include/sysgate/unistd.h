/* sysgate/unistd.h: read(2), write(2), close(2), getpid(2), _exit(2).
 *
 * Not obvious: close() is never retried on EINTR: Linux has already freed the
 * descriptor by then (close(2), "Dealing with error returns from close()"), and a
 * retry could close a descriptor another thread has just been given.
 */
#ifndef SYSGATE_UNISTD_H
#define SYSGATE_UNISTD_H

#include "syscall.h"
#include "types.h"

#define STDIN_FILENO 0
#define STDOUT_FILENO 1
#define STDERR_FILENO 2

#include "calls/unistd.h"

/* exit_group ends every thread; the plain exit after it is for a kernel without
 * exit_group (before 2.5.35), and never returns either. */
SG_INLINE _Noreturn void _exit(int status) SG_SYMBOL(_exit);
SG_INLINE _Noreturn void _exit(int status) {
  syscall1(SYS_exit_group, status);
  for (;;)
    syscall1(SYS_exit, status);
}

/* fork, execve, the ids and glibc's other <unistd.h> process calls. */
#include "process.h"

/* The descriptor calls (lseek, pread, dup, pipe, fsync, truncate, ...) and brk/sbrk. */
#include "brk.h"
#include "fd.h"

#endif
