/* sysgate/stat.h: stat(2), fstat, lstat, fstatat, statx(2), chmod(2), fchmod,
 * fchmodat, mkdir(2), mkdirat, umask(2), mknod(2), mknodat, utimensat(2): the
 * calls glibc declares in <sys/stat.h>, with their S_* (inode(7)), STATX_* and
 * UTIME_* values, and makedev(3), major, minor (glibc: <sys/sysmacros.h>); and
 * <sys/time.h>'s utimes(2), lutimes(3), futimes(3), futimesat(2).
 *
 * Not obvious: struct stat is per arch (SYSGATE_ARCH_STAT_H). On x86_64 it is the
 * kernel's own. On i386 the kernel's stat64 has 32-bit times, so sysgate's
 * struct stat there is glibc's 64-bit-time layout, filled from statx: the i386
 * stat calls need Linux 4.11 and fall back to fstatat64 (times 1970..2106) before.
 */
#ifndef SYSGATE_STAT_H
#define SYSGATE_STAT_H

#include "fcntl.h"
#include "syscall.h"
#include "types.h"
#include "usercopy.h"

/* glibc's sizes with _FILE_OFFSET_BITS=64 on both arches; nlink_t is per arch. */
typedef uint64_t dev_t;
typedef uint64_t ino_t;
typedef int64_t blkcnt_t;
typedef long blksize_t;

#define S_IFMT 0170000
#define S_IFSOCK 0140000
#define S_IFLNK 0120000
#define S_IFREG 0100000
#define S_IFBLK 0060000
#define S_IFDIR 0040000
#define S_IFCHR 0020000
#define S_IFIFO 0010000
#define S_ISUID 04000
#define S_ISGID 02000
#define S_ISVTX 01000
#define S_IRWXU 0700
#define S_IRUSR 0400
#define S_IWUSR 0200
#define S_IXUSR 0100
#define S_IRWXG 0070
#define S_IRGRP 0040
#define S_IWGRP 0020
#define S_IXGRP 0010
#define S_IRWXO 0007
#define S_IROTH 0004
#define S_IWOTH 0002
#define S_IXOTH 0001

#define SYSGATE_S_ISTYPE(mode, type) (((mode)&S_IFMT) == (type))
#define S_ISSOCK(mode) SYSGATE_S_ISTYPE(mode, S_IFSOCK)
#define S_ISLNK(mode) SYSGATE_S_ISTYPE(mode, S_IFLNK)
#define S_ISREG(mode) SYSGATE_S_ISTYPE(mode, S_IFREG)
#define S_ISBLK(mode) SYSGATE_S_ISTYPE(mode, S_IFBLK)
#define S_ISDIR(mode) SYSGATE_S_ISTYPE(mode, S_IFDIR)
#define S_ISCHR(mode) SYSGATE_S_ISTYPE(mode, S_IFCHR)
#define S_ISFIFO(mode) SYSGATE_S_ISTYPE(mode, S_IFIFO)

/* tv_nsec values utimensat reads as "now" and "leave alone" (utimensat(2)). */
#define UTIME_NOW ((1l << 30) - 1l)
#define UTIME_OMIT ((1l << 30) - 2l)

/* statx(2): include/uapi/linux/stat.h (Linux 6.16), the same 256 bytes on both arches: every 64-bit
 * field sits at a multiple of 8 by explicit padding. The kernel's <linux/stat.h> defines these two
 * structs and no name this header lacks, so whichever comes first wins, as with glibc's
 * <bits/statx.h>: after this header its guard, _LINUX_STAT_H, makes a later <linux/stat.h> empty;
 * after <linux/stat.h>, its structs stand (sysgate-cc's uapi headers). */
#ifndef _LINUX_STAT_H
#define _LINUX_STAT_H
struct statx_timestamp {
  int64_t tv_sec;
  uint32_t tv_nsec;
  int32_t __reserved;
};

