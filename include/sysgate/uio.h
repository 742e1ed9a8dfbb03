/* sysgate/uio.h: readv(2), writev(2), preadv(2), pwritev(2), preadv2(2),
 * pwritev2(2) and the RWF_* flags; process_vm_readv(2) and process_vm_writev(2),
 * between our memory and another process's; struct iovec comes from sysgate/iovec.h.
 *
 * Not obvious: the positioned calls take their offset as a (low, high) pair of
 * longs on both arches (fs/read_write.c, pos_from_hilo()), not as one loff_t,
 * so that a 32-bit and a 64-bit caller use the same argument slots (option
 * lohi in src/calls.tab). An offset of -1 to preadv2/pwritev2 means
 * "the current file offset", which the call then advances.
 */
#ifndef SYSGATE_UIO_H
#define SYSGATE_UIO_H

#include "iovec.h"
#include "syscall.h"
#include "types.h"

/* Per-call flags of preadv2 and pwritev2 (include/uapi/linux/fs.h). */
#define RWF_HIPRI 0x01    /* poll for completion (O_DIRECT) */
#define RWF_DSYNC 0x02    /* this write is O_DSYNC */
#define RWF_SYNC 0x04     /* this write is O_SYNC */
#define RWF_NOWAIT 0x08   /* EAGAIN rather than wait for data or locks */
#define RWF_APPEND 0x10   /* this write is O_APPEND */
#define RWF_NOAPPEND 0x20 /* this write ignores the descriptor's O_APPEND */

#include "calls/uio.h"

#endif
