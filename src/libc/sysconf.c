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

/* The least signal stack: the kernel's AT_MINSIGSTKSZ (x86 since Linux 5.14, sized to the
 * processor's register state), else the old constant MINSIGSTKSZ, 2048. */
static long min_signal_stack(void) {
  unsigned long size = sysgate_auxv ? sysgate_auxv_value(sysgate_auxv, AT_MINSIGSTKSZ) : 0;
  return size ? (long)size : 2048;
}

static long memory(int available) {
  struct sysinfo info;
  if (sysinfo(&info) != 0)
    return -1;
  return pages(available ? info.freeram : info.totalram, info.mem_unit);
}

long sysconf(int name) {
  int lp64 = sizeof(long) == 8; /* the programming environments: LP64 or ILP32 */
  switch (name) {
  /* Limits the kernel sets per process */
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
  case _SC_PAGESIZE:
    return getpagesize();
  case _SC_NPROCESSORS_CONF:
    return processors("/sys/devices/system/cpu/possible");
  case _SC_NPROCESSORS_ONLN:
    return processors("/sys/devices/system/cpu/online");
  case _SC_PHYS_PAGES:
    return memory(0);
  case _SC_AVPHYS_PAGES:
    return memory(1);
  case _SC_MINSIGSTKSZ:
    return min_signal_stack();
  case _SC_SIGSTKSZ: { /* four times the least, at least the old constant 8192 */
    long least = min_signal_stack();
    return least * 4 > 8192 ? least * 4 : 8192;
  }
  case _SC_THREAD_STACK_MIN: { /* room for a signal frame, at least PTHREAD_STACK_MIN */
    long least = min_signal_stack();
    return least > 16384 ? least : 16384;
  }
  /* The processor caches: glibc asks cpuid; sysgate does not (0, glibc's answer for a
   * processor it cannot ask) */
  case _SC_LEVEL1_ICACHE_SIZE:
  case _SC_LEVEL1_ICACHE_ASSOC:
  case _SC_LEVEL1_ICACHE_LINESIZE:
  case _SC_LEVEL1_DCACHE_SIZE:
  case _SC_LEVEL1_DCACHE_ASSOC:
  case _SC_LEVEL1_DCACHE_LINESIZE:
  case _SC_LEVEL2_CACHE_SIZE:
  case _SC_LEVEL2_CACHE_ASSOC:
  case _SC_LEVEL2_CACHE_LINESIZE:
  case _SC_LEVEL3_CACHE_SIZE:
  case _SC_LEVEL3_CACHE_ASSOC:
  case _SC_LEVEL3_CACHE_LINESIZE:
  case _SC_LEVEL4_CACHE_SIZE:
  case _SC_LEVEL4_CACHE_ASSOC:
  case _SC_LEVEL4_CACHE_LINESIZE:
    return 0;
  /* Options this system has, as glibc reports them: the POSIX.1-2008 version */
  case _SC_REALTIME_SIGNALS:
  case _SC_PRIORITY_SCHEDULING:
  case _SC_TIMERS:
  case _SC_ASYNCHRONOUS_IO:
  case _SC_PRIORITIZED_IO:
  case _SC_SYNCHRONIZED_IO:
  case _SC_FSYNC:
  case _SC_MAPPED_FILES:
  case _SC_MEMLOCK:
  case _SC_MEMLOCK_RANGE:
  case _SC_MEMORY_PROTECTION:
  case _SC_MESSAGE_PASSING:
  case _SC_SEMAPHORES:
  case _SC_SHARED_MEMORY_OBJECTS:
  case _SC_VERSION:
  case _SC_2_VERSION:
  case _SC_2_C_BIND:
  case _SC_2_C_DEV:
  case _SC_2_SW_DEV:
  case _SC_2_LOCALEDEF:
  case _SC_THREADS:
  case _SC_THREAD_SAFE_FUNCTIONS:
  case _SC_THREAD_ATTR_STACKADDR:
  case _SC_THREAD_ATTR_STACKSIZE:
  case _SC_THREAD_PRIORITY_SCHEDULING:
  case _SC_THREAD_PRIO_INHERIT:
  case _SC_THREAD_PRIO_PROTECT:
  case _SC_THREAD_PROCESS_SHARED:
  case _SC_2_CHAR_TERM:
  case _SC_2_C_VERSION:
  case _SC_ADVISORY_INFO:
  case _SC_BARRIERS:
  case _SC_CLOCK_SELECTION:
  case _SC_CPUTIME:
  case _SC_THREAD_CPUTIME:
  case _SC_MONOTONIC_CLOCK:
  case _SC_READER_WRITER_LOCKS:
  case _SC_SPIN_LOCKS:
  case _SC_SPAWN:
  case _SC_TIMEOUTS:
  case _SC_IPV6:
  case _SC_RAW_SOCKETS:
    return 200809L;
  case _SC_JOB_CONTROL:
  case _SC_SAVED_IDS:
  case _SC_XOPEN_UNIX:
  case _SC_XOPEN_ENH_I18N:
  case _SC_XOPEN_SHM:
  case _SC_XOPEN_XPG2:
  case _SC_XOPEN_XPG3:
  case _SC_XOPEN_XPG4:
  case _SC_XOPEN_LEGACY:
  case _SC_XOPEN_REALTIME:
  case _SC_XOPEN_REALTIME_THREADS:
  case _SC_REGEXP:
  case _SC_SHELL:
    return 1;
  /* The programming environments: the one of this ABI */
  case _SC_XBS5_ILP32_OFF32:
  case _SC_XBS5_ILP32_OFFBIG:
  case _SC_V6_ILP32_OFF32:
  case _SC_V6_ILP32_OFFBIG:
  case _SC_V7_ILP32_OFF32:
  case _SC_V7_ILP32_OFFBIG:
    return lp64 ? -1 : 1;
  case _SC_XBS5_LP64_OFF64:
  case _SC_V6_LP64_OFF64:
  case _SC_V7_LP64_OFF64:
    return lp64 ? 1 : -1;
  /* Options it does not have, and limits with no fixed value: -1, errno untouched */
  case _SC_TZNAME_MAX:
  case _SC_AIO_LISTIO_MAX:
  case _SC_AIO_MAX:
  case _SC_MQ_OPEN_MAX:
  case _SC_SEM_NSEMS_MAX:
  case _SC_TIMER_MAX:
  case _SC_2_FORT_DEV:
  case _SC_2_FORT_RUN:
  case _SC_PII:
  case _SC_PII_XTI:
  case _SC_PII_SOCKET:
  case _SC_PII_INTERNET:
  case _SC_PII_OSI:
  case _SC_POLL:
  case _SC_SELECT:
  case _SC_PII_INTERNET_STREAM:
  case _SC_PII_INTERNET_DGRAM:
  case _SC_PII_OSI_COTS:
  case _SC_PII_OSI_CLTS:
  case _SC_PII_OSI_M:
  case _SC_T_IOV_MAX:
  case _SC_THREAD_THREADS_MAX:
  case _SC_XOPEN_CRYPT:
  case _SC_2_UPE:
  case _SC_ULONG_MAX:
  case _SC_XBS5_LPBIG_OFFBIG:
  case _SC_BASE:
  case _SC_C_LANG_SUPPORT:
  case _SC_C_LANG_SUPPORT_R:
  case _SC_DEVICE_IO:
  case _SC_DEVICE_SPECIFIC:
  case _SC_DEVICE_SPECIFIC_R:
  case _SC_FD_MGMT:
  case _SC_FIFO:
  case _SC_PIPE:
  case _SC_FILE_ATTRIBUTES:
  case _SC_FILE_LOCKING:
  case _SC_FILE_SYSTEM:
  case _SC_MULTI_PROCESS:
  case _SC_SINGLE_PROCESS:
  case _SC_NETWORKING:
  case _SC_REGEX_VERSION:
  case _SC_SIGNALS:
  case _SC_SPORADIC_SERVER:
  case _SC_THREAD_SPORADIC_SERVER:
  case _SC_SYSTEM_DATABASE:
  case _SC_SYSTEM_DATABASE_R:
  case _SC_TYPED_MEMORY_OBJECTS:
  case _SC_USER_GROUPS:
  case _SC_USER_GROUPS_R:
  case _SC_2_PBS:
  case _SC_2_PBS_ACCOUNTING:
  case _SC_2_PBS_LOCATE:
  case _SC_2_PBS_MESSAGE:
  case _SC_2_PBS_TRACK:
  case _SC_SYMLOOP_MAX:
  case _SC_STREAMS:
  case _SC_2_PBS_CHECKPOINT:
  case _SC_V6_LPBIG_OFFBIG:
  case _SC_TRACE:
  case _SC_TRACE_EVENT_FILTER:
  case _SC_TRACE_INHERIT:
  case _SC_TRACE_LOG:
  case _SC_V7_LPBIG_OFFBIG:
  case _SC_TRACE_EVENT_NAME_MAX:
  case _SC_TRACE_NAME_MAX:
  case _SC_TRACE_SYS_MAX:
  case _SC_TRACE_USER_EVENT_MAX:
  case _SC_XOPEN_STREAMS:
    return -1;
  /* Fixed limits, glibc's numbers (its <limits.h>, <bits/xopen_lim.h>, <bits/posix2_lim.h>) */
  case _SC_CLK_TCK:
    return 100; /* USER_HZ on x86, whatever the kernel's HZ */
  case _SC_NGROUPS_MAX:
    return 65536; /* Linux's NGROUPS_MAX since 2.6.4 */
  case _SC_STREAM_MAX:
  case _SC_MB_LEN_MAX:
    return 16;
  case _SC_RTSIG_MAX:
  case _SC_EXPR_NEST_MAX:
  case _SC_TTY_NAME_MAX:
    return 32;
  case _SC_AIO_PRIO_DELTA_MAX:
  case _SC_NZERO:
    return 20;
  case _SC_DELAYTIMER_MAX:
  case _SC_SEM_VALUE_MAX:
  case _SC_ATEXIT_MAX:
  case _SC_NL_MSGMAX:
  case _SC_NL_NMAX:
  case _SC_NL_SETMAX:
  case _SC_NL_TEXTMAX:
  case _SC_INT_MAX:
    return INT_MAX;
  case _SC_INT_MIN:
    return INT_MIN;
  case _SC_MQ_PRIO_MAX:
    return 32768;
  case _SC_BC_BASE_MAX:
  case _SC_BC_SCALE_MAX:
    return 99;
  case _SC_BC_STRING_MAX:
    return 1000;
  case _SC_BC_DIM_MAX:
  case _SC_LINE_MAX:
  case _SC_CHARCLASS_NAME_MAX:
  case _SC_NL_LANGMAX:
    return 2048;
  case _SC_COLL_WEIGHTS_MAX:
    return 255;
  case _SC_RE_DUP_MAX:
    return 0x7fff;
  case _SC_SSIZE_MAX:
    return 32767; /* glibc answers _POSIX_SSIZE_MAX, the least allowed */
  case _SC_IOV_MAX:
  case _SC_GETGR_R_SIZE_MAX:
  case _SC_GETPW_R_SIZE_MAX:
  case _SC_THREAD_KEYS_MAX:
    return 1024;
  case _SC_THREAD_DESTRUCTOR_ITERATIONS:
    return 4;
  case _SC_LOGIN_NAME_MAX:
    return 256;
  case _SC_HOST_NAME_MAX:
    return 64;
  case _SC_PASS_MAX:
    return 8192;
  case _SC_NL_ARGMAX:
    return 4096;
  case _SC_XOPEN_VERSION:
    return 700;
  case _SC_XOPEN_XCU_VERSION:
    return 4;
  case _SC_CHAR_BIT:
    return CHAR_BIT;
  case _SC_CHAR_MAX:
    return CHAR_MAX;
  case _SC_CHAR_MIN:
    return CHAR_MIN;
  case _SC_SCHAR_MAX:
    return SCHAR_MAX;
  case _SC_SCHAR_MIN:
    return SCHAR_MIN;
  case _SC_UCHAR_MAX:
    return UCHAR_MAX;
  case _SC_SHRT_MAX:
    return SHRT_MAX;
  case _SC_SHRT_MIN:
    return SHRT_MIN;
  case _SC_USHRT_MAX:
    return USHRT_MAX;
  case _SC_UINT_MAX:
    return (long)UINT_MAX; /* -1 where long is 32 bits, as glibc's */
  case _SC_LONG_BIT:
    return (long)(sizeof(long) * CHAR_BIT);
  case _SC_WORD_BIT:
    return (long)(sizeof(int) * CHAR_BIT);
  /* _SC_ULONG_MAX is -1 above. Unknown names, and the four glibc declares but refuses
   * (_SC_EQUIV_CLASS_MAX, _SC_SS_REPL_MAX, _SC_THREAD_ROBUST_PRIO_INHERIT and _PROTECT) */
  default:
    errno = EINVAL;
    return -1;
  }
}
