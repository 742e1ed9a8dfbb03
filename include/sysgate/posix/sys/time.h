/* <sys/time.h>: gettimeofday, getitimer, setitimer, struct timeval, struct
 * itimerval (sysgate/vdso_time.h, sysgate/time.h).
 *
 * Not obvious: gettimeofday's timezone argument is obsolete; pass NULL.
 */
#ifndef SYSGATE_POSIX_SYS_TIME_H
#define SYSGATE_POSIX_SYS_TIME_H

#include <sysgate/time.h>
#include <sysgate/vdso_time.h>

#endif
