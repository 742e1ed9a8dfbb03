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

/* X(arg count, return type, name, number, (type, name) per argument) */
#define SYSGATE_PATH_CALLS(X)                                                                      \
  X(2, int, access, SYS_access, const char *, path, int, mode)                                     \
  X(4, int, faccessat2, SYS_faccessat2, int, dirfd, const char *, path, int, mode, int, flags)     \
  X(1, int, rmdir, SYS_rmdir, const char *, path)                                                  \
  X(1, int, unlink, SYS_unlink, const char *, path)                                                \
  X(3, int, unlinkat, SYS_unlinkat, int, dirfd, const char *, path, int, flags)                    \
  X(2, int, rename, SYS_rename, const char *, oldpath, const char *, newpath)                      \
  X(4, int, renameat, SYS_renameat, int, olddirfd, const char *, oldpath, int, newdirfd,           \
    const char *, newpath)                                                                         \
  X(5, int, renameat2, SYS_renameat2, int, olddirfd, const char *, oldpath, int, newdirfd,         \
    const char *, newpath, unsigned int, flags)                                                    \
  X(2, int, link, SYS_link, const char *, oldpath, const char *, newpath)                          \
  X(5, int, linkat, SYS_linkat, int, olddirfd, const char *, oldpath, int, newdirfd, const char *, \
    newpath, int, flags)                                                                           \
  X(2, int, symlink, SYS_symlink, const char *, target, const char *, linkpath)                    \
  X(3, int, symlinkat, SYS_symlinkat, const char *, target, int, newdirfd, const char *, linkpath) \
  X(3, ssize_t, readlink, SYS_readlink, const char *, path, char *, buf, size_t, size)             \
  X(4, ssize_t, readlinkat, SYS_readlinkat, int, dirfd, const char *, path, char *, buf, size_t,   \
    size)                                                                                          \
  X(3, int, chown, SYSGATE_ARCH_NR_chown, const char *, path, uid_t, owner, gid_t, group)          \
  X(3, int, fchown, SYSGATE_ARCH_NR_fchown, int, fd, uid_t, owner, gid_t, group)                   \
  X(3, int, lchown, SYSGATE_ARCH_NR_lchown, const char *, path, uid_t, owner, gid_t, group)        \
  X(5, int, fchownat, SYS_fchownat, int, dirfd, const char *, path, uid_t, owner, gid_t, group,    \
    int, flags)                                                                                    \
  X(1, int, chdir, SYS_chdir, const char *, path)                                                  \
  X(1, int, fchdir, SYS_fchdir, int, fd)                                                           \
  X(1, int, chroot, SYS_chroot, const char *, path)

SYSGATE_PATH_CALLS(SG_WRAP)

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
SG_LIBC(4, int, faccessat, custom, int, dirfd, const char *, path, int, mode, int, flags)

/* The raw call returns the length written, terminating NUL included. */
SG_SYS(2, getcwd, SYS_getcwd, char *, buf, size_t, size)

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
