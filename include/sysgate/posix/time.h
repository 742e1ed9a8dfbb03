/* <time.h>: clock_gettime, clock_getres, time, nanosleep, clock_nanosleep, the
 * CLOCK_* values and struct timespec (sysgate/time.h, sysgate/vdso_time.h); struct
 * tm, gmtime, localtime, mktime, timegm, tzset, asctime, ctime, strftime, difftime
 * (sysgate/calendar.h); the POSIX timers timer_create ... timer_delete (sysgate/timer.h).
 *
 * Not obvious: time_t is 64-bit on i386 too, as glibc's with _TIME_BITS=64, so the
 * calendar functions reach far past 2038 on both arches.
 */
#ifndef SYSGATE_POSIX_TIME_H
#define SYSGATE_POSIX_TIME_H

#include <sysgate/calendar.h>
#include <sysgate/time.h>
#include <sysgate/timer.h>
#include <sysgate/vdso_time.h>

#endif
