/* x86_64 ABI of the descriptor calls that take a 64-bit offset by value
 * (pread(2), pwrite(2), lseek(2), truncate(2), ftruncate(2), fallocate(2)), and
 * the fcntl(2) record-lock commands.
 *
 * Not obvious: everything fits one register, so these are the plain calls. The
 * preadv family still takes the offset as a (low, high) pair of longs; the
 * kernel shifts the high word out of a 64-bit loff_t (fs/read_write.c,
 * pos_from_hilo()), so it is passed as 0.
 */
#ifndef SYSGATE_ARCH_X86_64_FD_H
#define SYSGATE_ARCH_X86_64_FD_H

#include "../../syscall.h"
#include "../../types.h"

/* struct flock is the kernel's 64-bit one (include/uapi/asm-generic/fcntl.h). */
#define F_GETLK 5
#define F_SETLK 6
#define F_SETLKW 7

#endif
