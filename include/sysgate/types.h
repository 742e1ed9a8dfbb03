/* sysgate/types.h: the POSIX scalar types and the few structures that several
 * wrapper families share (sys_types.h(3type), timespec(3type), timeval(3type),
 * sigset_t(3type)).
 *
 * Not obvious: off_t and time_t are 64-bit on i386 too, as glibc's with _FILE_OFFSET_BITS=64 and
 * _TIME_BITS=64: y2038-safe. Where the i386 kernel wants 32-bit halves or the *_time64 calls, the
 * wrappers convert. struct timespec matches the kernel's __kernel_timespec (two 64-bit words) on
 * both arches; on i386 tv_nsec is a long followed by padding, which the kernel ignores for 32-bit
 * callers (kernel/time/time.c, get_timespec64()).
 */
#ifndef SYSGATE_TYPES_H
#define SYSGATE_TYPES_H

#include <stddef.h>
#include <stdint.h>

#include "arch.h"

typedef __PTRDIFF_TYPE__ ssize_t; /* int on i386, long on x86_64: glibc's choice too */
typedef int64_t off_t;
typedef unsigned int mode_t;
typedef int pid_t;
typedef unsigned int uid_t;
typedef unsigned int gid_t;
typedef unsigned int id_t;
typedef int64_t time_t;
typedef int64_t suseconds_t;
typedef int clockid_t;
typedef unsigned int socklen_t;

struct timespec {
  time_t tv_sec;
  long tv_nsec;
  SYSGATE_ARCH_TIMESPEC_PAD
};

struct timeval {
  time_t tv_sec;
  suseconds_t tv_usec;
};

/* The kernel's signal set: 64 signals on x86 (_NSIG), what rt_sigprocmask and
 * rt_sigaction take with sigsetsize 8. glibc's 128-byte sigset_t is larger. */
typedef struct {
  unsigned long sig[64 / (8 * sizeof(unsigned long))];
} sigset_t;

#endif
