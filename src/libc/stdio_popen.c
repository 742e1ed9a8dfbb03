/* popen(3), pclose(3): a stream to or from `/bin/sh -c command`.
 *
 * Not obvious: as glibc (libio/iopopen.c), the mode is "r" or "w" and may add only 'e' (anything
 * else, "rb" too, is EINVAL); the pipe is made close-on-exec so no other child inherits it, and the
 * parent's end loses close-on-exec again unless 'e' was given. The child closes the descriptors of
 * earlier popen streams (POSIX asks it) before running the shell. (the rest: docs/libc.md)
 */
#include <sysgate/errno.h>
#include <sysgate/fcntl.h>
#include <sysgate/fd.h>
#include <sysgate/fdctl.h>
#include <sysgate/process.h>
#include <sysgate/stdlib.h>
#include <sysgate/unistd.h>
#include <sysgate/wait.h>

#include "stdio_impl.h"

/* The child's side, in a function of its own: the caller's variables are not live
 * across vfork here, so none can be clobbered by the child's use of the stack. */
__attribute__((noinline)) static pid_t spawn(const char *command, int child_end, int child_std) {
  char *argv[] = {"sh", "-c", (char *)command, 0};
  pid_t pid = vfork();
  if (pid == 0) {
    if (child_end == child_std)
      sys_fcntl(child_end, F_SETFD, 0);
    else
      sys_dup2(child_end, child_std);
    for (FILE *o = sysgate_stdio_streams; o; o = o->next)
      if (o->pid && o->fd != child_std)
        sys_close(o->fd);
    sys_execve("/bin/sh", argv, environ);
    _exit(127);
  }
  return pid;
}

FILE *popen(const char *command, const char *mode) {
  int reading = mode[0] == 'r', cloexec = 0;
  if (!reading && mode[0] != 'w') {
    errno = EINVAL;
    return 0;
  }
  for (const char *m = mode + 1; *m; m++) {
    if (*m != 'e') {
      errno = EINVAL;
      return 0;
    }
    cloexec = 1;
  }
  int p[2];
  if (pipe2(p, O_CLOEXEC) < 0)
    return 0;
  int parent_end = p[reading ? 0 : 1], child_end = p[reading ? 1 : 0];
  int child_std = reading ? 1 : 0;
  FILE *f = sysgate_stdio_new(parent_end, reading ? STREAM_NO_WRITES : STREAM_NO_READS);
  if (!f) {
    close(p[0]);
    close(p[1]);
    return 0;
  }
  LIST_LOCK(); /* the child walks the list: no fopen or fclose meanwhile */
  pid_t pid = spawn(command, child_end, child_std);
  LIST_UNLOCK();
  int e = errno;
  close(child_end);
  if (pid < 0) {
    sysgate_stdio_release(f);
    close(parent_end);
    errno = e;
    return 0;
  }
  if (!cloexec)
    fcntl(parent_end, F_SETFD, 0);
  f->pid = pid;
  return f;
}

int pclose(FILE *f) {
  pid_t pid = f->pid;
  if (fclose(f) == EOF && !pid)
    return EOF;
  if (!pid)
    return 0;
  int status;
  pid_t r;
  do
    r = waitpid(pid, &status, 0);
  while (r < 0 && errno == EINTR);
  return r < 0 ? -1 : status;
}
