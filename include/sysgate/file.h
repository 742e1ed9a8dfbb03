/* sysgate/file.h: flock(2) and LOCK_*, glibc's <sys/file.h>.
 *
 * Not obvious: a flock lock belongs to the open file description, not to the
 * process: two open()s of one file in the same process conflict, while dup()s
 * and a fork()ed child's inherited descriptor share the lock (flock(2)). It is
 * independent of fcntl's F_SETLK locks on Linux.
 */
#ifndef SYSGATE_FILE_H
#define SYSGATE_FILE_H

#include "syscall.h"

#define LOCK_SH 1 /* shared */
#define LOCK_EX 2 /* exclusive */
#define LOCK_NB 4 /* or'd in: fail with EWOULDBLOCK instead of waiting */
#define LOCK_UN 8 /* release */

#include "calls/file.h"

#endif
