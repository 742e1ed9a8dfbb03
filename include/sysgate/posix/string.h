/* <string.h>: memcpy, memmove, memset, memcmp, strlen, strcmp, strncmp, strchr,
 * strrchr, strcpy, strncpy, strcat, strerror, strerror_r, strnlen, memchr, memrchr,
 * strstr, strcasestr, memmem, strspn, strcspn, strpbrk, strtok, strtok_r, strsep,
 * stpcpy, stpncpy, strncat, strlcpy, strlcat, strcoll, strxfrm, strsignal, strdup,
 * strndup (sysgate/string.h), and <strings.h>'s functions, as glibc's does.
 *
 * Not obvious: sysgate's are simple byte loops and weak symbols: a program may
 * define a faster one of its own, and the linker takes that instead.
 */
#ifndef SYSGATE_POSIX_STRING_H
#define SYSGATE_POSIX_STRING_H

#include <sysgate/string.h>

#endif
