/* One posix_spawn scenario (oracle_spawn.h) carried out: included by both
 * oracle_spawn.c, where <spawn.h> is glibc's, and test_spawn.c, where it is
 * sysgate's, so the two sides build their actions and attributes by the same text
 * and differ only in whose functions the names resolve to.
 *
 * Not obvious: errno is read right after the spawn call, before the objects are
 * destroyed, since that is the errno a program would see.
 */
#ifndef SYSGATE_TEST_SPAWN_CASE_H
#define SYSGATE_TEST_SPAWN_CASE_H

static void spawn_case_fill(sigset_t *set, const int *signals) {
  sigemptyset(set);
  for (int i = 0; i < ORACLE_SPAWN_MAX_SIGNALS && signals[i] != 0; i++)
    sigaddset(set, signals[i]);
}

/* Adds one action; out is the side's path for ORACLE_SPAWN_OPEN_OUT. */
static int spawn_case_add(posix_spawn_file_actions_t *fa, const struct oracle_spawn_action *a,
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

/* What adding the one action a to a new object answers. */
static int spawn_case_add_alone(const struct oracle_spawn_action *a) {
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  int r = spawn_case_add(&fa, a, "/dev/null");
  posix_spawn_file_actions_destroy(&fa);
  return r;
}

/* posix_spawn(p) of c: its result, *pid as the call left it (set to -7 first) and
 * errno right after the call in *err. */
static int spawn_case_run(const struct oracle_spawn_case *c, const char *out, char **envp,
                          pid_t *pid, int *err) {
  posix_spawn_file_actions_t fa;
  posix_spawnattr_t attr;
  posix_spawn_file_actions_init(&fa);
  posix_spawnattr_init(&attr);
  int r = 0;
  for (int i = 0; i < c->n_actions && r == 0; i++)
    r = spawn_case_add(&fa, &c->actions[i], out);
  if (r == 0 && c->use_attr) {
    sigset_t set;
    spawn_case_fill(&set, c->mask);
    posix_spawnattr_setsigmask(&attr, &set);
    spawn_case_fill(&set, c->sigdefault);
    posix_spawnattr_setsigdefault(&attr, &set);
    posix_spawnattr_setpgroup(&attr, c->pgroup);
    r = posix_spawnattr_setflags(&attr, c->flags);
  }
  *pid = -7;
  *err = errno;
  if (r == 0) {
    char *const *argv = (char *const *)c->argv;
    const posix_spawnattr_t *a = c->use_attr ? &attr : NULL;
    r = c->search ? posix_spawnp(pid, c->path, &fa, a, argv, envp)
                  : posix_spawn(pid, c->path, &fa, a, argv, envp);
    *err = errno;
  }
  posix_spawn_file_actions_destroy(&fa);
  posix_spawnattr_destroy(&attr);
  return r;
}

#endif
