/* sysgate/membarrier.h: membarrier(2)'s commands, as Linux 6.1's
 * include/uapi/linux/membarrier.h has them (the query answers a mask of these bits).
 *
 * Not obvious: it stands in for the kernel's header and so takes its include guard:
 * whichever of the two comes first defines these, the other nothing.
 */
#ifndef _LINUX_MEMBARRIER_H
#define _LINUX_MEMBARRIER_H

enum membarrier_cmd {
  MEMBARRIER_CMD_QUERY = 0,
  MEMBARRIER_CMD_GLOBAL = (1 << 0),
  MEMBARRIER_CMD_GLOBAL_EXPEDITED = (1 << 1),
  MEMBARRIER_CMD_REGISTER_GLOBAL_EXPEDITED = (1 << 2),
  MEMBARRIER_CMD_PRIVATE_EXPEDITED = (1 << 3),
  MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED = (1 << 4),
  MEMBARRIER_CMD_PRIVATE_EXPEDITED_SYNC_CORE = (1 << 5),
  MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED_SYNC_CORE = (1 << 6),
  MEMBARRIER_CMD_PRIVATE_EXPEDITED_RSEQ = (1 << 7),
  MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED_RSEQ = (1 << 8),
  MEMBARRIER_CMD_SHARED = MEMBARRIER_CMD_GLOBAL, /* its older name */
};

enum membarrier_cmd_flag {
  MEMBARRIER_CMD_FLAG_CPU = (1 << 0),
};

#endif
