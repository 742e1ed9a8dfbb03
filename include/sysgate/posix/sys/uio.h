/* <sys/uio.h>: readv, writev, preadv, pwritev, preadv2, pwritev2, RWF_* and
 * struct iovec (sysgate/uio.h), and their *64 names (sysgate/lfs64.h).
 *
 * Not obvious: process_vm_readv and process_vm_writev, which glibc declares
 * here too, are missing.
 */
#ifndef SYSGATE_POSIX_SYS_UIO_H
#define SYSGATE_POSIX_SYS_UIO_H

#include <sysgate/lfs64.h>
#include <sysgate/uio.h>

#endif
