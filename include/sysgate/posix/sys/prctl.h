/* <sys/prctl.h>: prctl and the PR_* operations sysgate names (sysgate/prctl.h).
 *
 * Not obvious: glibc's includes <linux/prctl.h> for the whole PR_* list;
 * sysgate's names a subset, so a program using another PR_* value must take it
 * from <linux/prctl.h>.
 */
#ifndef SYSGATE_POSIX_SYS_PRCTL_H
#define SYSGATE_POSIX_SYS_PRCTL_H

#include <sysgate/prctl.h>

#endif
