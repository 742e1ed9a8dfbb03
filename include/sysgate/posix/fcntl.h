/* <fcntl.h>: open, openat, creat, fcntl and the O_*, AT_*, F_* values (sysgate's
 * fcntl.h and fdctl.h), with the S_I* mode bits of <sys/stat.h>.
 *
 * Not obvious: POSIX has <fcntl.h> define the S_I* bits too, so that
 * open(path, O_CREAT | O_WRONLY, S_IRUSR | S_IWUSR) needs no other header; glibc
 * does the same. open() is variadic: the mode is read only with O_CREAT or O_TMPFILE.
 */
#ifndef SYSGATE_POSIX_FCNTL_H
#define SYSGATE_POSIX_FCNTL_H

#include <sysgate/fcntl.h>
#include <sysgate/stat.h>

#include <sysgate/lfs64.h> /* the *64 names under _GNU_SOURCE */

#endif
