/* x86_64 struct stat (stat(2)): the kernel writes sysgate's structure directly.
 *
 * Not obvious: st_nlink comes before st_mode here, the reverse of i386 and of
 * POSIX's listing (arch/x86/include/uapi/asm/stat.h), and st_nlink is 64-bit.
 */
#ifndef SYSGATE_ARCH_X86_64_STAT_H
#define SYSGATE_ARCH_X86_64_STAT_H

/* Included by sysgate/stat.h, after the types and struct statx it uses. */

typedef unsigned long nlink_t;

/* arch/x86/include/uapi/asm/stat.h: its (seconds, nanoseconds) pairs of
 * unsigned longs have struct timespec's layout. */
struct stat {
  dev_t st_dev;
  ino_t st_ino;
  nlink_t st_nlink;
  mode_t st_mode;
  uid_t st_uid;
  gid_t st_gid;
  int sysgate_pad0;
  dev_t st_rdev;
  off_t st_size;
  blksize_t st_blksize;
  blkcnt_t st_blocks;
  struct timespec st_atim;
  struct timespec st_mtim;
  struct timespec st_ctim;
  long sysgate_unused[3];
};

/* Inline functions of this header beyond the common sys_ set, for src/wrappers: none. */
#define SYSGATE_ARCH_STAT_EXTRA(X)

#endif
