/* <sys/xattr.h>: getxattr, setxattr, listxattr, removexattr, their l* and f*
 * forms, XATTR_CREATE and XATTR_REPLACE (sysgate/xattr.h).
 *
 * Not obvious: the values are the kernel's, which glibc's enum repeats.
 */
#ifndef SYSGATE_POSIX_SYS_XATTR_H
#define SYSGATE_POSIX_SYS_XATTR_H

#include <sysgate/xattr.h>

#endif
