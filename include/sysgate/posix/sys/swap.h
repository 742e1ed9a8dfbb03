/* <sys/swap.h>: swapon, swapoff and the SWAP_FLAG_* values (sysgate/admin.h). */
#ifndef SYSGATE_POSIX_SYS_SWAP_H
#define SYSGATE_POSIX_SYS_SWAP_H

#include <sysgate/admin.h>

#endif
