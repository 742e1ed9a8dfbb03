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

#define SG_I386_LO(off) (long)(uint32_t)(uint64_t)(off)
#define SG_I386_HI(off) (long)(uint32_t)((uint64_t)(off) >> 32)
#define SYSGATE_ARCH_POS_LOHI(off) SG_I386_LO(off), SG_I386_HI(off)

/* fcntl64's commands for struct flock64, which is sysgate's struct flock: with
 * 5, 6 and 7 the kernel would read a flock with 32-bit offsets (fs/fcntl.c). */
#define F_GETLK 12
#define F_SETLK 13
#define F_SETLKW 14

#define SYSGATE_ARCH_SYS_fcntl SYS_fcntl64
#define SYSGATE_ARCH_SYS_sendfile SYS_sendfile64

SG_INLINE off_t sys_lseek(int fd, off_t offset, int whence) {
  off_t result;
  long r = syscall5(SYS__llseek, fd, SG_I386_HI(offset), SG_I386_LO(offset), (long)&result, whence);
  return sysgate_is_error(r) ? r : result;
}

SG_INLINE long sys_pread(int fd, void *buf, size_t count, off_t offset) {
  return syscall5(SYS_pread64, fd, (long)buf, (long)count, SYSGATE_ARCH_POS_LOHI(offset));
}

SG_INLINE long sys_pwrite(int fd, const void *buf, size_t count, off_t offset) {
  return syscall5(SYS_pwrite64, fd, (long)buf, (long)count, SYSGATE_ARCH_POS_LOHI(offset));
}

SG_INLINE long sys_truncate(const char *path, off_t length) {
  return syscall3(SYS_truncate64, (long)path, SYSGATE_ARCH_POS_LOHI(length));
}

SG_INLINE long sys_ftruncate(int fd, off_t length) {
  return syscall3(SYS_ftruncate64, fd, SYSGATE_ARCH_POS_LOHI(length));
}

SG_INLINE long sys_fallocate(int fd, int mode, off_t offset, off_t len) {
  return syscall6(SYS_fallocate, fd, mode, SYSGATE_ARCH_POS_LOHI(offset),
                  SYSGATE_ARCH_POS_LOHI(len));
}

#endif
