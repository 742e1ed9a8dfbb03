/* sysgate/statvfs.h: statvfs(3), fstatvfs(3), struct statvfs and the ST_*
 * mount flags (glibc: <sys/statvfs.h>).
 *
 * Not obvious: these are no system calls. They are statfs(2) and fstatfs(2) with the answer
 * rearranged, as glibc does (internal_statvfs.c): f_flag is the kernel's f_flags without ST_VALID
 * (0x20, "f_flags is filled in", set by every kernel since 2.6.36), f_favail is f_ffree, f_frsize
 * falls back to f_bsize, and f_fsid packs the two ints of fsid_t into one unsigned long (on i386
 * only the first fits).
 */
#ifndef SYSGATE_STATVFS_H
#define SYSGATE_STATVFS_H

#include "statfs.h" /* fsblkcnt_t, fsfilcnt_t, and the arch's statfs.h */

struct statvfs {
  unsigned long f_bsize;  /* preferred I/O size */
  unsigned long f_frsize; /* the unit of the block counts */
  fsblkcnt_t f_blocks;
  fsblkcnt_t f_bfree;
  fsblkcnt_t f_bavail; /* free to unprivileged users */
  fsfilcnt_t f_files;
  fsfilcnt_t f_ffree;
  fsfilcnt_t f_favail;
  unsigned long f_fsid;
  SYSGATE_ARCH_STATVFS_PAD
  unsigned long f_flag; /* ST_* */
  unsigned long f_namemax;
  int sysgate_spare[6];
};

#define ST_RDONLY 1
#define ST_NOSUID 2
#define ST_NODEV 4
#define ST_NOEXEC 8
#define ST_SYNCHRONOUS 16
#define ST_MANDLOCK 64
#define ST_WRITE 128
#define ST_APPEND 256
#define ST_IMMUTABLE 512
#define ST_NOATIME 1024
#define ST_NODIRATIME 2048
#define ST_RELATIME 4096

int statvfs(const char *path, struct statvfs *buf) SG_SYMBOL(statvfs);
int fstatvfs(int fd, struct statvfs *buf) SG_SYMBOL(fstatvfs);

#endif
