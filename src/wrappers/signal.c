/* External definitions of the signal family (sysgate/signal.h): sigaction(2),
 * sigprocmask(2), sigpending(2), sigsuspend(2), sigaltstack(2), sigtimedwait(2),
 * sigwaitinfo(2), sigwait(3), signal(2), raise(3), pause(2), alarm(2),
 * signalfd(2) and sigsetops(3); the bodies are the inline ones in the header.
 *
 * Not obvious: the restorers sigaction() installs are not here but in
 * src/arch/<arch>/sigrestore.S, because they must not have a C prologue.
 */
#include <sysgate/signal.h>

_Static_assert(sizeof(siginfo_t) == 128, "siginfo_t is the kernel's 128 bytes");
_Static_assert(sizeof(struct signalfd_siginfo) == 128, "signalfd(2) reads 128-byte records");
_Static_assert(sizeof(sigset_t) == 8, "rt_sig* calls take the kernel's 8-byte set");

/* Both layers of the calls that have a system call of their own. */
SG_EXTERN(sigwait);
SG_EXTERN(sysgate_sigaction_as);
SG_EXTERN(sigemptyset);
SG_EXTERN(sigfillset);
SG_EXTERN(sigaddset);
SG_EXTERN(sigdelset);
SG_EXTERN(sigismember);
SG_EXTERN(sysgate_sigset_fill_words);
SG_EXTERN(sysgate_sigset_invalid);
