/* sysgate/sigset.h: sigsetops(3): sigemptyset, sigfillset, sigaddset, sigdelset,
 * sigismember over sigset_t (sysgate/types.h).
 */
#ifndef SYSGATE_SIGSET_H
#define SYSGATE_SIGSET_H

#include "signum.h"
#include "syscall.h"
#include "types.h"

#define SG_SIGSET_WORDS (sizeof(sigset_t) / sizeof(unsigned long))
#define SG_SIGSET_WORD_BITS (8 * sizeof(unsigned long))
#define SG_SIGSET_WORD(set, signo) ((set)->sig[(unsigned)((signo)-1) / SG_SIGSET_WORD_BITS])
#define SG_SIGSET_BIT(signo) (1UL << (unsigned)((signo)-1) % SG_SIGSET_WORD_BITS)

SG_INLINE void sysgate_sigset_fill_words(sigset_t *set, unsigned long word) {
  for (size_t i = 0; i < SG_SIGSET_WORDS; i++)
    set->sig[i] = word;
}

/* glibc's checks: EINVAL for a null set or a number outside 1..64. Only whether
 * there is a set is passed: gcc 12 (-Os, not inlined) warns maybe-uninitialized
 * when a const pointer to a set not yet filled reaches a function, as
 * sigemptyset's does. */
SG_INLINE int sysgate_sigset_invalid(int have_set, int signo) {
  if (have_set && signo >= 1 && signo <= SIGRTMAX)
    return 0;
  errno = EINVAL;
  return 1;
}

/* sigemptyset and sigfillset check only the set: 1 stands for "any valid number". */
SG_INLINE int sigemptyset(sigset_t *set) SG_SYMBOL(sigemptyset);
SG_INLINE int sigemptyset(sigset_t *set) {
  if (sysgate_sigset_invalid(set != NULL, 1))
    return -1;
  sysgate_sigset_fill_words(set, 0);
  return 0;
}

/* All 64, 32 and 33 included (glibc leaves those two out); the kernel itself never
 * blocks SIGKILL or SIGSTOP, whatever a mask says. */
SG_INLINE int sigfillset(sigset_t *set) SG_SYMBOL(sigfillset);
SG_INLINE int sigfillset(sigset_t *set) {
  if (sysgate_sigset_invalid(set != NULL, 1))
    return -1;
  sysgate_sigset_fill_words(set, ~0UL);
  return 0;
}

SG_INLINE int sigaddset(sigset_t *set, int signo) SG_SYMBOL(sigaddset);
SG_INLINE int sigaddset(sigset_t *set, int signo) {
  if (sysgate_sigset_invalid(set != NULL, signo))
    return -1;
  SG_SIGSET_WORD(set, signo) |= SG_SIGSET_BIT(signo);
  return 0;
}

SG_INLINE int sigdelset(sigset_t *set, int signo) SG_SYMBOL(sigdelset);
SG_INLINE int sigdelset(sigset_t *set, int signo) {
  if (sysgate_sigset_invalid(set != NULL, signo))
    return -1;
  SG_SIGSET_WORD(set, signo) &= ~SG_SIGSET_BIT(signo);
  return 0;
}

SG_INLINE int sigismember(const sigset_t *set, int signo) SG_SYMBOL(sigismember);
SG_INLINE int sigismember(const sigset_t *set, int signo) {
  if (sysgate_sigset_invalid(set != NULL, signo))
    return -1;
  return (SG_SIGSET_WORD(set, signo) & SG_SIGSET_BIT(signo)) != 0;
}

#endif
