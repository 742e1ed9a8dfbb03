/* <time.h>: clock_gettime, clock_getres, time, nanosleep, clock_nanosleep, the
 * CLOCK_* values and struct timespec (sysgate/time.h, sysgate/vdso_time.h).
 *
 * Not obvious: time_t is 64-bit on i386 too, as glibc's with _TIME_BITS=64; there
 * is no localtime, strftime or other calendar code: the kernel knows only seconds.
 */
#ifndef SYSGATE_POSIX_TIME_H
#define SYSGATE_POSIX_TIME_H

#include <sysgate/time.h>
#include <sysgate/vdso_time.h>

#endif