struct statx {
  uint32_t stx_mask;
  uint32_t stx_blksize;
  uint64_t stx_attributes;
  uint32_t stx_nlink;
  uint32_t stx_uid;
  uint32_t stx_gid;
  uint16_t stx_mode;
  uint16_t __spare0[1];
  uint64_t stx_ino;
  uint64_t stx_size;
  uint64_t stx_blocks;
  uint64_t stx_attributes_mask;
  struct statx_timestamp stx_atime;
  struct statx_timestamp stx_btime;
  struct statx_timestamp stx_ctime;
  struct statx_timestamp stx_mtime;
  uint32_t stx_rdev_major;
  uint32_t stx_rdev_minor;
  uint32_t stx_dev_major;
  uint32_t stx_dev_minor;
  uint64_t stx_mnt_id;                    /* 0x90 */
  uint32_t stx_dio_mem_align;             /* 0x98 */
  uint32_t stx_dio_offset_align;          /* 0x9c */
  uint64_t stx_subvol;                    /* 0xa0, Linux 6.10 */
  uint32_t stx_atomic_write_unit_min;     /* 0xa8, Linux 6.11 */
  uint32_t stx_atomic_write_unit_max;     /* 0xac */
  uint32_t stx_atomic_write_segments_max; /* 0xb0 */
  uint32_t stx_dio_read_offset_align;     /* 0xb4, Linux 6.14 */
  uint32_t stx_atomic_write_unit_max_opt; /* 0xb8, Linux 6.16 */
  uint32_t __spare2[1];                   /* 0xbc */
  uint64_t __spare3[8];                   /* 0xc0 */
};
#endif /* _LINUX_STAT_H */

#define STATX_TYPE 0x00000001u
#define STATX_MODE 0x00000002u
#define STATX_NLINK 0x00000004u
#define STATX_UID 0x00000008u
#define STATX_GID 0x00000010u
#define STATX_ATIME 0x00000020u
#define STATX_MTIME 0x00000040u
#define STATX_CTIME 0x00000080u
#define STATX_INO 0x00000100u
#define STATX_SIZE 0x00000200u
#define STATX_BLOCKS 0x00000400u
#define STATX_BASIC_STATS 0x000007ffu
#define STATX_BTIME 0x00000800u
#define STATX_ALL 0x00000fffu /* deprecated by the kernel: BASIC_STATS | BTIME */
#define STATX_MNT_ID 0x00001000u
#define STATX_DIOALIGN 0x00002000u
#define STATX_MNT_ID_UNIQUE 0x00004000u
#define STATX_SUBVOL 0x00008000u
#define STATX_WRITE_ATOMIC 0x00010000u
#define STATX_DIO_READ_ALIGN 0x00020000u
#define STATX__RESERVED 0x80000000u

#define STATX_ATTR_COMPRESSED 0x00000004
#define STATX_ATTR_IMMUTABLE 0x00000010
#define STATX_ATTR_APPEND 0x00000020
#define STATX_ATTR_NODUMP 0x00000040
#define STATX_ATTR_ENCRYPTED 0x00000800
#define STATX_ATTR_AUTOMOUNT 0x00001000
#define STATX_ATTR_MOUNT_ROOT 0x00002000
#define STATX_ATTR_VERITY 0x00100000
#define STATX_ATTR_DAX 0x00200000
#define STATX_ATTR_WRITE_ATOMIC 0x00400000

/* glibc's 64-bit dev_t: major in bits 8-19 and 44-63, minor in bits 0-7 and
 * 20-43. Its low 32 bits are the kernel's new_encode_dev() form
 * (include/linux/kdev_t.h), what stat writes and mknod reads. */
SG_INLINE unsigned int gnu_dev_major(dev_t dev) SG_SYMBOL(gnu_dev_major);
SG_INLINE unsigned int gnu_dev_major(dev_t dev) {
  return (unsigned int)(((dev >> 8) & 0xfff) | ((dev >> 32) & ~0xfffu));
}
SG_INLINE unsigned int gnu_dev_minor(dev_t dev) SG_SYMBOL(gnu_dev_minor);
SG_INLINE unsigned int gnu_dev_minor(dev_t dev) {
  return (unsigned int)((dev & 0xff) | ((dev >> 12) & ~0xffu));
}
SG_INLINE dev_t gnu_dev_makedev(unsigned int major, unsigned int minor) SG_SYMBOL(gnu_dev_makedev);
SG_INLINE dev_t gnu_dev_makedev(unsigned int major, unsigned int minor) {
  return ((dev_t)(major & 0xfff) << 8) | ((dev_t)(major & ~0xfffu) << 32) | (minor & 0xff) |
         ((dev_t)(minor & ~0xffu) << 12);
}
#define major(dev) gnu_dev_major(dev)
#define minor(dev) gnu_dev_minor(dev)
#define makedev(maj, min) gnu_dev_makedev(maj, min)

/* struct stat and nlink_t; on i386 also sys_stat, sys_fstat, sys_lstat, sys_fstatat. */
#include SYSGATE_ARCH_STAT_H

#define st_atime st_atim.tv_sec
#define st_mtime st_mtim.tv_sec
#define st_ctime st_ctim.tv_sec

/* The libc layer of the per-arch raw calls. */

#include "calls/stat.h"

