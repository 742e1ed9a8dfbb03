/* <errno.h>: errno and the E* values (sysgate/errno.h).
 *
 * Not obvious: errno is a macro naming sysgate_errno, one global, or one per thread in
 * the threaded build (sysgate-cc -pthread), never a function call as glibc's is.
 */
#ifndef SYSGATE_POSIX_ERRNO_H
#define SYSGATE_POSIX_ERRNO_H

#include <sysgate/errno.h>

#endif
