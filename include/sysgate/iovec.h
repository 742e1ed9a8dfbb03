/* sysgate/iovec.h: struct iovec (iovec(3type)), one buffer of a scatter/gather
 * list, for sendmsg/recvmsg and readv/writev.
 *
 * Not obvious: the guard is SYSGATE_IOVEC_DEFINED, not this file's own, so that
 * whichever header defines struct iovec first (this one, or sysgate/uio.h if it
 * defines it too) wins and the other skips it: C11 forbids a second definition.
 */
#ifndef SYSGATE_IOVEC_DEFINED
#define SYSGATE_IOVEC_DEFINED

#include <stddef.h>

struct iovec {
  void *iov_base;
  size_t iov_len;
};

#endif
