/* <sys/statfs.h>: statfs, fstatfs, struct statfs, fsid_t (sysgate/statfs.h),
 * and the *64 names (sysgate/lfs64.h).
 *
 * Not obvious: on i386 these are the kernel's statfs64 calls: struct statfs has
 * 64-bit counts on both arches, as glibc's with _FILE_OFFSET_BITS=64.
 */
#ifndef SYSGATE_POSIX_SYS_STATFS_H
#define SYSGATE_POSIX_SYS_STATFS_H

#include <sysgate/lfs64.h>
#include <sysgate/statfs.h>

#endif
