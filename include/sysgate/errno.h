/* sysgate/errno.h: errno and the E* values (errno(3)).
 *
 * Not obvious: `errno` is a macro for sysgate's own storage, never a symbol
 * named errno or __errno_location, so a program may link sysgate beside glibc.
 * The storage is a plain global: sysgate sets up no thread-local storage.
 */
#ifndef SYSGATE_ERRNO_H
#define SYSGATE_ERRNO_H

#include "errno_list.h"

extern int sysgate_errno;
#define errno sysgate_errno

#endif
