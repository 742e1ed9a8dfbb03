/* glibc's posix_spawn side of test_spawn.c (oracle_spawn.h), carried out by
 * spawn_case.h as sysgate's side is. This file includes glibc's headers and never
 * sysgate's.
 *
 * Not obvious: glibc's sigset_t holds 1024 signals, sysgate's the kernel's 64, so
 * the signal sets travel as lists of numbers and each side builds its own.
 */
#define _GNU_SOURCE
#include "oracle_spawn.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <stddef.h>
#include <sys/wait.h>

#include "spawn_case.h"

int oracle_spawn_run(const struct oracle_spawn_case *c, const char *out, char **envp, int *status) {
  pid_t pid;
  int err;
  int r = spawn_case_run(c, out, envp, &pid, &err);
  if (r == 0 && waitpid(pid, status, 0) != pid)
    r = -1;
  return r;
}

int oracle_spawn_add(const struct oracle_spawn_action *a) {
  return spawn_case_add_alone(a);
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
