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

#include "calls/xattr.h"

#endif
