/* sysconf(3) and getpagesize(2), with glibc's answers on Linux.
 *
 * Not obvious: several answers are computed as glibc computes them rather than read from one place.
 * _SC_ARG_MAX is a quarter of the stack limit (Linux lets execve's strings take that much,
 * fs/exec.c), but never below the old fixed 131072; a limit a long cannot hold counts as unlimited,
 * as glibc's 32-bit getrlimit reports it. (the rest: docs/libc.md)
 */
#include <limits.h>
#include <sysgate/auxv.h>
#include <sysgate/errno.h>
#include <sysgate/fcntl.h>
#include <sysgate/misc.h>
#include <sysgate/resource.h>
#include <sysgate/sched.h>
#include <sysgate/unistd.h>
#include <sysgate/unistd_posix.h>

int getpagesize(void) {
  unsigned long size = sysgate_auxv ? sysgate_auxv_value(sysgate_auxv, AT_PAGESZ) : 0;
  return size ? (int)size : 4096; /* x86's only base page size */
}

/* The current limit as an unsigned long; ULONG_MAX for unlimited or too large. */
static unsigned long limit(int resource) {
  struct rlimit rl;
  if (getrlimit(resource, &rl) != 0 || rl.rlim_cur > ULONG_MAX)
    return ULONG_MAX;
  return (unsigned long)rl.rlim_cur;
}

/* A limit as sysconf reports it: -1 for unlimited. */
static long limit_value(int resource) {
  unsigned long v = limit(resource);
  return v == ULONG_MAX ? -1 : (long)v;
}

/* The number of CPUs in a sysfs list such as "0-3,6\n", or -1. */
static long count_cpus(const char *file) {
  char buf[1024];
  long fd = sys_open(file, O_RDONLY | O_CLOEXEC, 0);
  if (fd < 0)
    return -1;
  long n = sys_read((int)fd, buf, sizeof buf - 1);
  sys_close((int)fd);
  if (n <= 0)
    return -1;
  buf[n] = '\0';
  long count = 0;
  for (const char *p = buf; *p >= '0' && *p <= '9';) {
    unsigned long first = 0, last;
    while (*p >= '0' && *p <= '9')
      first = first * 10 + (unsigned long)(*p++ - '0');
    last = first;
    if (*p == '-') {
      last = 0;
      for (p++; *p >= '0' && *p <= '9';)
        last = last * 10 + (unsigned long)(*p++ - '0');
    }
    if (last >= first)
      count += (long)(last - first + 1);
    if (*p == ',')
      p++;
  }
  return count > 0 ? count : -1;
}

static long processors(const char *file) {
  long n = count_cpus(file);
  if (n > 0)
    return n;
  cpu_set_t set;
  if (sched_getaffinity(0, sizeof set, &set) == 0 && CPU_COUNT(&set) > 0)
    return CPU_COUNT(&set);
  return 1;
}

/* num units of unit bytes, in pages. */
static long pages(unsigned long num, unsigned int unit) {
  unsigned long page = (unsigned long)getpagesize();
  while (unit > 1 && page > 1) {
    unit >>= 1;
    page >>= 1;
  }
  num *= unit;
  while (page > 1) {
    page >>= 1;
    num >>= 1;
  }
  return (long)num;
}

static long memory(int available) {
  struct sysinfo info;
  if (sysinfo(&info) != 0)
    return -1;
  return pages(available ? info.freeram : info.totalram, info.mem_unit);
}

long sysconf(int name) {
  switch (name) {
  case _SC_ARG_MAX: {
    unsigned long quarter = limit(RLIMIT_STACK) / 4;
    return quarter > 131072 ? (long)quarter : 131072;
  }
  case _SC_CHILD_MAX:
    return limit_value(RLIMIT_NPROC);
  case _SC_SIGQUEUE_MAX:
    return limit_value(RLIMIT_SIGPENDING);
  case _SC_OPEN_MAX:
    return limit_value(RLIMIT_NOFILE);
  case _SC_CLK_TCK:
    return 100; /* USER_HZ on x86, whatever the kernel's HZ */
  case _SC_NGROUPS_MAX:
    return 65536; /* Linux's NGROUPS_MAX since 2.6.4 */
  case _SC_STREAM_MAX:
    return 16;
  case _SC_TZNAME_MAX:
  case _SC_SYMLOOP_MAX:
  case _SC_SEM_NSEMS_MAX:
  case _SC_TIMER_MAX:
    return -1; /* no fixed limit; errno untouched */
  case _SC_JOB_CONTROL:
  case _SC_SAVED_IDS:
    return 1;
  case _SC_VERSION:
  case _SC_2_VERSION:
  case _SC_TIMERS:
  case _SC_FSYNC:
  case _SC_MAPPED_FILES:
  case _SC_THREADS:
  case _SC_MONOTONIC_CLOCK:
    return 200809L;
  case _SC_XOPEN_VERSION:
    return 700;
  case _SC_PAGESIZE:
    return getpagesize();
  case _SC_RTSIG_MAX:
    return 32;
  case _SC_DELAYTIMER_MAX:
  case _SC_SEM_VALUE_MAX:
  case _SC_ATEXIT_MAX:
  case _SC_INT_MAX:
    return INT_MAX;
  case _SC_INT_MIN:
    return INT_MIN;
  case _SC_MQ_PRIO_MAX:
    return 32768;
  case _SC_LINE_MAX:
    return 2048;
  case _SC_RE_DUP_MAX:
    return 0x7fff;
  case _SC_IOV_MAX:
    return 1024;
  case _SC_GETGR_R_SIZE_MAX:
  case _SC_GETPW_R_SIZE_MAX:
    return 1024;
  case _SC_LOGIN_NAME_MAX:
    return 256;
  case _SC_TTY_NAME_MAX:
    return 32;
  case _SC_HOST_NAME_MAX:
    return 64;
  case _SC_NPROCESSORS_CONF:
    return processors("/sys/devices/system/cpu/possible");
  case _SC_NPROCESSORS_ONLN:
    return processors("/sys/devices/system/cpu/online");
  case _SC_PHYS_PAGES:
    return memory(0);
  case _SC_AVPHYS_PAGES:
    return memory(1);
  case _SC_CHAR_BIT:
    return CHAR_BIT;
  case _SC_CHAR_MAX:
    return CHAR_MAX;
  case _SC_CHAR_MIN:
    return CHAR_MIN;
  case _SC_LONG_BIT:
    return (long)(sizeof(long) * CHAR_BIT);
  case _SC_WORD_BIT:
    return (long)(sizeof(int) * CHAR_BIT);
  case _SC_NZERO:
    return 20;
  case _SC_SSIZE_MAX:
    return 32767; /* glibc answers _POSIX_SSIZE_MAX, the least allowed */
  default:
    errno = EINVAL;
    return -1;
  }
}
