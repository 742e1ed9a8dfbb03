/* <signal.h>: sigaction, sigprocmask, raise, signal, the sigset functions, the
 * SIG* and SA_* values (sysgate/signal.h), kill (sysgate/process.h), sigqueue
 * (sysgate/sigqueue.h) and sig_atomic_t.
 *
 * Not obvious: sysgate's sigset_t is the kernel's 64-bit set, not glibc's
 * 1024-bit one, and SIGRTMIN is 32 (glibc: 34); code that only uses the
 * functions and the names does not see the difference.
 */
#ifndef SYSGATE_POSIX_SIGNAL_H
#define SYSGATE_POSIX_SIGNAL_H

#include <sysgate/process.h>
#include <sysgate/signal.h>
#include <sysgate/sigqueue.h>

/* The type a handler and the program may both read and write (C11 7.14): a store
 * to an int is one instruction on x86, so it cannot be seen half done. glibc's is
 * int as well. */
typedef int sig_atomic_t;

#endif
