/* sysgate/resource.h: getrlimit(2), setrlimit(2), prlimit(2), getrusage(2),
 * getpriority(2), setpriority(2), with RLIMIT_*, RUSAGE_* and PRIO_*.
 *
 * Not obvious: the raw getpriority returns 20 - nice (1..40), so that no success looks like an
 * error (getpriority(2), "C library/kernel differences"); the libc layer turns it back into the
 * nice value, as glibc does, and -1 stays both a valid nice and the error value (clear errno first
 * to tell them apart). rlim_t and both struct timevals of struct rusage are 64-bit on i386 too; the
 * arch header (arch/i386/resource.h) gets there with prlimit64 and a copy.
 */
#ifndef SYSGATE_RESOURCE_H
#define SYSGATE_RESOURCE_H

#include "syscall.h"
#include "types.h"

#define RLIMIT_CPU 0
#define RLIMIT_FSIZE 1
#define RLIMIT_DATA 2
#define RLIMIT_STACK 3
#define RLIMIT_CORE 4
#define RLIMIT_RSS 5
#define RLIMIT_NPROC 6
#define RLIMIT_NOFILE 7
#define RLIMIT_MEMLOCK 8
#define RLIMIT_AS 9
#define RLIMIT_LOCKS 10
#define RLIMIT_SIGPENDING 11
#define RLIMIT_MSGQUEUE 12
#define RLIMIT_NICE 13
#define RLIMIT_RTPRIO 14
#define RLIMIT_RTTIME 15
#define RLIMIT_NLIMITS 16

/* The kernel's struct rlimit64 (include/uapi/linux/resource.h): two u64. */
typedef uint64_t rlim_t;
#define RLIM_INFINITY (~(rlim_t)0)
#define RLIM_SAVED_CUR RLIM_INFINITY
#define RLIM_SAVED_MAX RLIM_INFINITY

struct rlimit {
  rlim_t rlim_cur;
  rlim_t rlim_max;
};

#define RUSAGE_SELF 0
#define RUSAGE_CHILDREN (-1)
#define RUSAGE_THREAD 1

/* x86_64: the kernel's layout. i386: glibc's 64-bit-time layout (the same
 * longs after two 16-byte timevals), which the kernel's 32-bit one is copied into. */
struct rusage {
  struct timeval ru_utime;
  struct timeval ru_stime;
  long ru_maxrss; /* KiB */
  long ru_ixrss;
  long ru_idrss;
  long ru_isrss;
  long ru_minflt;
  long ru_majflt;
  long ru_nswap;
  long ru_inblock;
  long ru_oublock;
  long ru_msgsnd;
  long ru_msgrcv;
  long ru_nsignals;
  long ru_nvcsw;
  long ru_nivcsw;
};

#define PRIO_MIN (-20)
#define PRIO_MAX 20
#define PRIO_PROCESS 0
#define PRIO_PGRP 1
#define PRIO_USER 2

/* sys_getrlimit, sys_setrlimit, sys_getrusage (and sys_wait4) are per arch. */
#ifdef SYSGATE_ARCH_RESOURCE_H /* i386: prlimit64, and a 32-bit rusage */
#include SYSGATE_ARCH_RESOURCE_H
#endif

#include "calls/resource.h"

SG_INLINE int getpriority(int which, id_t who) SG_SYMBOL(getpriority);
/* The conversion comes after the error test: a nice value below 0 would look
 * like -errno to sysgate_ret. */
SG_INLINE int getpriority(int which, id_t who) {
  long raw = sys_getpriority(which, who);
  if (sysgate_is_error(raw))
    return (int)sysgate_ret(raw);
  return 20 - (int)raw;
}

#endif
