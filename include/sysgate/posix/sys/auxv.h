/* <sys/auxv.h>: getauxval and the AT_* keys (sysgate/auxv.h).
 *
 * Not obvious: a missing key gives 0 with errno ENOENT, as glibc's does.
 */
#ifndef SYSGATE_POSIX_SYS_AUXV_H
#define SYSGATE_POSIX_SYS_AUXV_H

#include <sysgate/auxv.h>

#endif
