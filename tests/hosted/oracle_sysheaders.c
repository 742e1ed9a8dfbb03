/* glibc's side of test_sysheaders.c (oracle_sysheaders.h): the ABI tables
 * expanded against glibc's headers, and glibc's termios, statvfs, utime,
 * getentropy, CPU_* macros and sched calls.
 *
 * Not obvious: _FILE_OFFSET_BITS=64 and _TIME_BITS=64 make glibc's i386
 * types the 64-bit ones sysgate always has (rlim_t, fsblkcnt_t, time_t in
 * struct utimbuf); _GNU_SOURCE brings the *64 names and the CPU_* macros.
 */
#define _GNU_SOURCE
#define _FILE_OFFSET_BITS 64
#define _TIME_BITS 64
#include "oracle_sysheaders.h"
#include "oracle_call.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <string.h>
#include <sys/auxv.h>
#include <sys/ioctl.h>
#include <sys/personality.h>
#include <sys/prctl.h>
#include <sys/ptrace.h>
#include <sys/random.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/statvfs.h>
#include <sys/syscall.h>
#include <sys/sysinfo.h>
#include <sys/sysmacros.h>
#include <sys/utsname.h>
#include <termios.h>
#include <unistd.h>
#include <utime.h>

#define ORACLE_SYSHEADERS_DEFINE(list)                                                             \
  const struct abi_row oracle_##list[] = ABI_TABLE(list);                                          \
  const unsigned oracle_##list##_len = sizeof oracle_##list / sizeof oracle_##list[0];
SYSHEADERS_ABI_LISTS(ORACLE_SYSHEADERS_DEFINE)

int oracle_tcgetattr(int fd, void *termios_p, int *err) {
  ORACLE_RETURN(int, err, tcgetattr(fd, termios_p));
}
int oracle_tcsetattr(int fd, int action, const void *termios_p, int *err) {
  ORACLE_RETURN(int, err, tcsetattr(fd, action, termios_p));
}
void oracle_cfmakeraw(void *termios_p) {
  cfmakeraw(termios_p);
}
unsigned oracle_cfgetispeed(const void *termios_p) {
  return cfgetispeed(termios_p);
}
unsigned oracle_cfgetospeed(const void *termios_p) {
  return cfgetospeed(termios_p);
}
int oracle_cfsetispeed(void *termios_p, unsigned speed, int *err) {
  ORACLE_RETURN(int, err, cfsetispeed(termios_p, speed));
}
int oracle_cfsetospeed(void *termios_p, unsigned speed, int *err) {
  ORACLE_RETURN(int, err, cfsetospeed(termios_p, speed));
}
int oracle_cfsetspeed(void *termios_p, unsigned speed, int *err) {
  ORACLE_RETURN(int, err, cfsetspeed(termios_p, speed));
}
int oracle_tcdrain(int fd, int *err) {
  ORACLE_RETURN(int, err, tcdrain(fd));
}
int oracle_tcflush(int fd, int queue, int *err) {
  ORACLE_RETURN(int, err, tcflush(fd, queue));
}
int oracle_tcflow(int fd, int action, int *err) {
  ORACLE_RETURN(int, err, tcflow(fd, action));
}
int oracle_tcsendbreak(int fd, int duration, int *err) {
  ORACLE_RETURN(int, err, tcsendbreak(fd, duration));
}
int oracle_tcgetsid(int fd, int *err) {
  ORACLE_RETURN(int, err, tcgetsid(fd));
}

int oracle_statvfs(const char *path, void *buf, int *err) {
  ORACLE_RETURN(int, err, statvfs(path, buf));
}
int oracle_fstatvfs(int fd, void *buf, int *err) {
  ORACLE_RETURN(int, err, fstatvfs(fd, buf));
}

int oracle_utime(const char *path, int now, long long actime, long long modtime, int *err) {
  struct utimbuf times = {actime, modtime};
  const char *volatile p = path; /* glibc declares the path nonnull; the test passes NULL */
  ORACLE_RETURN(int, err, utime(p, now ? NULL : &times));
}
int oracle_file_times(const char *path, long long *atime, long long *mtime) {
  struct stat st;
  if (stat(path, &st) != 0)
    return -1;
  *atime = st.st_atime;
  *mtime = st.st_mtime;
  return 0;
}
int oracle_getentropy(void *buf, unsigned long len, int *err) {
  void *volatile p = buf; /* may be NULL on purpose */
  ORACLE_RETURN(int, err, getentropy(p, len));
}

