/* x86_64 ABI of sysgate/statfs.h: struct statfs's words are longs (statfs(2)).
 *
 * Not obvious: glibc's struct statvfs has no padding after its 64-bit f_fsid here.
 */
#ifndef SYSGATE_ARCH_X86_64_STATFS_H
#define SYSGATE_ARCH_X86_64_STATFS_H

#define SYSGATE_ARCH_FSWORD long
#define SYSGATE_ARCH_STATVFS_PAD

#endif
