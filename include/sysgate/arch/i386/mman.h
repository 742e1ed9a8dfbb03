/* i386 ABI of sysgate/mman.h: mmap(2) is mmap2.
 *
 * Not obvious: i386's old `mmap` (90) takes one pointer to a block of six
 * arguments; `mmap2` (192) takes them in registers, with the offset counted in
 * 4096-byte units whatever the page size (mmap2(2); arch/x86/kernel/sys_ia32.c).
 * An off_t that is not a multiple of 4096 or whose unit count needs more than
 * 32 bits never reaches the kernel: EINVAL.
 */
#ifndef SYSGATE_ARCH_I386_MMAN_H
#define SYSGATE_ARCH_I386_MMAN_H

#define SG_MMAP2_UNIT_SHIFT 12

SG_INLINE long sys_mmap(void *addr, size_t len, int prot, int flags, int fd, off_t off) {
  uint64_t units = (uint64_t)off >> SG_MMAP2_UNIT_SHIFT;
  if ((off & ((1 << SG_MMAP2_UNIT_SHIFT) - 1)) != 0 || units > UINT32_MAX)
    return -EINVAL;
  return syscall6(SYS_mmap2, (long)addr, (long)len, prot, flags, fd, (long)units);
}

#endif
