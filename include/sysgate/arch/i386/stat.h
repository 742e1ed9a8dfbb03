/* i386 struct stat and the stat calls (stat(2), statx(2)).
 *
 * Not obvious: the kernel's i386 struct stat64 (arch/x86/include/uapi/asm/stat.h) holds times in
 * 32-bit unsigned longs: nothing before 1970 or after 2106, and no room for a 64-bit time_t. So
 * sysgate's struct stat here is its own, glibc's layout with _TIME_BITS=64, filled from statx
 * (Linux 4.11), as glibc does. Only a kernel without statx (ENOSYS) gets fstatat64, with those
 * 32-bit times. (the rest: docs/arch.md)
 */
#ifndef SYSGATE_ARCH_I386_STAT_H
#define SYSGATE_ARCH_I386_STAT_H

/* Included by sysgate/stat.h, after the types and struct statx it uses. */
#include "../../usercopy.h"

typedef unsigned int nlink_t;

/* glibc's i386 struct stat with _FILE_OFFSET_BITS=64 and _TIME_BITS=64
 * (bits/struct_stat_time64_helper.h); 8-byte members are 4-aligned on i386. */
struct stat {
  dev_t st_dev;
  ino_t st_ino;
  mode_t st_mode;
  nlink_t st_nlink;
  uid_t st_uid;
  gid_t st_gid;
  dev_t st_rdev;
  off_t st_size;
  blksize_t st_blksize;
  blkcnt_t st_blocks;
  struct timespec st_atim;
  struct timespec st_mtim;
  struct timespec st_ctim;
};

/* What fstatat64 writes: the kernel's struct stat64, named without st_ so that
 * the st_atime macros leave it alone. ino32 is the inode number cut to 32 bits;
 * ino holds all of it. */
struct sysgate_stat64 {
  uint64_t dev;
  unsigned char pad0[4];
  uint32_t ino32;
  uint32_t mode;
  uint32_t nlink;
  uint32_t uid;
  uint32_t gid;
  uint64_t rdev;
  unsigned char pad3[4];
  int64_t size;
  uint32_t blksize;
  uint64_t blocks;
  uint32_t atime;
  uint32_t atime_nsec;
  uint32_t mtime;
  uint32_t mtime_nsec;
  uint32_t ctime;
  uint32_t ctime_nsec;
  uint64_t ino;
};
#define SYSGATE_ARCH_STAT64_FALLBACK 1

SG_INLINE long sys_fstatat64(int dirfd, const char *path, struct sysgate_stat64 *buf, int flags) {
  return syscall4(SYS_fstatat64, dirfd, (long)path, (long)buf, flags);
}

SG_INLINE void sysgate_stat_from_statx(struct stat *st, const struct statx *x) {
  *st = (struct stat){
      .st_dev = gnu_dev_makedev(x->stx_dev_major, x->stx_dev_minor),
      .st_ino = x->stx_ino,
      .st_mode = x->stx_mode,
      .st_nlink = x->stx_nlink,
      .st_uid = x->stx_uid,
      .st_gid = x->stx_gid,
      .st_rdev = gnu_dev_makedev(x->stx_rdev_major, x->stx_rdev_minor),
      .st_size = (off_t)x->stx_size,
      .st_blksize = (blksize_t)x->stx_blksize,
      .st_blocks = (blkcnt_t)x->stx_blocks,
      .st_atim = {.tv_sec = x->stx_atime.tv_sec, .tv_nsec = (long)x->stx_atime.tv_nsec},
      .st_mtim = {.tv_sec = x->stx_mtime.tv_sec, .tv_nsec = (long)x->stx_mtime.tv_nsec},
      .st_ctim = {.tv_sec = x->stx_ctime.tv_sec, .tv_nsec = (long)x->stx_ctime.tv_nsec},
  };
}

/* dev and rdev are the kernel's 32-bit encoding, which is also the low half of
 * glibc's dev_t; times are unsigned, so 2038 to 2106 still read right. */
SG_INLINE void sysgate_stat_from_stat64(struct stat *st, const struct sysgate_stat64 *k) {
  *st = (struct stat){
      .st_dev = k->dev,
      .st_ino = k->ino,
      .st_mode = k->mode,
      .st_nlink = k->nlink,
      .st_uid = k->uid,
      .st_gid = k->gid,
      .st_rdev = k->rdev,
      .st_size = k->size,
      .st_blksize = (blksize_t)k->blksize,
      .st_blocks = (blkcnt_t)k->blocks,
      .st_atim = {.tv_sec = k->atime, .tv_nsec = (long)k->atime_nsec},
      .st_mtim = {.tv_sec = k->mtime, .tv_nsec = (long)k->mtime_nsec},
      .st_ctim = {.tv_sec = k->ctime, .tv_nsec = (long)k->ctime_nsec},
  };
}

/* statx is asked what fstatat would be: the kernel's own vfs_fstatat() adds
 * AT_NO_AUTOMOUNT (fs/stat.c), so stat never triggers an automount. */
SG_INLINE long sys_fstatat(int dirfd, const char *path, struct stat *buf, int flags) {
  struct statx x;
  struct stat st;
  long r =
      syscall5(SYS_statx, dirfd, (long)path, flags | AT_NO_AUTOMOUNT, STATX_BASIC_STATS, (long)&x);
  if (r == -ENOSYS) {
    struct sysgate_stat64 k;
    r = sys_fstatat64(dirfd, path, &k, flags);
    if (!sysgate_is_error(r))
      sysgate_stat_from_stat64(&st, &k);
  } else if (!sysgate_is_error(r)) {
    sysgate_stat_from_statx(&st, &x);
  }
  return sysgate_is_error(r) ? r : sysgate_copy_out(buf, &st, sizeof st);
}

SG_INLINE long sys_stat(const char *path, struct stat *buf) {
  return sys_fstatat(AT_FDCWD, path, buf, 0);
}

SG_INLINE long sys_lstat(const char *path, struct stat *buf) {
  return sys_fstatat(AT_FDCWD, path, buf, AT_SYMLINK_NOFOLLOW);
}

/* A negative fd is refused first, as glibc does: with AT_EMPTY_PATH, AT_FDCWD
 * would name the working directory. */
SG_INLINE long sys_fstat(int fd, struct stat *buf) {
  return fd < 0 ? -EBADF : sys_fstatat(fd, "", buf, AT_EMPTY_PATH);
}

/* Inline functions of this header beyond the common sys_ set, for src/wrappers. */
#define SYSGATE_ARCH_STAT_EXTRA(X)                                                                 \
  X(sys_fstatat64) X(sysgate_stat_from_statx) X(sysgate_stat_from_stat64)

#endif
