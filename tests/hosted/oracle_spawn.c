/* glibc's posix_spawn side of test_spawn.c (oracle_spawn.h). This file includes
 * glibc's headers and never sysgate's.
 *
 * Not obvious: glibc's sigset_t holds 1024 signals, sysgate's the kernel's 64, so
 * the signal sets travel as lists of numbers and each side builds its own.
 */
#define _GNU_SOURCE
#include "oracle_spawn.h"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <stddef.h>
#include <sys/wait.h>

extern char **environ;

static void fill(sigset_t *set, const int *signals) {
  sigemptyset(set);
  for (int i = 0; i < ORACLE_SPAWN_MAX_SIGNALS && signals[i] != 0; i++)
    sigaddset(set, signals[i]);
}

static int add_action(posix_spawn_file_actions_t *fa, const struct oracle_spawn_action *a,
                      const char *out) {
  switch (a->kind) {
  case ORACLE_SPAWN_OPEN:
    return posix_spawn_file_actions_addopen(fa, a->fd, a->path, a->oflag, 0644);
  case ORACLE_SPAWN_OPEN_OUT:
    return posix_spawn_file_actions_addopen(fa, a->fd, out, O_WRONLY | O_CREAT | O_TRUNC, 0644);
  case ORACLE_SPAWN_CLOSE:
    return posix_spawn_file_actions_addclose(fa, a->fd);
  case ORACLE_SPAWN_DUP2:
    return posix_spawn_file_actions_adddup2(fa, a->from, a->fd);
  case ORACLE_SPAWN_CHDIR:
    return posix_spawn_file_actions_addchdir_np(fa, a->path);
  }
  return -1;
}

int oracle_spawn_run(const struct oracle_spawn_case *c, const char *out, int *status) {
  posix_spawn_file_actions_t fa;
  posix_spawnattr_t attr;
  posix_spawn_file_actions_init(&fa);
  posix_spawnattr_init(&attr);
  int r = 0;
  for (int i = 0; i < c->n_actions && r == 0; i++)
    r = add_action(&fa, &c->actions[i], out);
  if (r == 0 && c->use_attr) {
    sigset_t set;
    fill(&set, c->mask);
    posix_spawnattr_setsigmask(&attr, &set);
    fill(&set, c->sigdefault);
    posix_spawnattr_setsigdefault(&attr, &set);
    posix_spawnattr_setpgroup(&attr, c->pgroup);
    r = posix_spawnattr_setflags(&attr, c->flags);
  }
  pid_t pid = -7;
  if (r == 0) {
    char *const *argv = (char *const *)c->argv;
    r = c->search ? posix_spawnp(&pid, c->path, &fa, c->use_attr ? &attr : NULL, argv, environ)
                  : posix_spawn(&pid, c->path, &fa, c->use_attr ? &attr : NULL, argv, environ);
  }
  if (r == 0 && waitpid(pid, status, 0) != pid)
    r = -1;
  posix_spawn_file_actions_destroy(&fa);
  posix_spawnattr_destroy(&attr);
  return r;
}

int oracle_spawn_addopen(int fd) {
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  int r = posix_spawn_file_actions_addopen(&fa, fd, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_destroy(&fa);
  return r;
}

int oracle_spawn_addclose(int fd) {
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  int r = posix_spawn_file_actions_addclose(&fa, fd);
  posix_spawn_file_actions_destroy(&fa);
  return r;
}

int oracle_spawn_adddup2(int fd, int newfd) {
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  int r = posix_spawn_file_actions_adddup2(&fa, fd, newfd);
  posix_spawn_file_actions_destroy(&fa);
  return r;
}

int oracle_spawn_setflags(short flags) {
  posix_spawnattr_t attr;
  posix_spawnattr_init(&attr);
  int r = posix_spawnattr_setflags(&attr, flags);
  posix_spawnattr_destroy(&attr);
  return r;
}

void oracle_spawn_ignore(int sig, int ignore) {
  signal(sig, ignore ? SIG_IGN : SIG_DFL);
}
