/* i386 ABI of the descriptor calls that take a 64-bit offset by value
 * (pread(2), pwrite(2), lseek(2), truncate(2), ftruncate(2), fallocate(2)), and
 * the fcntl(2) record-lock commands.
 *
 * Not obvious: a 64-bit offset travels as two 32-bit registers, low word first for pread64,
 * pwrite64, truncate64, ftruncate64 and fallocate (arch/x86/kernel/sys_ia32.c) and for the preadv
 * family (fs/read_write.c, pos_low then pos_high) -- but high word first for _llseek
 * (fs/read_write.c, SYSCALL_DEFINE5(llseek, fd, offset_high, offset_low, result, whence)), which
 * returns its 64-bit result through the pointer, not in eax.
 */
#ifndef SYSGATE_ARCH_I386_FD_H
#define SYSGATE_ARCH_I386_FD_H

#include "../../syscall.h"
#include "../../types.h"

/* fcntl64's commands for struct flock64, which is sysgate's struct flock: with
 * 5, 6 and 7 the kernel would read a flock with 32-bit offsets (fs/fcntl.c). */
#define F_GETLK 12
#define F_SETLK 13
#define F_SETLKW 14

SG_INLINE off_t sys_lseek(int fd, off_t offset, int whence) {
  off_t result;
  long r = syscall5(SYS__llseek, fd, SG_I386_HI(offset), SG_I386_LO(offset), (long)&result, whence);
  return sysgate_is_error(r) ? r : result;
}

#endif
