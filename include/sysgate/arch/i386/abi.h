/* i386 ABI details of individual calls: open(2)'s implied flags, mmap(2) via mmap2.
 *
 * Not obvious: i386's old `mmap` (90) takes one pointer to a block of six
 * arguments; `mmap2` (192) takes them in registers, with the offset counted in
 * 4096-byte units whatever the page size (mmap2(2); arch/x86/kernel/sys_ia32.c
 * for the compat entry). A 64-bit off_t must be a multiple of 4096 and its unit
 * count must fit in 32 bits, or the call never reaches the kernel: EINVAL.
 */
#ifndef SYSGATE_ARCH_I386_ABI_H
#define SYSGATE_ARCH_I386_ABI_H

#include "../../syscall.h"
#include "../../types.h"

/* O_LARGEFILE: sysgate's off_t is 64-bit, so every file may exceed 2 GiB. */
#define SYSGATE_ARCH_OPEN_FLAGS 0100000

#define SG_MMAP2_UNIT_SHIFT 12

SG_INLINE long sys_mmap(void *addr, size_t len, int prot, int flags, int fd, off_t off) {
  uint64_t units = (uint64_t)off >> SG_MMAP2_UNIT_SHIFT;
  if ((off & ((1 << SG_MMAP2_UNIT_SHIFT) - 1)) != 0 || units > UINT32_MAX)
    return -EINVAL;
  return syscall6(SYS_mmap2, (long)addr, (long)len, prot, flags, fd, (long)units);
}

#endif
