/* sysgate/types.h: the POSIX scalar types the wrappers use (sys_types.h(3type)).
 *
 * Not obvious: off_t is 64-bit on i386 too, as glibc's with _FILE_OFFSET_BITS=64;
 * the i386 wrappers split or scale it where the kernel takes 32-bit halves.
 */
#ifndef SYSGATE_TYPES_H
#define SYSGATE_TYPES_H

#include <stddef.h>
#include <stdint.h>

typedef __PTRDIFF_TYPE__ ssize_t; /* int on i386, long on x86_64: glibc's choice too */
typedef int64_t off_t;
typedef unsigned int mode_t;
typedef int pid_t;

#endif
