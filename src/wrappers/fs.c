/* External definitions of the paths-and-metadata family: sysgate/stat.h,
 * statfs.h, path.h, dirent.h and xattr.h, with the arch's fs.h (stat(2),
 * statx(2), statfs(2), getdents64(2), xattr(7) and the rest); the bodies are the
 * inline ones in those headers.
 *
 * Not obvious: an inline function that another inline one calls needs its
 * external definition too (i386's stat conversions), or a caller compiled
 * without inlining would not link: SYSGATE_ARCH_FS_EXTRA names them.
 */
#include <sysgate/dirent.h>
#include <sysgate/path.h>
#include <sysgate/stat.h>
#include <sysgate/statfs.h>
#include <sysgate/xattr.h>

/* The calls whose two layers are written out by hand rather than by a row. */
#define SG_FS_HAND_WRITTEN(X)                                                                      \
  X(fchmodat) X(mknod) X(mknodat) X(utimensat) X(faccessat) X(getcwd) X(getdents64)
#define SG_EMIT_BOTH(name)                                                                         \
  SG_EXTERN(sys_##name);                                                                           \
  SG_EXTERN(name);
#define SG_EMIT_ONE(name) SG_EXTERN(name);

SYSGATE_STAT_CALLS(SG_EMIT)
SYSGATE_UMASK_CALLS(SG_EMIT)
SYSGATE_STAT_ARCH_CALLS(SG_EMIT)
SYSGATE_STATFS_CALLS(SG_EMIT)
SYSGATE_PATH_CALLS(SG_EMIT)
SYSGATE_XATTR_CALLS(SG_EMIT)
SG_FS_HAND_WRITTEN(SG_EMIT_BOTH)
SYSGATE_ARCH_FS_EXTRA(SG_EMIT_ONE)
SG_EMIT_ONE(gnu_dev_major)
SG_EMIT_ONE(gnu_dev_minor)
SG_EMIT_ONE(gnu_dev_makedev)
