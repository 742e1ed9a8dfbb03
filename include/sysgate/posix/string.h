/* <string.h>: memcpy, memmove, memset, memcmp, strlen, strcmp, strncmp, strchr,
 * strrchr, strcpy, strncpy, strcat, strerror, strerror_r (sysgate/string.h).
 *
 * Not obvious: sysgate's are simple byte loops and weak symbols: a program may
 * define a faster one of its own, and the linker takes that instead.
 */
#ifndef SYSGATE_POSIX_STRING_H
#define SYSGATE_POSIX_STRING_H

#include <sysgate/string.h>

#endif