int oracle_cpu_count_s(unsigned long setsize, const void *set) {
  return CPU_COUNT_S(setsize, (const cpu_set_t *)set);
}
void oracle_cpu_op_s(unsigned long setsize, void *dest, const void *a, const void *b, char op) {
  if (op == '&')
    CPU_AND_S(setsize, (cpu_set_t *)dest, (const cpu_set_t *)a, (const cpu_set_t *)b);
  else if (op == '|')
    CPU_OR_S(setsize, (cpu_set_t *)dest, (const cpu_set_t *)a, (const cpu_set_t *)b);
  else
    CPU_XOR_S(setsize, (cpu_set_t *)dest, (const cpu_set_t *)a, (const cpu_set_t *)b);
}
int oracle_cpu_equal_s(unsigned long setsize, const void *a, const void *b) {
  return CPU_EQUAL_S(setsize, (const cpu_set_t *)a, (const cpu_set_t *)b);
}
int oracle_cpu_set_s(long cpu, unsigned long setsize, void *set, int clear) {
  if (clear)
    CPU_CLR_S(cpu, setsize, (cpu_set_t *)set);
  else
    CPU_SET_S(cpu, setsize, (cpu_set_t *)set);
  return CPU_ISSET_S(cpu, setsize, (cpu_set_t *)set) != 0;
}
int oracle_cpu_isset_s(long cpu, unsigned long setsize, const void *set) {
  return CPU_ISSET_S(cpu, setsize, (const cpu_set_t *)set) != 0;
}

int oracle_sched_getscheduler(int pid, int *err) {
  ORACLE_RETURN(int, err, sched_getscheduler(pid));
}
int oracle_sched_getparam(int pid, int *priority, int *err) {
  struct sched_param p = {-1};
  errno = 0;
  int r = sched_getparam(pid, &p);
  *err = errno;
  *priority = p.sched_priority;
  return r;
}
int oracle_sched_setscheduler(int pid, int policy, int priority, int *err) {
  struct sched_param p = {priority};
  ORACLE_RETURN(int, err, sched_setscheduler(pid, policy, &p));
}
int oracle_sched_setparam(int pid, int priority, int *err) {
  struct sched_param p = {priority};
  ORACLE_RETURN(int, err, sched_setparam(pid, &p));
}
int oracle_sched_get_priority_max(int policy, int *err) {
  ORACLE_RETURN(int, err, sched_get_priority_max(policy));
}
int oracle_sched_get_priority_min(int policy, int *err) {
  ORACLE_RETURN(int, err, sched_get_priority_min(policy));
}
int oracle_unshare(int flags, int *err) {
  ORACLE_RETURN(int, err, unshare(flags));
}
int oracle_setns(int fd, int nstype, int *err) {
  ORACLE_RETURN(int, err, setns(fd, nstype));
}
int oracle_sched_rr_get_interval(int pid, int with_interval, long long *sec, long *nsec, int *err) {
  struct timespec ts = {-1, -1};
  errno = 0;
  int r = sched_rr_get_interval(pid, with_interval ? &ts : NULL);
  *err = errno;
  *sec = ts.tv_sec;
  *nsec = ts.tv_nsec;
  return r;
}
int oracle_sched_getcpu(void) {
  return sched_getcpu();
}
long oracle_ptrace(int request, int pid, void *addr, void *data, int *err) {
  ORACLE_RETURN(long, err, ptrace(request, pid, addr, data));
}

void oracle_sysinfo_counts(long out[4]) {
  out[0] = get_nprocs();
  out[1] = get_nprocs_conf();
  out[2] = get_phys_pages();
  out[3] = get_avphys_pages();
}

/* libc.so.6 exports both; glibc's headers leave them to libcap's <sys/capability.h>. */
extern int capget(void *header, void *data);
extern int capset(void *header, const void *data);

int oracle_capget(void *header, void *data, int *err) {
  ORACLE_RETURN(int, err, capget(header, data));
}
int oracle_capset(void *header, const void *data, int *err) {
  ORACLE_RETURN(int, err, capset(header, data));
}

unsigned long long oracle_makedev(unsigned major, unsigned minor) {
  return makedev(major, minor);
}
unsigned oracle_major(unsigned long long dev) {
  return major(dev);
}
unsigned oracle_minor(unsigned long long dev) {
  return minor(dev);
}
