/* glibc-side helpers for the process suites (oracle_proc.h). This file includes
 * glibc's headers and never sysgate's.
 *
 * Not obvious: this file is built without _FILE_OFFSET_BITS or _TIME_BITS, so
 * on i386 glibc's plain getrlimit has a 32-bit rlim_t and getrusage 32-bit
 * timevals: the limits go through getrlimit64/setrlimit64/prlimit64 (which keep
 * RLIM_INFINITY), and the times are widened to long long here.
 */
#define _GNU_SOURCE
#include "oracle_proc.h"

#include <errno.h>
#include <grp.h>
#include <sched.h>
#include <signal.h>
#include <string.h>
#include <sys/personality.h>
#include <sys/pidfd.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

/* The call's result with glibc's errno right after it, 0 if it left errno alone. */
#define WITH_ERRNO(T, call)                                                                        \
  do {                                                                                             \
    errno = 0;                                                                                     \
    T ret_ = (call);                                                                               \
    *err = errno;                                                                                  \
    return ret_;                                                                                   \
  } while (0)

long oracle_getppid(void) {
  return getppid();
}
long oracle_gettid(void) {
  return gettid();
}

int oracle_waitid(int idtype, unsigned int id, struct oracle_siginfo *out, int options, int *err) {
  siginfo_t si;
  memset(&si, 0, sizeof si);
  errno = 0;
  int r = waitid((idtype_t)idtype, (id_t)id, &si, options);
  *err = errno;
  out->signo = si.si_signo;
  out->code = si.si_code;
  out->err = si.si_errno;
  out->pid = si.si_pid;
  out->uid = si.si_uid;
  out->status = si.si_status;
  memcpy(out->raw, &si, sizeof out->raw);
  return r;
}

int oracle_waitpid(int pid, int *status, int options, int *err) {
  WITH_ERRNO(int, waitpid(pid, status, options));
}

/* Reaps a child that glibc made, which exits at once with 0. */
static int reap(pid_t pid) {
  int status;
  if (pid > 0 && (waitpid(pid, &status, 0) != pid || status != 0))
    return -2;
  return pid;
}

int oracle_fork(int *err) {
  errno = 0;
  pid_t pid = fork();
  *err = errno;
  if (pid == 0)
    _exit(0);
  return reap(pid);
}

int oracle_vfork(int *err) {
  errno = 0;
  pid_t pid = vfork();
  if (pid == 0)
    _exit(0);
  *err = errno;
  return reap(pid);
}

int oracle_clone(int (*fn)(void *), void *stack, int flags, void *arg, int *err) {
  errno = 0;
  int pid = clone(fn, stack, flags, arg);
  *err = errno;
  return reap(pid);
}

int oracle_execve(const char *path, char *const argv[], char *const envp[], int *err) {
  WITH_ERRNO(int, execve(path, argv, envp));
}

int oracle_execveat(int dirfd, const char *path, char *const argv[], char *const envp[], int flags,
                    int *err) {
  WITH_ERRNO(int, execveat(dirfd, path, argv, envp, flags));
}

int oracle_kill(int pid, int sig, int *err) {
  WITH_ERRNO(int, kill(pid, sig));
}
int oracle_killpg(int pgrp, int sig, int *err) {
  WITH_ERRNO(int, killpg(pgrp, sig));
}
int oracle_tgkill(int tgid, int tid, int sig, int *err) {
  WITH_ERRNO(int, tgkill(tgid, tid, sig));
}
int oracle_tkill(int tid, int sig, int *err) {
  WITH_ERRNO(int, (int)syscall(SYS_tkill, tid, sig));
}
int oracle_pidfd_open(int pid, unsigned int flags, int *err) {
  WITH_ERRNO(int, pidfd_open(pid, flags));
}
int oracle_pidfd_send_signal(int pidfd, int sig, unsigned int flags, int *err) {
  WITH_ERRNO(int, pidfd_send_signal(pidfd, sig, NULL, flags));
}

unsigned int oracle_getuid(void) {
  return getuid();
}
unsigned int oracle_geteuid(void) {
  return geteuid();
}
unsigned int oracle_getgid(void) {
  return getgid();
}
unsigned int oracle_getegid(void) {
  return getegid();
}
int oracle_getresuid(unsigned int ids[3]) {
  return getresuid(&ids[0], &ids[1], &ids[2]);
}
int oracle_getresgid(unsigned int ids[3]) {
  return getresgid(&ids[0], &ids[1], &ids[2]);
}
int oracle_getgroups(int size, unsigned int *list, int *err) {
  WITH_ERRNO(int, getgroups(size, list));
}
int oracle_setresuid(unsigned int r, unsigned int e, unsigned int s, int *err) {
  WITH_ERRNO(int, setresuid(r, e, s));
}
int oracle_setgroups(unsigned long size, const unsigned int *list, int *err) {
  WITH_ERRNO(int, setgroups(size, list));
}
int oracle_setuid(unsigned int uid, int *err) {
  WITH_ERRNO(int, setuid(uid));
}
int oracle_setgid(unsigned int gid, int *err) {
  WITH_ERRNO(int, setgid(gid));
}

