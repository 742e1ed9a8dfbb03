/* <sys/prctl.h>: prctl and the PR_* operations (sysgate/prctl.h).
 *
 * Not obvious: glibc's includes <linux/prctl.h>, which also names each
 * operation's argument values (PR_CAP_AMBIENT_RAISE, PR_MCE_KILL_EARLY, ...);
 * sysgate's names the operations only, so a program using those values takes
 * them from <linux/prctl.h>.
 */
#ifndef SYSGATE_POSIX_SYS_PRCTL_H
#define SYSGATE_POSIX_SYS_PRCTL_H

#include <sysgate/prctl.h>

#endif
