/* sysgate/signum.h: the signal numbers of x86 (signal(7), arch/x86/include/uapi/asm/signal.h).
 *
 * Not obvious: SIGRTMIN and SIGRTMAX are the kernel's 32 and 64, constants. glibc keeps
 * 32 and 33 for its threads library and makes SIGRTMIN 34; sysgate has no threads
 * library, so every real-time signal is the program's (docs/signals.md).
 */
#ifndef SYSGATE_SIGNUM_H
#define SYSGATE_SIGNUM_H

#define SIGHUP 1
#define SIGINT 2
#define SIGQUIT 3
#define SIGILL 4
#define SIGTRAP 5
#define SIGABRT 6
#define SIGIOT 6
#define SIGBUS 7
#define SIGFPE 8
#define SIGKILL 9
#define SIGUSR1 10
#define SIGSEGV 11
#define SIGUSR2 12
#define SIGPIPE 13
#define SIGALRM 14
#define SIGTERM 15
#define SIGSTKFLT 16
#define SIGCHLD 17
#define SIGCONT 18
#define SIGSTOP 19
#define SIGTSTP 20
#define SIGTTIN 21
#define SIGTTOU 22
#define SIGURG 23
#define SIGXCPU 24
#define SIGXFSZ 25
#define SIGVTALRM 26
#define SIGPROF 27
#define SIGWINCH 28
#define SIGIO 29
#define SIGPOLL SIGIO
#define SIGPWR 30
#define SIGSYS 31
#define SIGRTMIN 32
#define SIGRTMAX 64
/* glibc's meaning: one more than the largest signal number (the kernel's _NSIG is 64). */
#define NSIG 65

#endif
