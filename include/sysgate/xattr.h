/* sysgate/xattr.h: getxattr(2), lgetxattr, fgetxattr, setxattr(2), lsetxattr,
 * fsetxattr, listxattr(2), llistxattr, flistxattr, removexattr(2), lremovexattr,
 * fremovexattr (glibc: <sys/xattr.h>), and XATTR_CREATE, XATTR_REPLACE.
 *
 * Not obvious: a size of 0 asks how big the value or list is, without copying
 * anything; the answer may be stale by the next call (xattr(7)).
 */
#ifndef SYSGATE_XATTR_H
#define SYSGATE_XATTR_H

#include "syscall.h"
#include "types.h"

/* setxattr flags (include/uapi/linux/xattr.h). */
/* Both flags are here, so the kernel's <linux/xattr.h> leaves them out
 * (<linux/libc-compat.h>'s switch, as glibc's <sys/xattr.h> sets it). After that
 * header the switch is set already, and the flags too, with the same values. */
#ifndef __UAPI_DEF_XATTR
#define __UAPI_DEF_XATTR 0
#endif
#ifndef XATTR_CREATE
#define XATTR_CREATE 0x1
#define XATTR_REPLACE 0x2
#endif

/* X(arg count, return type, name, number, (type, name) per argument) */
#define SYSGATE_XATTR_CALLS(X)                                                                     \
  X(4, ssize_t, getxattr, SYS_getxattr, const char *, path, const char *, name, void *, value,     \
    size_t, size)                                                                                  \
  X(4, ssize_t, lgetxattr, SYS_lgetxattr, const char *, path, const char *, name, void *, value,   \
    size_t, size)                                                                                  \
  X(4, ssize_t, fgetxattr, SYS_fgetxattr, int, fd, const char *, name, void *, value, size_t,      \
    size)                                                                                          \
  X(5, int, setxattr, SYS_setxattr, const char *, path, const char *, name, const void *, value,   \
    size_t, size, int, flags)                                                                      \
  X(5, int, lsetxattr, SYS_lsetxattr, const char *, path, const char *, name, const void *, value, \
    size_t, size, int, flags)                                                                      \
  X(5, int, fsetxattr, SYS_fsetxattr, int, fd, const char *, name, const void *, value, size_t,    \
    size, int, flags)                                                                              \
  X(3, ssize_t, listxattr, SYS_listxattr, const char *, path, char *, list, size_t, size)          \
  X(3, ssize_t, llistxattr, SYS_llistxattr, const char *, path, char *, list, size_t, size)        \
  X(3, ssize_t, flistxattr, SYS_flistxattr, int, fd, char *, list, size_t, size)                   \
  X(2, int, removexattr, SYS_removexattr, const char *, path, const char *, name)                  \
  X(2, int, lremovexattr, SYS_lremovexattr, const char *, path, const char *, name)                \
  X(2, int, fremovexattr, SYS_fremovexattr, int, fd, const char *, name)

SYSGATE_XATTR_CALLS(SG_WRAP)

#endif
