/* <sys/file.h>: flock and LOCK_* (sysgate/file.h), with <fcntl.h>'s names, which
 * glibc's includes.
 *
 * Not obvious: a flock lock belongs to the open file description (flock(2)).
 */
#ifndef SYSGATE_POSIX_SYS_FILE_H
#define SYSGATE_POSIX_SYS_FILE_H

#include <fcntl.h>
#include <sysgate/file.h>

#endif