int oracle_getsid(int pid, int *err) {
  WITH_ERRNO(int, getsid(pid));
}
int oracle_getpgid(int pid, int *err) {
  WITH_ERRNO(int, getpgid(pid));
}
int oracle_setsid(int *err) {
  WITH_ERRNO(int, setsid());
}
int oracle_setpgid(int pid, int pgid, int *err) {
  WITH_ERRNO(int, setpgid(pid, pgid));
}

int oracle_getrlimit(int resource, unsigned long long lim[2], int *err) {
  struct rlimit64 rl;
  errno = 0;
  int r = getrlimit64((__rlimit_resource_t)resource, &rl);
  *err = errno;
  lim[0] = rl.rlim_cur;
  lim[1] = rl.rlim_max;
  return r;
}

int oracle_setrlimit(int resource, const unsigned long long lim[2], int *err) {
  struct rlimit64 rl = {lim[0], lim[1]};
  WITH_ERRNO(int, setrlimit64((__rlimit_resource_t)resource, &rl));
}

int oracle_prlimit(int pid, int resource, const unsigned long long *new_lim,
                   unsigned long long *old_lim, int *err) {
  struct rlimit64 nl, ol;
  if (new_lim) {
    nl.rlim_cur = new_lim[0];
    nl.rlim_max = new_lim[1];
  }
  errno = 0;
  int r = prlimit64(pid, (__rlimit_resource_t)resource, new_lim ? &nl : NULL, old_lim ? &ol : NULL);
  *err = errno;
  if (r == 0 && old_lim) {
    old_lim[0] = ol.rlim_cur;
    old_lim[1] = ol.rlim_max;
  }
  return r;
}

int oracle_getrusage(int who, struct oracle_rusage *out, int *err) {
  struct rusage ru;
  errno = 0;
  int r = getrusage(who, &ru);
  *err = errno;
  out->utime_sec = ru.ru_utime.tv_sec;
  out->utime_usec = ru.ru_utime.tv_usec;
  out->stime_sec = ru.ru_stime.tv_sec;
  out->stime_usec = ru.ru_stime.tv_usec;
  long rest[14] = {ru.ru_maxrss, ru.ru_ixrss,    ru.ru_idrss,   ru.ru_isrss,   ru.ru_minflt,
                   ru.ru_majflt, ru.ru_nswap,    ru.ru_inblock, ru.ru_oublock, ru.ru_msgsnd,
                   ru.ru_msgrcv, ru.ru_nsignals, ru.ru_nvcsw,   ru.ru_nivcsw};
  memcpy(out->rest, rest, sizeof rest);
  return r;
}

int oracle_getpriority(int which, unsigned int who, int *err) {
  WITH_ERRNO(int, getpriority(which, who));
}
int oracle_setpriority(int which, unsigned int who, int prio, int *err) {
  WITH_ERRNO(int, setpriority(which, who, prio));
}

int oracle_sched_getaffinity(int pid, unsigned long size, void *mask, int *err) {
  WITH_ERRNO(int, sched_getaffinity(pid, size, mask));
}
int oracle_sched_setaffinity(int pid, unsigned long size, const void *mask, int *err) {
  WITH_ERRNO(int, sched_setaffinity(pid, size, mask));
}

int oracle_uname(char fields[6][65], int *err) {
  struct utsname u;
  errno = 0;
  int r = uname(&u);
  *err = errno;
  const char *src[6] = {u.sysname, u.nodename, u.release, u.version, u.machine, u.domainname};
  for (int i = 0; i < 6; i++)
    memcpy(fields[i], src[i], 65);
  return r;
}

int oracle_uname_at(void *buf, int *err) {
  WITH_ERRNO(int, uname((struct utsname *)buf));
}

int oracle_gethostname(char *name, unsigned long len) {
  return gethostname(name, len);
}
int oracle_sethostname(const char *name, unsigned long len, int *err) {
  WITH_ERRNO(int, sethostname(name, len));
}
int oracle_unshare_uts(int *err) {
  WITH_ERRNO(int, unshare(CLONE_NEWUTS));
}

int oracle_prctl(int option, unsigned long a2, unsigned long a3, unsigned long a4, unsigned long a5,
                 int *err) {
  WITH_ERRNO(int, prctl(option, a2, a3, a4, a5));
}
int oracle_personality(unsigned long persona, int *err) {
  WITH_ERRNO(int, personality(persona));
}

void oracle_burn_cpu(int ms) {
  struct timespec start, now;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &start);
  do {
    for (volatile int i = 0; i < 10000; i++)
      ;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
  } while ((now.tv_sec - start.tv_sec) * 1000 + (now.tv_nsec - start.tv_nsec) / 1000000 < ms);
}
