/* <sys/statvfs.h>: statvfs, fstatvfs, struct statvfs and ST_* (sysgate/statvfs.h),
 * and the *64 names (sysgate/lfs64.h).
 *
 * Not obvious: both are statfs(2) rearranged in the C library, as glibc's are.
 */
#ifndef SYSGATE_POSIX_SYS_STATVFS_H
#define SYSGATE_POSIX_SYS_STATVFS_H

#include <sysgate/lfs64.h>
#include <sysgate/statvfs.h>

#endif
