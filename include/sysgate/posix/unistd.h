/* <unistd.h> for programs built with sysgate-cc: sysgate's read, write, close, lseek, dup, pipe,
 * fork, execve, the ids, access, unlink, getcwd, chdir... (the family headers unistd.h, process.h,
 * fd.h, brk.h, path.h), alarm and pause (which POSIX puts here and sysgate in signal.h), syscall(),
 * and from the C library layer sysconf, getpagesize, sleep, usleep, the exec*() family, isatty, and
 * getopt with its variables.
 *
 * Not obvious: this directory, include/sysgate/posix/, takes the place of libc's headers:
 * sysgate-cc searches it first and keeps /usr/include out (-nostdinc), so an unchanged POSIX
 * program finds these and, besides, only the compiler's own stddef.h, stdint.h, stdarg.h, stdbool.h
 * (and limits.h, through this directory's). Each header includes the family headers that hold its
 * declarations, and may bring in more names than POSIX lists.
 */
#ifndef SYSGATE_POSIX_UNISTD_H
#define SYSGATE_POSIX_UNISTD_H

#include <sysgate/path.h>
#include <sysgate/signal.h>
#include <sysgate/syscall_generic.h>
#include <sysgate/unistd.h>
#include <sysgate/unistd_posix.h>
#define SYSGATE_GETOPT_SHORT_ONLY /* getopt and its variables, as glibc's <unistd.h> */
#include <sysgate/getopt.h>
#undef SYSGATE_GETOPT_SHORT_ONLY

#include <sysgate/lfs64.h> /* the *64 names under _GNU_SOURCE */

#endif
