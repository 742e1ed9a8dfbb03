/* flockfile(3), ftrylockfile, funlockfile: a thread holds a stream across several calls; and
 * the lock every stdio call takes (stdio_impl.h's STREAM_LOCK).
 *
 * Not obvious: the lock is recursive (POSIX flockfile: "a lock count"), so the calls made while
 * holding it take it again. FSETLOCKING_BYCALLER turns off only the calls' own locking, never
 * flockfile's (glibc's libio/libio.h, _IO_USER_LOCK). One thread: nothing to wait for.
 */
#include "stdio_impl.h"

#ifdef SYSGATE_THREADS
void sysgate_stdio_lock(FILE *f) {
  if (f->locking != FSETLOCKING_BYCALLER)
    sg_rlock_take(&f->lock);
}

void sysgate_stdio_unlock(FILE *f) {
  if (f->locking != FSETLOCKING_BYCALLER)
    sg_rlock_drop(&f->lock);
}
#endif

void flockfile(FILE *f) {
  (void)f;
  sg_rlock_take(&f->lock);
}

int ftrylockfile(FILE *f) {
  (void)f;
  return sg_rlock_try(&f->lock) ? 0 : -1;
}

void funlockfile(FILE *f) {
  (void)f;
  sg_rlock_drop(&f->lock);
}
