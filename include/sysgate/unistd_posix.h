/* sysgate/unistd_posix.h: the library parts of <unistd.h> from the C library layer:
 * sysconf(3), getpagesize(2), sleep(3), usleep(3), execl(3), execle(3), execlp(3),
 * execv(3), execvp(3), execvpe(3), isatty(3).
 *
 * Not obvious: the _SC_* numbers are glibc's (bits/confname.h), so a value stored by
 * a glibc-built tool means the same here; a name sysconf does not know gives -1 and
 * EINVAL, as glibc's does for a number it does not know.
 */
#ifndef SYSGATE_UNISTD_POSIX_H
#define SYSGATE_UNISTD_POSIX_H

#include "base.h"

#define _SC_ARG_MAX 0
#define _SC_CHILD_MAX 1
#define _SC_CLK_TCK 2
#define _SC_NGROUPS_MAX 3
#define _SC_OPEN_MAX 4
#define _SC_STREAM_MAX 5
#define _SC_TZNAME_MAX 6
#define _SC_JOB_CONTROL 7
#define _SC_SAVED_IDS 8
#define _SC_TIMERS 11
#define _SC_FSYNC 15
#define _SC_MAPPED_FILES 16
#define _SC_DELAYTIMER_MAX 26
#define _SC_MQ_PRIO_MAX 28
#define _SC_VERSION 29
#define _SC_PAGESIZE 30
#define _SC_PAGE_SIZE _SC_PAGESIZE
#define _SC_RTSIG_MAX 31
#define _SC_SEM_NSEMS_MAX 32
#define _SC_SEM_VALUE_MAX 33
#define _SC_SIGQUEUE_MAX 34
#define _SC_TIMER_MAX 35
#define _SC_LINE_MAX 43
#define _SC_RE_DUP_MAX 44
#define _SC_2_VERSION 46
#define _SC_IOV_MAX 60
#define _SC_THREADS 67
#define _SC_GETGR_R_SIZE_MAX 69
#define _SC_GETPW_R_SIZE_MAX 70
#define _SC_LOGIN_NAME_MAX 71
#define _SC_TTY_NAME_MAX 72
#define _SC_NPROCESSORS_CONF 83
#define _SC_NPROCESSORS_ONLN 84
#define _SC_PHYS_PAGES 85
#define _SC_AVPHYS_PAGES 86
#define _SC_ATEXIT_MAX 87
#define _SC_XOPEN_VERSION 89
#define _SC_CHAR_BIT 101
#define _SC_CHAR_MAX 102
#define _SC_CHAR_MIN 103
#define _SC_INT_MAX 104
#define _SC_INT_MIN 105
#define _SC_LONG_BIT 106
#define _SC_WORD_BIT 107
#define _SC_NZERO 109
#define _SC_SSIZE_MAX 110
#define _SC_MONOTONIC_CLOCK 149
#define _SC_SYMLOOP_MAX 173
#define _SC_HOST_NAME_MAX 180

long sysconf(int name) SG_SYMBOL(sysconf);
/* The page size the kernel reported at exec (AT_PAGESZ). */
int getpagesize(void) SG_SYMBOL(getpagesize);

/* The seconds not slept when a signal handler interrupted, else 0. */
unsigned int sleep(unsigned int seconds) SG_SYMBOL(sleep);
int usleep(unsigned int usec) SG_SYMBOL(usleep);

/* execve(2) with the argument list spelled out (execl, execle, execlp: ended by a
 * NULL pointer; execle's environment follows it) or with environ. The *p forms search
 * PATH for a FILE without '/' (PATH unset: "/bin:/usr/bin"), as glibc's: EACCES from
 * some directory is reported if no later one has the file, and a file the kernel
 * cannot run (ENOEXEC) is run by /bin/sh. */
int execv(const char *path, char *const argv[]) SG_SYMBOL(execv);
int execvp(const char *file, char *const argv[]) SG_SYMBOL(execvp);
int execvpe(const char *file, char *const argv[], char *const envp[]) SG_SYMBOL(execvpe);
int execl(const char *path, const char *arg, ...) SG_SYMBOL(execl);
int execle(const char *path, const char *arg, ...) SG_SYMBOL(execle);
int execlp(const char *file, const char *arg, ...) SG_SYMBOL(execlp);

/* 1 when FD is a terminal; else 0 with errno EBADF or ENOTTY. */
int isatty(int fd) SG_SYMBOL(isatty);

#endif
