/* posix_spawn(3) and posix_spawnp(3): a child made with clone(2) CLONE_VM |
 * CLONE_VFORK on a stack of its own, which sets itself up (signals, session or
 * process group, ids, file actions, mask) and execs.
 *
 * Not obvious (the design of musl's and glibc's, src/process/posix_spawn.c and
 * sysdeps/unix/sysv/linux/spawni.c): the child shares the parent's memory and the parent sleeps
 * until the child has exec'd or exited (CLONE_VFORK), so the child reports a failure by storing its
 * error in the parent's struct spawn_args, and the parent reads it the moment it wakes. (the rest:
 * docs/libc.md)
 */
#include <sysgate/errno.h>
#include <sysgate/fcntl.h>
#include <sysgate/fd.h>
#include <sysgate/fdctl.h>
#include <sysgate/path.h>
#include <sysgate/process.h>
#include <sysgate/sched.h>
#include <sysgate/signal.h>
#include <sysgate/unistd.h>
#include <sysgate/wait.h>

#include "exec_list.h"
#include "spawn_impl.h"

/* The child's frames: the setup below, then execvpe's PATH buffer (4 KiB at most)
 * for posix_spawnp; the rest is room for -O0 and sanitizer builds. */
enum { CHILD_STACK_BYTES = 32768, EXEC_FAILED_STATUS = 127 };

struct spawn_args {
  const char *path;
  char *const *argv;
  char *const *envp;
  const posix_spawn_file_actions_t *actions;
  const posix_spawnattr_t *attr;
  sigset_t parent_mask; /* the mask the child gets without POSIX_SPAWN_SETSIGMASK */
  int search;           /* posix_spawnp */
  int err;              /* the child's error number; 0 once it has exec'd */
};

/* Every caught signal back to SIG_DFL (its handler is the parent's, in memory the
 * child is about to lose), and with SETSIGDEF the listed ones as well. */
static void reset_signals(const posix_spawnattr_t *attr) {
  struct sigaction dfl = {0};
  dfl.sa_handler = SIG_DFL;
  for (int sig = 1; sig <= SIGRTMAX; sig++) {
    struct sigaction old;
    if (sysgate_is_error(sysgate_sigaction_as(0, sig, NULL, &old)))
      continue; /* SIGKILL and SIGSTOP answer too, but cannot be caught */
    int listed = attr != NULL && (attr->sysgate_flags & POSIX_SPAWN_SETSIGDEF) &&
                 sigismember(&attr->sysgate_sigdefault, sig) == 1;
    if (listed || (old.sa_handler != SIG_DFL && old.sa_handler != SIG_IGN))
      sysgate_sigaction_as(0, sig, &dfl, NULL);
  }
}

static long do_action(const struct sysgate_spawn_action *step) {
  long ret = 0;
  switch (step->kind) {
  case SYSGATE_SPAWN_CLOSE:
    sys_close(step->fd); /* not open is no error (glibc): the fd was checked when added */
    break;
  case SYSGATE_SPAWN_DUP2:
    if (step->from != step->fd)
      return sys_dup2(step->from, step->fd);
    ret = sys_fcntl(step->fd, F_GETFD, 0); /* the same fd: it stays open across exec */
    if (!sysgate_is_error(ret))
      ret = sys_fcntl(step->fd, F_SETFD, (unsigned long)ret & ~(unsigned long)FD_CLOEXEC);
    break;
  case SYSGATE_SPAWN_OPEN:
    ret = sys_open(step->path, step->oflag, step->mode);
    if (!sysgate_is_error(ret) && ret != step->fd) {
      int got = (int)ret;
      ret = sys_dup2(got, step->fd);
      if (!sysgate_is_error(ret))
        ret = sys_close(got);
    }
    break;
  case SYSGATE_SPAWN_CHDIR:
    return sys_chdir(step->path);
  case SYSGATE_SPAWN_FCHDIR:
    return sys_fchdir(step->fd);
  }
  return ret;
}

/* Everything before the exec, in glibc's order; 0 or -errno. */
static long set_up(const struct spawn_args *a) {
  const posix_spawnattr_t *attr = a->attr;
  short flags = attr != NULL ? attr->sysgate_flags : 0;
  reset_signals(attr);
  long ret = 0;
  if (flags & POSIX_SPAWN_SETSID)
    ret = sys_setsid();
  if (!sysgate_is_error(ret) && (flags & POSIX_SPAWN_SETPGROUP)) /* after SETSID: EPERM */
    ret = sys_setpgid(0, attr->sysgate_pgroup);
  if (sysgate_is_error(ret))
    return ret;
  if (flags & POSIX_SPAWN_RESETIDS) {
    ret = sys_setresuid((uid_t)-1, (uid_t)sys_getuid(), (uid_t)-1);
    if (!sysgate_is_error(ret))
      ret = sys_setresgid((gid_t)-1, (gid_t)sys_getgid(), (gid_t)-1);
    if (sysgate_is_error(ret))
      return ret;
  }
  for (int i = 0; a->actions != NULL && i < a->actions->sysgate_used; i++) {
    ret = do_action(&a->actions->sysgate_actions[i]);
    if (sysgate_is_error(ret))
      return ret;
  }
  const sigset_t *mask =
      (flags & POSIX_SPAWN_SETSIGMASK) ? &attr->sysgate_sigmask : &a->parent_mask;
  return sys_sigprocmask(SIG_SETMASK, mask, NULL);
}

static int child(void *arg) {
  struct spawn_args *a = arg;
  long ret = set_up(a);
  if (!sysgate_is_error(ret)) {
    if (a->search) {
      sysgate_execvpe_as(a->path, a->argv, a->envp, 0);
      ret = -errno;
    } else {
      ret = sys_execve(a->path, a->argv, a->envp);
    }
  }
  a->err = (int)-ret;
  return EXEC_FAILED_STATUS;
}

static int spawn(pid_t *pid, const char *path, const posix_spawn_file_actions_t *actions,
                 const posix_spawnattr_t *attr, char *const argv[], char *const envp[],
                 int search) {
  _Alignas(16) char stack[CHILD_STACK_BYTES];
  struct spawn_args a = {
      .path = path, .argv = argv, .envp = envp, .actions = actions, .attr = attr, .search = search};
  int saved_errno = errno;
  sigset_t all;
  sysgate_sigset_fill_words(&all, ~0UL);
  sys_sigprocmask(SIG_BLOCK, &all, &a.parent_mask);
  long kid = sysgate_clone_fn(child, stack + sizeof stack, CLONE_VM | CLONE_VFORK | SIGCHLD, &a,
                              NULL, NULL, NULL);
  int err = sysgate_is_error(kid) ? (int)-kid : a.err;
  if (!sysgate_is_error(kid) && err != 0)
    sys_wait4((pid_t)kid, NULL, 0, NULL); /* the child that failed: reaped, as glibc does */
  sys_sigprocmask(SIG_SETMASK, &a.parent_mask, NULL);
  errno = err != 0 ? err : saved_errno; /* as glibc's, whose child sets its errno */
  if (err == 0 && pid != NULL)
    *pid = (pid_t)kid;
  return err;
}

int posix_spawn(pid_t *pid, const char *path, const posix_spawn_file_actions_t *actions,
                const posix_spawnattr_t *attr, char *const argv[], char *const envp[]) {
  return spawn(pid, path, actions, attr, argv, envp, 0);
}

int posix_spawnp(pid_t *pid, const char *file, const posix_spawn_file_actions_t *actions,
                 const posix_spawnattr_t *attr, char *const argv[], char *const envp[]) {
  return spawn(pid, file, actions, attr, argv, envp, 1);
}
