/* sysgate/fd.h: the descriptor calls of glibc's <unistd.h>: lseek(2), pread(2),
 * pwrite(2), dup(2), dup2(2), dup3(2), pipe(2), pipe2(2), fsync(2),
 * fdatasync(2), sync(2), syncfs(2), truncate(2), ftruncate(2), close_range(2),
 * copy_file_range(2); SEEK_* and CLOSE_RANGE_*. sysgate/unistd.h includes it.
 *
 * Not obvious: off_t is 64-bit on both arches but an i386 register is not, so
 * the calls taking an offset by value get their raw layer from the arch
 * (SYSGATE_ARCH_FD_H): one register on x86_64, two on i386, and for lseek a
 * 64-bit result that _llseek writes through a pointer. Calls taking an off_t *
 * (copy_file_range) need no split: the kernel reads a loff_t on both.
 */
#ifndef SYSGATE_FD_H
#define SYSGATE_FD_H

#include "syscall.h"
#include "types.h"
#include SYSGATE_ARCH_FD_H

#define SEEK_SET 0
#define SEEK_CUR 1
#define SEEK_END 2
#define SEEK_DATA 3 /* the next byte of data at or after the offset */
#define SEEK_HOLE 4 /* the next hole; end of file counts as one */

#define CLOSE_RANGE_UNSHARE (1U << 1)
#define CLOSE_RANGE_CLOEXEC (1U << 2)

/* The same, over the arch's raw layer (SYSGATE_ARCH_FD_H). */

#include "calls/fd.h"

/* sysgate_ret for a 64-bit result: an error is a long-sized raw value,
 * sign-extended. An i386 offset of 2 GiB or more is negative as a long but does
 * not survive the round trip through one, so it is never taken for an error. */
SG_INLINE off_t sysgate_ret_off(off_t ret) {
  return ret == (long)ret ? sysgate_ret((long)ret) : ret;
}

SG_INLINE off_t lseek(int fd, off_t offset, int whence) SG_SYMBOL(lseek);
SG_INLINE off_t lseek(int fd, off_t offset, int whence) {
  return sysgate_ret_off(sys_lseek(fd, offset, whence));
}

/* sync(2) cannot fail, and glibc's returns nothing. */
SG_INLINE long sys_sync(void) {
  return syscall0(SYS_sync);
}
SG_INLINE void sync(void) SG_SYMBOL(sync);
SG_INLINE void sync(void) {
  sys_sync();
}

#endif
