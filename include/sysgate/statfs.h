/* sysgate/statfs.h: statfs(2), fstatfs(2) (glibc: <sys/statfs.h>, <sys/vfs.h>).
 *
 * Not obvious: on i386 these are statfs64 and fstatfs64, which take the
 * structure's size as an extra argument and refuse any other size (fs/statfs.c);
 * struct statfs there is the kernel's statfs64, with 64-bit block counts.
 */
#ifndef SYSGATE_STATFS_H
#define SYSGATE_STATFS_H

#include "stat.h"
#include SYSGATE_ARCH_STATFS_H

typedef uint64_t fsblkcnt_t;
typedef uint64_t fsfilcnt_t;
typedef struct {
  int __val[2];
} fsid_t;

/* include/uapi/asm-generic/statfs.h: struct statfs on x86_64, statfs64 on i386;
 * the words are the arch's (SYSGATE_ARCH_FSWORD), the counts 64-bit on both. */
struct statfs {
  SYSGATE_ARCH_FSWORD f_type;
  SYSGATE_ARCH_FSWORD f_bsize;
  fsblkcnt_t f_blocks;
  fsblkcnt_t f_bfree;
  fsblkcnt_t f_bavail;
  fsfilcnt_t f_files;
  fsfilcnt_t f_ffree;
  fsid_t f_fsid;
  SYSGATE_ARCH_FSWORD f_namelen;
  SYSGATE_ARCH_FSWORD f_frsize;
  SYSGATE_ARCH_FSWORD f_flags;
  SYSGATE_ARCH_FSWORD f_spare[4];
};

#include "calls/statfs.h"

#endif
