/* sysgate/errno.h: errno and the E* values (errno(3)).
 *
 * Not obvious: `errno` is a macro for sysgate's own storage, never a symbol
 * named errno or __errno_location, so a program may link sysgate beside glibc.
 * It is thread-local in the threaded build (SYSGATE_THREADS, docs/threads.md), a plain
 * global otherwise: ld then refuses objects of the two builds in one link.
 */
#ifndef SYSGATE_ERRNO_H
#define SYSGATE_ERRNO_H

#include "errno_list.h"

#ifdef SYSGATE_THREADS
extern __thread int sysgate_errno;
#else
extern int sysgate_errno;
#endif
#define errno sysgate_errno

#endif
