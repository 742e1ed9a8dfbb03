/* posix_spawn_file_actions_init(3), _destroy, _addopen, _addclose, _adddup2 and
 * the GNU _addchdir_np and _addfchdir_np: a list of steps the posix_spawn child
 * takes in order (src/libc/spawn.c).
 *
 * Not obvious: a descriptor is checked when the action is added, not when it is
 * done: below 0 or at or above the RLIMIT_NOFILE soft limit is EBADF here, as
 * glibc's __spawn_valid_fd decides (posix/spawn_valid_fd.c); a descriptor in that
 * range that is not open fails only in the child, if at all.
 */
#include <sysgate/errno.h>
#include <sysgate/malloc.h>
#include <sysgate/resource.h>
#include <sysgate/string.h>

#include "spawn_impl.h"

static int valid_fd(int fd) {
  struct rlimit lim;
  if (fd < 0 || sys_getrlimit(RLIMIT_NOFILE, &lim) != 0)
    return 0;
  return lim.rlim_cur == RLIM_INFINITY || (rlim_t)fd < lim.rlim_cur;
}

int posix_spawn_file_actions_init(posix_spawn_file_actions_t *actions) {
  *actions = (posix_spawn_file_actions_t){0};
  return 0;
}

int posix_spawn_file_actions_destroy(posix_spawn_file_actions_t *actions) {
  for (int i = 0; i < actions->sysgate_used; i++)
    free(actions->sysgate_actions[i].path);
  free(actions->sysgate_actions);
  *actions = (posix_spawn_file_actions_t){0};
  return 0;
}

/* Appends *step; its path (if any) is copied first. 0 or ENOMEM. */
static int add(posix_spawn_file_actions_t *actions, struct sysgate_spawn_action step,
               const char *path) {
  if (actions->sysgate_used == actions->sysgate_allocated) {
    int more = actions->sysgate_allocated == 0 ? 8 : 2 * actions->sysgate_allocated;
    struct sysgate_spawn_action *grown =
        reallocarray(actions->sysgate_actions, (size_t)more, sizeof *grown);
    if (grown == NULL)
      return ENOMEM;
    actions->sysgate_actions = grown;
    actions->sysgate_allocated = more;
  }
  step.path = NULL;
  if (path != NULL && (step.path = strdup(path)) == NULL)
    return ENOMEM;
  actions->sysgate_actions[actions->sysgate_used++] = step;
  return 0;
}

int posix_spawn_file_actions_addopen(posix_spawn_file_actions_t *actions, int fd, const char *path,
                                     int oflag, mode_t mode) {
  if (!valid_fd(fd))
    return EBADF;
  return add(actions,
             (struct sysgate_spawn_action){
                 .kind = SYSGATE_SPAWN_OPEN, .fd = fd, .oflag = oflag, .mode = mode},
             path);
}

int posix_spawn_file_actions_addclose(posix_spawn_file_actions_t *actions, int fd) {
  if (!valid_fd(fd))
    return EBADF;
  return add(actions, (struct sysgate_spawn_action){.kind = SYSGATE_SPAWN_CLOSE, .fd = fd}, NULL);
}

int posix_spawn_file_actions_adddup2(posix_spawn_file_actions_t *actions, int fd, int newfd) {
  if (!valid_fd(fd) || !valid_fd(newfd))
    return EBADF;
  return add(actions,
             (struct sysgate_spawn_action){.kind = SYSGATE_SPAWN_DUP2, .fd = newfd, .from = fd},
             NULL);
}

int posix_spawn_file_actions_addchdir_np(posix_spawn_file_actions_t *actions, const char *path) {
  return add(actions, (struct sysgate_spawn_action){.kind = SYSGATE_SPAWN_CHDIR}, path);
}

int posix_spawn_file_actions_addfchdir_np(posix_spawn_file_actions_t *actions, int fd) {
  if (!valid_fd(fd))
    return EBADF;
  return add(actions, (struct sysgate_spawn_action){.kind = SYSGATE_SPAWN_FCHDIR, .fd = fd}, NULL);
}
