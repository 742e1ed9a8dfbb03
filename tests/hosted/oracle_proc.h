/* The glibc side of the process suites (proc_child.h lists them), built
 * in oracle_proc.c with glibc's headers only. Types are plain C so both sides
 * can include this file.
 *
 * Not obvious: every call that can fail reports glibc's errno through *err,
 * read right after the call; the structures the kernel fills come back field
 * by field as glibc's own macros and members decode them, so a test compares
 * sysgate's reading of a record with glibc's reading of the same event.
 */
#ifndef SYSGATE_TEST_ORACLE_PROC_H
#define SYSGATE_TEST_ORACLE_PROC_H

long oracle_getppid(void);
long oracle_gettid(void);

/* waitid's record as glibc decodes it, plus the raw 128 bytes. */
struct oracle_siginfo {
  int signo, code, err, pid;
  unsigned int uid;
  int status;
  unsigned char raw[128];
};
int oracle_waitid(int idtype, unsigned int id, struct oracle_siginfo *out, int options, int *err);
int oracle_waitpid(int pid, int *status, int options, int *err);

/* glibc's fork, vfork and clone, for their failures: a child they do make
 * exits at once with status 0 and is reaped here. */
int oracle_fork(int *err);
int oracle_vfork(int *err);
int oracle_clone(int (*fn)(void *), void *stack, int flags, void *arg, int *err);

int oracle_execve(const char *path, char *const argv[], char *const envp[], int *err);
int oracle_execveat(int dirfd, const char *path, char *const argv[], char *const envp[], int flags,
                    int *err);

int oracle_kill(int pid, int sig, int *err);
int oracle_killpg(int pgrp, int sig, int *err);
int oracle_tgkill(int tgid, int tid, int sig, int *err);
int oracle_tkill(int tid, int sig, int *err); /* glibc has no tkill(): syscall(2) */
int oracle_pidfd_open(int pid, unsigned int flags, int *err);
int oracle_pidfd_send_signal(int pidfd, int sig, unsigned int flags, int *err);

/* Ids. */
unsigned int oracle_getuid(void);
unsigned int oracle_geteuid(void);
unsigned int oracle_getgid(void);
unsigned int oracle_getegid(void);
int oracle_getresuid(unsigned int ids[3]);
int oracle_getresgid(unsigned int ids[3]);
int oracle_getgroups(int size, unsigned int *list, int *err);
int oracle_setresuid(unsigned int r, unsigned int e, unsigned int s, int *err);
int oracle_setgroups(unsigned long size, const unsigned int *list, int *err);
int oracle_setuid(unsigned int uid, int *err);
int oracle_setgid(unsigned int gid, int *err);

/* Sessions and groups. */
int oracle_getsid(int pid, int *err);
int oracle_getpgid(int pid, int *err);
int oracle_setsid(int *err);
int oracle_setpgid(int pid, int pgid, int *err);

/* Limits and usage, with rlim_t and the timevals widened to 64 bits. */
int oracle_getrlimit(int resource, unsigned long long lim[2], int *err);
int oracle_setrlimit(int resource, const unsigned long long lim[2], int *err);
int oracle_prlimit(int pid, int resource, const unsigned long long *new_lim,
                   unsigned long long *old_lim, int *err);
struct oracle_rusage {
  long long utime_sec, utime_usec, stime_sec, stime_usec;
  long rest[14]; /* ru_maxrss .. ru_nivcsw, in order */
};
int oracle_getrusage(int who, struct oracle_rusage *out, int *err);
int oracle_getpriority(int which, unsigned int who, int *err);
int oracle_setpriority(int which, unsigned int who, int prio, int *err);

int oracle_sched_getaffinity(int pid, unsigned long size, void *mask, int *err);
int oracle_sched_setaffinity(int pid, unsigned long size, const void *mask, int *err);

/* uname's six 65-byte fields, in struct order. */
int oracle_uname(char fields[6][65], int *err);
int oracle_uname_at(void *buf, int *err); /* uname(buf) as given, for EFAULT */
int oracle_gethostname(char *name, unsigned long len);
int oracle_sethostname(const char *name, unsigned long len, int *err);
/* unshare(CLONE_NEWUTS): a hostname of this process's own; 0 on success. */
int oracle_unshare_uts(int *err);

int oracle_prctl(int option, unsigned long a2, unsigned long a3, unsigned long a4, unsigned long a5,
                 int *err);
int oracle_personality(unsigned long persona, int *err);

/* Spends about ms milliseconds of CPU time, user and system together. */
void oracle_burn_cpu(int ms);

#endif