/* fchmodat(2): the kernel's fchmodat has no flags argument (fs/open.c), so flags == 0 goes there,
 * on every kernel; other flags go to fchmodat2 (Linux 6.6). Before 6.6 that is ENOSYS, and
 * sysgate_fchmodat_fallback does what glibc does then (sysdeps/unix/sysv/linux/fchmodat.c):
 * AT_SYMLINK_NOFOLLOW alone, a symlink refused with EOPNOTSUPP, any other file changed through
 * /proc/self/fd (src/wrappers/fs.c). A raw value, as every sys_ call's. */
long sysgate_fchmodat_fallback(int dirfd, const char *path, mode_t mode, int flags);

SG_INLINE long sys_fchmodat(int dirfd, const char *path, mode_t mode, int flags) {
  if (flags == 0)
    return syscall3(SYS_fchmodat, dirfd, (long)path, (long)mode);
  long r = syscall4(SYS_fchmodat2, dirfd, (long)path, (long)mode, flags);
  return SG_UNLIKELY(r == -ENOSYS) ? sysgate_fchmodat_fallback(dirfd, path, mode, flags) : r;
}

/* The kernel reads a 32-bit device number (fs/namei.c, new_decode_dev()); a
 * dev_t with higher bits set would lose them, so it is refused, as glibc does. */
SG_INLINE long sys_mknodat(int dirfd, const char *path, mode_t mode, dev_t dev) {
  if (dev > UINT32_MAX)
    return -EINVAL;
  return syscall4(SYS_mknodat, dirfd, (long)path, (long)mode, (long)(uint32_t)dev);
}
SG_INLINE long sys_mknod(const char *path, mode_t mode, dev_t dev) {
  return sys_mknodat(AT_FDCWD, path, mode, dev);
}

/* i386: utimensat_time64, whose timespec is sysgate's (64-bit tv_sec): Linux 5.1. */

/* glibc refuses a null path with EINVAL; the kernel would set dirfd's own times
 * (futimens), which sys_utimensat still does. */
SG_INLINE int utimensat(int dirfd, const char *path, const struct timespec times[2], int flags)
    SG_SYMBOL(utimensat);
SG_INLINE int utimensat(int dirfd, const char *path, const struct timespec times[2], int flags) {
  return (int)sysgate_ret(path ? sys_utimensat(dirfd, path, times, flags) : -EINVAL);
}

/* utimes(2), futimes(3), lutimes(3), futimesat(2): the same in microseconds, as
 * utimensat with tv_usec * 1000 (glibc's conversion: a tv_usec out of range is the
 * kernel's EINVAL); NULL sets both times to now. The caller's timevals are copied in,
 * so a bad pointer is EFAULT. */
SG_INLINE long sysgate_utimes_at(int dirfd, const char *path, const struct timeval tv[2],
                                 int flags) {
  struct timeval in[2];
  struct timespec ts[2];
  if (tv) {
    long r = sysgate_copy_in(in, tv, sizeof in);
    if (r)
      return r;
    for (int i = 0; i < 2; i++) {
      ts[i].tv_sec = in[i].tv_sec;
      ts[i].tv_nsec = (long)((unsigned long long)in[i].tv_usec * 1000u); /* no UB for any value */
    }
  }
  return sys_utimensat(dirfd, path, tv ? ts : 0, flags);
}
SG_INLINE int utimes(const char *path, const struct timeval tv[2]) SG_SYMBOL(utimes);
SG_INLINE int utimes(const char *path, const struct timeval tv[2]) {
  return (int)sysgate_ret(sysgate_utimes_at(AT_FDCWD, path, tv, 0));
}
SG_INLINE int lutimes(const char *path, const struct timeval tv[2]) SG_SYMBOL(lutimes);
SG_INLINE int lutimes(const char *path, const struct timeval tv[2]) {
  return (int)sysgate_ret(sysgate_utimes_at(AT_FDCWD, path, tv, AT_SYMLINK_NOFOLLOW));
}
SG_INLINE int futimes(int fd, const struct timeval tv[2]) SG_SYMBOL(futimes);
SG_INLINE int futimes(int fd, const struct timeval tv[2]) {
  return (int)sysgate_ret(sysgate_utimes_at(fd, 0, tv, 0));
}
SG_INLINE int futimesat(int dirfd, const char *path, const struct timeval tv[2])
    SG_SYMBOL(futimesat);
SG_INLINE int futimesat(int dirfd, const char *path, const struct timeval tv[2]) {
  return (int)sysgate_ret(sysgate_utimes_at(dirfd, path, tv, 0));
}

#endif
