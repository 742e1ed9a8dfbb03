/* <sys/types.h>: ssize_t, off_t, pid_t, uid_t, gid_t, mode_t, time_t,
 * clockid_t... (sysgate/types.h), dev_t, ino_t, nlink_t, blksize_t, blkcnt_t
 * (sysgate/stat.h).
 *
 * Not obvious: off_t, ino_t and time_t are 64-bit on i386 too, as glibc's with
 * _FILE_OFFSET_BITS=64 and _TIME_BITS=64, whatever the program defines.
 */
#ifndef SYSGATE_POSIX_SYS_TYPES_H
#define SYSGATE_POSIX_SYS_TYPES_H

#include <sysgate/stat.h>
#include <sysgate/types.h>

#include <sysgate/lfs64.h> /* the *64 names under _GNU_SOURCE */

#endif
