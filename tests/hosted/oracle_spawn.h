/* A posix_spawn scenario in plain C, run by glibc's posix_spawn in oracle_spawn.c
 * and by sysgate's in test_spawn.c, so the two runs can be compared: the result,
 * the child's wait status and what the child wrote.
 *
 * Not obvious: the file actions are data (kind, fds, flags, path), so each side
 * builds its own posix_spawn_file_actions_t from the same list; the path of an
 * "out" action is filled in per side, so the two children write different files.
 */
#ifndef SYSGATE_TEST_ORACLE_SPAWN_H
#define SYSGATE_TEST_ORACLE_SPAWN_H

enum oracle_spawn_kind {
  ORACLE_SPAWN_OPEN,
  ORACLE_SPAWN_OPEN_OUT, /* open the side's output file (O_WRONLY|O_CREAT|O_TRUNC) on fd */
  ORACLE_SPAWN_CLOSE,
  ORACLE_SPAWN_DUP2,
  ORACLE_SPAWN_CHDIR,
};

struct oracle_spawn_action {
  enum oracle_spawn_kind kind;
  int fd, from, oflag;
  const char *path;
};

enum { ORACLE_SPAWN_MAX_ACTIONS = 6, ORACLE_SPAWN_MAX_SIGNALS = 4 };

struct oracle_spawn_case {
  int search; /* posix_spawnp */
  const char *path;
  const char *argv[8]; /* NULL-terminated */
  int n_actions;
  struct oracle_spawn_action actions[ORACLE_SPAWN_MAX_ACTIONS];
  int use_attr;
  short flags;
  int pgroup;
  int mask[ORACLE_SPAWN_MAX_SIGNALS]; /* 0-terminated signal lists */
  int sigdefault[ORACLE_SPAWN_MAX_SIGNALS];
};

/* glibc's posix_spawn(p) of c with out as the OPEN_OUT path and envp as the child's
 * environment: its result, and the child's wait status in *status when it is 0. */
int oracle_spawn_run(const struct oracle_spawn_case *c, const char *out, char **envp, int *status);

/* glibc's answers for the checks done when an action or a flag is added. */
int oracle_spawn_add(const struct oracle_spawn_action *a);
int oracle_spawn_setflags(short flags);

/* glibc's sigaction of sig to SIG_IGN (1) or SIG_DFL (0), for the parent's state. */
void oracle_spawn_ignore(int sig, int ignore);

#endif
