/* shm_open(3), shm_unlink(3): POSIX shared memory objects as files in
 * /dev/shm, a tmpfs on Linux.
 *
 * Not obvious: the name rules are glibc's 2.36 (posix/shm-directory.c, measured): every leading '/'
 * is skipped; what is left must be non-empty, free of '/' and fit glibc's path buffer with its NUL
 * (SHM_PATH_MAX: room for "/dev/shm/", a "sem." prefix and NAME_MAX), or the call fails with
 * EINVAL. So a name of 256-259 bytes reaches the kernel, which says ENAMETOOLONG. (the rest:
 * docs/libc.md)
 */
#include <sysgate/fcntl.h>
#include <sysgate/mman.h>
#include <sysgate/path.h>
#include <sysgate/string.h>

#define SHM_DIR "/dev/shm/"
#define SHM_PATH_MAX (sizeof SHM_DIR + 4 + 255) /* "/dev/shm/", "sem.", NAME_MAX */

/* "/dev/shm/<name>" into path: 0, or EINVAL for a name glibc refuses. */
static int shm_path(char path[SHM_PATH_MAX], const char *name) {
  while (*name == '/')
    name++;
  size_t len = strlen(name);
  if (len == 0 || strchr(name, '/') || sizeof SHM_DIR + len > SHM_PATH_MAX)
    return EINVAL;
  memcpy(path, SHM_DIR, sizeof SHM_DIR - 1);
  memcpy(path + sizeof SHM_DIR - 1, name, len + 1);
  return 0;
}

int shm_open(const char *name, int flags, mode_t mode) {
  char path[SHM_PATH_MAX];
  int err = shm_path(path, name);
  if (err)
    return (int)sysgate_ret(-err);
  long ret = sys_open(path, flags | O_NOFOLLOW | O_CLOEXEC, mode);
  return (int)sysgate_ret(ret == -EISDIR ? -EINVAL : ret);
}

int shm_unlink(const char *name) {
  char path[SHM_PATH_MAX];
  if (shm_path(path, name))
    return (int)sysgate_ret(-ENOENT);
  long ret = sys_unlink(path);
  return (int)sysgate_ret(ret == -EPERM ? -EACCES : ret);
}
