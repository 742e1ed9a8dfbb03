/* What posix_spawn's file actions hold (src/libc/spawn_actions.c fills them,
 * src/libc/spawn.c's child does them in order).
 *
 * Not obvious: the path of an open or chdir action is a copy that the action owns
 * (glibc copies it too since 2.29), so the caller's buffer may change or die
 * between posix_spawn_file_actions_addopen and posix_spawn.
 */
#ifndef SYSGATE_LIBC_SPAWN_IMPL_H
#define SYSGATE_LIBC_SPAWN_IMPL_H

#include <sysgate/spawn.h>

enum sysgate_spawn_kind {
  SYSGATE_SPAWN_CLOSE,
  SYSGATE_SPAWN_DUP2,
  SYSGATE_SPAWN_OPEN,
  SYSGATE_SPAWN_CHDIR,
  SYSGATE_SPAWN_FCHDIR,
};

struct sysgate_spawn_action {
  enum sysgate_spawn_kind kind;
  int fd;    /* close, dup2's and open's target, fchdir */
  int from;  /* dup2's source */
  int oflag; /* open */
  mode_t mode;
  char *path; /* open, chdir: owned */
};

#endif
