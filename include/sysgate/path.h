/* sysgate/path.h: the calls on names and owners that glibc declares in
 * <unistd.h>: access(2), faccessat, faccessat2 (no glibc function), rmdir(2),
 * unlink(2), unlinkat, link(2), linkat, symlink(2), symlinkat, readlink(2),
 * readlinkat, chown(2), fchown, lchown, fchownat, getcwd(3), chdir(2), fchdir,
 * chroot(2); and in <stdio.h>: rename(2), renameat, renameat2.
 *
 * Not obvious: the kernel's getcwd returns the length it wrote, glibc's the
 * buffer; and the kernel may write a path that is no path at all,
 * "(unreachable)/...", for a directory outside the root (after chroot), which
 * glibc reports as ENOENT (its fix for CVE-2018-1000001). So does sysgate.
 */
#ifndef SYSGATE_PATH_H
#define SYSGATE_PATH_H

#include "stat.h"

/* access(2) modes. */
#define F_OK 0
#define X_OK 1
#define W_OK 2
#define R_OK 4

/* renameat2(2) flags (include/uapi/linux/fcntl.h). */
#define RENAME_NOREPLACE (1 << 0)
#define RENAME_EXCHANGE (1 << 1)
#define RENAME_WHITEOUT (1 << 2)

#include "calls/path.h"

/* faccessat(2): the kernel's faccessat has no flags argument (fs/open.c), so
 * flags == 0 goes there, on every kernel; other flags go to faccessat2 (Linux
 * 5.8). Before 5.8 glibc works AT_EACCESS and AT_SYMLINK_NOFOLLOW out itself
 * from fstatat and the process's ids; sysgate has no such fallback and
 * reports that kernel's ENOSYS. */
SG_INLINE long sys_faccessat(int dirfd, const char *path, int mode, int flags) {
  if (flags == 0)
    return syscall3(SYS_faccessat, dirfd, (long)path, mode);
  return syscall4(SYS_faccessat2, dirfd, (long)path, mode, flags);
}

/* The raw call returns the length written, terminating NUL included. */

/* glibc allocates when buf is NULL; sysgate has no allocator and fails with
 * EINVAL, as glibc does for size 0. A path longer than the kernel's page-sized
 * limit is ENAMETOOLONG here; glibc then walks up ".." itself. */
SG_INLINE char *getcwd(char *buf, size_t size) SG_SYMBOL(getcwd);
SG_INLINE char *getcwd(char *buf, size_t size) {
  long r = buf == NULL || size == 0 ? -EINVAL : sys_getcwd(buf, size);
  if (!sysgate_is_error(r) && buf[0] != '/')
    r = -ENOENT;
  return sysgate_ret(r) == -1 ? NULL : buf;
}

#endif
