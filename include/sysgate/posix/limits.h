/* <limits.h>: the compiler's (CHAR_BIT, INT_MAX, LONG_MAX...) plus Linux's PATH_MAX,
 * NAME_MAX, PIPE_BUF, IOV_MAX and NGROUPS_MAX (include/uapi/linux/limits.h).
 *
 * Not obvious: gcc's own limits.h expects a libc limits.h behind it, and
 * #include_next's it unless _LIBC_LIMITS_H_ says it is already in; with no libc
 * headers on the path that would be an error, so this header is the "libc" one:
 * it sets that macro and includes the compiler's (clang's needs nothing).
 */
#ifndef SYSGATE_POSIX_LIMITS_H
#define SYSGATE_POSIX_LIMITS_H

#ifndef _LIBC_LIMITS_H_
#define _LIBC_LIMITS_H_ 1
#endif
#include_next <limits.h>

#define PATH_MAX 4096 /* bytes in a path, with its NUL */
#define NAME_MAX 255  /* bytes in one file name */
#define PIPE_BUF 4096 /* writes up to this size to a pipe are atomic */
#define IOV_MAX 1024  /* struct iovec entries per readv/writev */
#define NGROUPS_MAX 65536
#define SEM_VALUE_MAX 2147483647 /* the largest sem_post may reach (glibc's) */

#endif
