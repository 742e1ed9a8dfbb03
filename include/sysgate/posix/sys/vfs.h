/* <sys/vfs.h>: glibc's other name for <sys/statfs.h>.
 *
 * Not obvious: nothing; it only includes <sys/statfs.h>, as glibc's does.
 */
#ifndef SYSGATE_POSIX_SYS_VFS_H
#define SYSGATE_POSIX_SYS_VFS_H

#include <sys/statfs.h>

#endif
