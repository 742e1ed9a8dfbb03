/* <dirent.h>: opendir, fdopendir, readdir (readdir64), closedir, rewinddir,
 * telldir, seekdir, dirfd, scandir, alphasort, getdents64, struct dirent, DIR and
 * the DT_* values (sysgate/dirent.h).
 *
 * Not obvious: struct dirent is glibc's 64-bit one on both arches (64-bit d_ino and
 * d_off), what glibc gives i386 programs built with _FILE_OFFSET_BITS=64.
 */
#ifndef SYSGATE_POSIX_DIRENT_H
#define SYSGATE_POSIX_DIRENT_H

#include <sysgate/dirent.h>

#include <sysgate/lfs64.h> /* the *64 names under _GNU_SOURCE */

#endif
