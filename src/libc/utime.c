/* utime(2): set a file's access and modification times, in whole seconds.
 *
 * Not obvious: it goes to the kernel as utimensat(AT_FDCWD, path, times, 0)
 * without utimensat(3)'s NULL-path check, as glibc's does, so utime(NULL, ...)
 * fails with the kernel's EFAULT, glibc's answer, not EINVAL.
 */
#include <sysgate/fcntl.h>
#include <sysgate/stat.h>
#include <sysgate/utime.h>

int utime(const char *path, const struct utimbuf *times) {
  struct timespec ts[2] = {{0}, {0}};
  if (times) {
    ts[0].tv_sec = times->actime;
    ts[1].tv_sec = times->modtime;
  }
  return (int)sysgate_ret(sys_utimensat(AT_FDCWD, path, times ? ts : NULL, 0));
}
