/* <ftw.h>: nftw, ftw, struct FTW, FTW_* (sysgate/ftw.h), and <sys/stat.h>'s struct
 * stat, which the callbacks receive.
 *
 * Not obvious: glibc defines the FTW_PHYS... walk flags only under _XOPEN_SOURCE
 * 500 or _GNU_SOURCE; sysgate always defines them.
 */
#ifndef SYSGATE_POSIX_FTW_H
#define SYSGATE_POSIX_FTW_H

#include <sysgate/ftw.h>

#include <sysgate/lfs64.h> /* the *64 names under _GNU_SOURCE */

#endif
