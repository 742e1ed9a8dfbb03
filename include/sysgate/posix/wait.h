/* <wait.h>: the old name of <sys/wait.h>, which glibc keeps.
 *
 * Not obvious: nothing; it only includes <sys/wait.h>, as glibc's does.
 */
#ifndef SYSGATE_POSIX_WAIT_H
#define SYSGATE_POSIX_WAIT_H

#include <sys/wait.h>

#endif
