/* <sys/wait.h>: waitpid, wait4, waitid, the W* options and status macros
 * (sysgate/wait.h).
 *
 * Not obvious: there is no wait(&status) yet; waitpid(-1, &status, 0) is the
 * same call.
 */
#ifndef SYSGATE_POSIX_SYS_WAIT_H
#define SYSGATE_POSIX_SYS_WAIT_H

#include <sysgate/wait.h>

#endif
