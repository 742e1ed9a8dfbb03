/* i386 ABI of sysgate/statfs.h: statfs(2) and fstatfs(2) are statfs64 and fstatfs64.
 *
 * Not obvious: they take the size of struct statfs64, 84 bytes here (32-bit words,
 * 64-bit counts, packed to 4: asm-generic/statfs.h), and refuse any other (fs/statfs.c).
 */
#ifndef SYSGATE_ARCH_I386_STATFS_H
#define SYSGATE_ARCH_I386_STATFS_H

#define SYSGATE_ARCH_FSWORD int
struct statfs;
SG_INLINE long sys_statfs(const char *path, struct statfs *buf) {
  return syscall3(SYS_statfs64, (long)path, 84, (long)buf);
}
SG_INLINE long sys_fstatfs(int fd, struct statfs *buf) {
  return syscall3(SYS_fstatfs64, fd, 84, (long)buf);
}
/* glibc's struct statvfs has an unused int after the 32-bit f_fsid here. */
#define SYSGATE_ARCH_STATVFS_PAD int sysgate_unused;

#endif
