/* <utime.h>: utime and struct utimbuf (sysgate/utime.h).
 *
 * Not obvious: time_t is 64-bit on i386 too, so struct utimbuf matches glibc's
 * with _TIME_BITS=64.
 */
#ifndef SYSGATE_POSIX_UTIME_H
#define SYSGATE_POSIX_UTIME_H

#include <sysgate/utime.h>

#endif
