/* errno(3) storage.
 *
 * Not obvious: the symbol is sysgate_errno, never errno or __errno_location,
 * so it cannot collide with a libc linked into the same program (a hosted test).
 */
#include <sysgate/errno.h>

#ifdef SYSGATE_THREADS
__thread int sysgate_errno; /* one per thread: the threaded build's TLS (docs/threads.md) */
#else
int sysgate_errno;
#endif
