/* <sys/stat.h>: stat, fstat, lstat, fstatat, chmod, fchmod, mkdir, umask, mknod,
 * utimensat, struct stat and the S_* values (sysgate/stat.h).
 *
 * Not obvious: on i386 struct stat is glibc's 64-bit-time layout, filled from
 * statx(2), not the kernel's stat64, whose times end in 2038.
 */
#ifndef SYSGATE_POSIX_SYS_STAT_H
#define SYSGATE_POSIX_SYS_STAT_H

#include <sysgate/stat.h>

#include <sysgate/lfs64.h> /* the *64 names under _GNU_SOURCE */

#endif
