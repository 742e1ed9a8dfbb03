/* sysgate/stat.h beyond its table rows: fchmodat's fallback for a kernel without
 * fchmodat2 (before Linux 6.6), out of line, and the external definitions of the
 * helpers (utimes' common body, gnu_dev_*, the arch's stat conversions).
 *
 * Not obvious: an inline function that another inline one calls needs its
 * external definition too (i386's stat conversions), or a caller compiled
 * without inlining would not link: SYSGATE_ARCH_STAT_EXTRA names them.
 */
#include <sysgate/fcntl.h>
#include <sysgate/stat.h>
#include <sysgate/unistd.h>

/* glibc's fchmodat without fchmodat2 (sysdeps/unix/sysv/linux/fchmodat.c:
 * Debian 12's glibc 2.36 does this for any flags, later ones after fchmodat2's
 * ENOSYS), step for step and error for error: a flag other than
 * AT_SYMLINK_NOFOLLOW is EINVAL; the file is opened O_PATH | O_NOFOLLOW, which
 * gives a symlink's own descriptor, and its type read from that descriptor, so
 * the file tested is the file changed; a symlink is EOPNOTSUPP (Linux keeps no
 * mode for one); anything else is changed through its /proc/self/fd/N link,
 * since chmod follows that to the file and fchmod refuses an O_PATH descriptor.
 * ENOENT from there means no /proc, and is EOPNOTSUPP. musl tests the type
 * with fstatat before the open instead, leaving a window between the two. */
__attribute__((cold)) long sysgate_fchmodat_fallback(int dirfd, const char *path, mode_t mode,
                                                     int flags) {
  if (flags != AT_SYMLINK_NOFOLLOW)
    return -EINVAL;
  long fd = sys_openat(dirfd, path, O_PATH | O_NOFOLLOW | O_CLOEXEC, 0);
  if (sysgate_is_error(fd))
    return fd;
  struct stat st;
  long r = sys_fstatat((int)fd, "", &st, AT_EMPTY_PATH);
  if (r == 0 && S_ISLNK(st.st_mode))
    r = -EOPNOTSUPP;
  if (r == 0) {
    static const char dir[] = "/proc/self/fd/";
    char name[sizeof dir + 10]; /* an int's digits and the NUL */
    char digits[10];
    size_t n = 0, len = sizeof dir - 1;
    unsigned long v = (unsigned long)fd;
    do
      digits[n++] = (char)('0' + v % 10);
    while ((v /= 10) != 0);
    __builtin_memcpy(name, dir, len);
    while (n > 0)
      name[len++] = digits[--n];
    name[len] = '\0';
    r = sys_chmod(name, mode);
    if (r == -ENOENT)
      r = -EOPNOTSUPP;
  }
  sys_close((int)fd);
  return r;
}

#define SG_EXTERN_ONE(name) SG_EXTERN(name);
SYSGATE_ARCH_STAT_EXTRA(SG_EXTERN_ONE)
SG_EXTERN(sysgate_utimes_at);
SG_EXTERN(gnu_dev_major);
SG_EXTERN(gnu_dev_minor);
SG_EXTERN(gnu_dev_makedev);
