/* <ctype.h>: isalnum ... isxdigit, isascii, isblank, tolower, toupper, toascii for the
 * C locale (sysgate/ctype.h).
 *
 * Not obvious: these are inline functions, not glibc's macros over a per-locale
 * table: bytes 128..255 belong to no class, as in glibc's C locale, and passing a
 * plain char that is negative (other than EOF) is the caller's error in both.
 */
#ifndef SYSGATE_POSIX_CTYPE_H
#define SYSGATE_POSIX_CTYPE_H

#include <sysgate/ctype.h>

#endif
