/* <errno.h>: errno and the E* values (sysgate/errno.h).
 *
 * Not obvious: errno is a macro naming sysgate's one global, sysgate_errno, not a
 * thread-local variable: right for the single-threaded programs sysgate runs.
 */
#ifndef SYSGATE_POSIX_ERRNO_H
#define SYSGATE_POSIX_ERRNO_H

#include <sysgate/errno.h>

#endif
