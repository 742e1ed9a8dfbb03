/* strsignal(3): a signal's description, worded as glibc words it ("Hangup",
 * "Segmentation fault", "Real-time signal 3", "Unknown signal 99").
 *
 * Not obvious: the real-time signals are numbered from SIGRTMIN, and the two libraries' SIGRTMIN
 * differ: glibc reserves 32 and 33 for its threads and calls 32 "Unknown signal 32" and 34
 * "Real-time signal 0"; sysgate's SIGRTMIN is 32 (sysgate/signal.h), so 32 here is "Real-time
 * signal 0" and SIGRTMIN + N reads "Real-time signal N" under either. The texts of 1..31 are
 * glibc's (string/strsignal.c and sysdeps/unix/sysv/linux/siglist.h in glibc 2.36).
 */
#include <sysgate/signal.h>
#include <sysgate/string.h>

#include "lock.h"

/* The descriptions of signals 1..31 in order, each ended by a NUL: no pointers, so
 * nothing for a static PIE to relocate. */
static const char descriptions[] = "Hangup\0"
                                   "Interrupt\0"
                                   "Quit\0"
                                   "Illegal instruction\0"
                                   "Trace/breakpoint trap\0"
                                   "Aborted\0"
                                   "Bus error\0"
                                   "Floating point exception\0"
                                   "Killed\0"
                                   "User defined signal 1\0"
                                   "Segmentation fault\0"
                                   "User defined signal 2\0"
                                   "Broken pipe\0"
                                   "Alarm clock\0"
                                   "Terminated\0"
                                   "Stack fault\0"
                                   "Child exited\0"
                                   "Continued\0"
                                   "Stopped (signal)\0"
                                   "Stopped\0"
                                   "Stopped (tty input)\0"
                                   "Stopped (tty output)\0"
                                   "Urgent I/O condition\0"
                                   "CPU time limit exceeded\0"
                                   "File size limit exceeded\0"
                                   "Virtual timer expired\0"
                                   "Profiling timer expired\0"
                                   "Window changed\0"
                                   "I/O possible\0"
                                   "Power failure\0"
                                   "Bad system call";

/* "Unknown signal -2147483648" and its NUL fit. */
static SG_THREAD_LOCAL char message[32]; /* per thread, as glibc's since 2.32 */

/* prefix, then n in decimal, into message. */
static char *format(const char *prefix, int n) {
  char digits[12], *d = digits + sizeof digits;
  unsigned v = n < 0 ? 0u - (unsigned)n : (unsigned)n;
  *--d = '\0';
  do
    *--d = (char)('0' + v % 10);
  while ((v /= 10) != 0);
  if (n < 0)
    *--d = '-';
  strcpy(stpcpy(message, prefix), d);
  return message;
}

char *strsignal(int sig) {
  if (sig >= SIGHUP && sig <= SIGSYS) {
    const char *s = descriptions;
    for (int i = SIGHUP; i < sig; i++)
      s += strlen(s) + 1;
    return (char *)s;
  }
  if (sig >= SIGRTMIN && sig <= SIGRTMAX)
    return format("Real-time signal ", sig - SIGRTMIN);
  return format("Unknown signal ", sig);
}
