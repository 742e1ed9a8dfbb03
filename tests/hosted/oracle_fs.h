/* The glibc and kernel side of the paths-and-metadata suites (test_stat*.c, test_path*.c,
 * test_dirent.c, test_statfs.c, test_xattr.c):
 * glibc's own calls with their errno, what glibc's stat, statx and statfs say
 * field by field, glibc's and the kernel uapi headers' values of every constant
 * and structure layout. Built in oracle_fs.c (glibc, with _FILE_OFFSET_BITS=64
 * and _TIME_BITS=64, so on i386 its stat is the 64-bit-time one) and
 * oracle_fs_uapi.c (<asm/stat.h>, <asm/statfs.h>, <linux/stat.h>, which cannot
 * share a translation unit with glibc's <sys/stat.h>). Plain C types only.
 *
 * Not obvious: each table is one list expanded on both sides, against sysgate's
 * headers in the suite and against glibc's or the kernel's in the oracle, so
 * the two tables line up row by row and a row names what differs.
 */
#ifndef SYSGATE_TEST_ORACLE_FS_H
#define SYSGATE_TEST_ORACLE_FS_H

#include <stddef.h>

#include "abi.h"

/* X(return type, name, (parameters..., int *err), (arguments)): glibc_<name>
 * is glibc's <name> on those arguments, with its errno (0 if unchanged) in *err.
 * Times are a struct timespec[2], laid out alike by glibc (_TIME_BITS=64) and
 * sysgate. */
#define ORACLE_FS_CALLS(X)                                                                         \
  X(int, access, (const char *path, int mode, int *err), (path, mode))                             \
  X(int, faccessat, (int dirfd, const char *path, int mode, int flags, int *err),                  \
    (dirfd, path, mode, flags))                                                                    \
  X(int, mkdir, (const char *path, unsigned int mode, int *err), (path, mode))                     \
  X(int, mkdirat, (int dirfd, const char *path, unsigned int mode, int *err), (dirfd, path, mode)) \
  X(int, rmdir, (const char *path, int *err), (path))                                              \
  X(int, unlink, (const char *path, int *err), (path))                                             \
  X(int, unlinkat, (int dirfd, const char *path, int flags, int *err), (dirfd, path, flags))       \
  X(int, rename, (const char *from, const char *to, int *err), (from, to))                         \
  X(int, renameat, (int fromfd, const char *from, int tofd, const char *to, int *err),             \
    (fromfd, from, tofd, to))                                                                      \
  X(int, renameat2,                                                                                \
    (int fromfd, const char *from, int tofd, const char *to, unsigned int flags, int *err),        \
    (fromfd, from, tofd, to, flags))                                                               \
  X(int, link, (const char *from, const char *to, int *err), (from, to))                           \
  X(int, linkat, (int fromfd, const char *from, int tofd, const char *to, int flags, int *err),    \
    (fromfd, from, tofd, to, flags))                                                               \
  X(int, symlink, (const char *target, const char *path, int *err), (target, path))                \
  X(int, symlinkat, (const char *target, int dirfd, const char *path, int *err),                   \
    (target, dirfd, path))                                                                         \
  X(long, readlink, (const char *path, char *buf, size_t size, int *err), (path, buf, size))       \
  X(long, readlinkat, (int dirfd, const char *path, char *buf, size_t size, int *err),             \
    (dirfd, path, buf, size))                                                                      \
  X(int, chmod, (const char *path, unsigned int mode, int *err), (path, mode))                     \
  X(int, fchmod, (int fd, unsigned int mode, int *err), (fd, mode))                                \
  X(int, fchmodat, (int dirfd, const char *path, unsigned int mode, int flags, int *err),          \
    (dirfd, path, mode, flags))                                                                    \
  X(int, chown, (const char *path, unsigned int uid, unsigned int gid, int *err),                  \
    (path, uid, gid))                                                                              \
  X(int, fchown, (int fd, unsigned int uid, unsigned int gid, int *err), (fd, uid, gid))           \
  X(int, lchown, (const char *path, unsigned int uid, unsigned int gid, int *err),                 \
    (path, uid, gid))                                                                              \
  X(int, fchownat,                                                                                 \
    (int dirfd, const char *path, unsigned int uid, unsigned int gid, int flags, int *err),        \
    (dirfd, path, uid, gid, flags))                                                                \
  X(unsigned int, umask, (unsigned int mask, int *err), (mask))                                    \
  X(int, mknod, (const char *path, unsigned int mode, unsigned long long dev, int *err),           \
    (path, mode, dev))                                                                             \
  X(int, mknodat,                                                                                  \
    (int dirfd, const char *path, unsigned int mode, unsigned long long dev, int *err),            \
    (dirfd, path, mode, dev))                                                                      \
  X(int, utimensat, (int dirfd, const char *path, const void *times, int flags, int *err),         \
    (dirfd, path, times, flags))                                                                   \
  X(char *, getcwd, (char *buf, size_t size, int *err), (buf, size))                               \
  X(int, chdir, (const char *path, int *err), (path))                                              \
  X(int, fchdir, (int fd, int *err), (fd))                                                         \
  X(int, chroot, (const char *path, int *err), (path))                                             \
  X(long, getdents64, (int fd, void *buf, size_t size, int *err), (fd, buf, size))                 \
  X(long, getxattr, (const char *path, const char *name, void *value, size_t size, int *err),      \
    (path, name, value, size))                                                                     \
  X(long, lgetxattr, (const char *path, const char *name, void *value, size_t size, int *err),     \
    (path, name, value, size))                                                                     \
  X(long, fgetxattr, (int fd, const char *name, void *value, size_t size, int *err),               \
    (fd, name, value, size))                                                                       \
  X(int, setxattr,                                                                                 \
    (const char *path, const char *name, const void *value, size_t size, int flags, int *err),     \
    (path, name, value, size, flags))                                                              \
  X(int, lsetxattr,                                                                                \
    (const char *path, const char *name, const void *value, size_t size, int flags, int *err),     \
    (path, name, value, size, flags))                                                              \
  X(int, fsetxattr,                                                                                \
    (int fd, const char *name, const void *value, size_t size, int flags, int *err),               \
    (fd, name, value, size, flags))                                                                \
  X(long, listxattr, (const char *path, char *list, size_t size, int *err), (path, list, size))    \
  X(long, llistxattr, (const char *path, char *list, size_t size, int *err), (path, list, size))   \
  X(long, flistxattr, (int fd, char *list, size_t size, int *err), (fd, list, size))               \
  X(int, removexattr, (const char *path, const char *name, int *err), (path, name))                \
  X(int, lremovexattr, (const char *path, const char *name, int *err), (path, name))               \
  X(int, fremovexattr, (int fd, const char *name, int *err), (fd, name))

#define ORACLE_FS_DECLARE(T, name, params, args) T glibc_##name params;
ORACLE_FS_CALLS(ORACLE_FS_DECLARE)

/* --- structures as values, field by field ------------------------------------ */

/* A structure's fields in list order, each widened to long long. */
struct oracle_fields {
  long long v[32];
};

/* ORACLE_FIELDS(LIST, out, src): out gets src's LIST fields, on either side. */
#define ORACLE_FIELD_GET(f) oracle_out_->v[oracle_i_++] = (long long)oracle_src_->f;
#define ORACLE_FIELDS(LIST, out, src)                                                              \
  do {                                                                                             \
    struct oracle_fields *oracle_out_ = (out);                                                     \
    __typeof__(src) oracle_src_ = (src);                                                           \
    int oracle_i_ = 0;                                                                             \
    LIST(ORACLE_FIELD_GET)                                                                         \
  } while (0)

/* clang-format 14 re-wraps these lists differently on every run: */
/* clang-format off */
#define ORACLE_STAT_FIELDS(X)                                                                      \
  X(st_dev)                                                                                        \
  X(st_ino)                                                                                        \
  X(st_mode)                                                                                       \
  X(st_nlink)                                                                                      \
  X(st_uid)                                                                                        \
  X(st_gid) X(st_rdev) X(st_size) X(st_blksize) X(st_blocks) X(st_atim.tv_sec) X(st_atim.tv_nsec)  \
      X(st_mtim.tv_sec) X(st_mtim.tv_nsec) X(st_ctim.tv_sec) X(st_ctim.tv_nsec)
enum { /* indexes of some of those fields in struct oracle_fields */
       ORACLE_STAT_INO = 1,
       ORACLE_STAT_MODE = 2,
       ORACLE_STAT_NLINK = 3,
       ORACLE_STAT_UID = 4,
       ORACLE_STAT_GID = 5,
       ORACLE_STAT_RDEV = 6,
       ORACLE_STAT_ATIME = 10, /* tv_nsec follows each time's tv_sec */
       ORACLE_STAT_MTIME = 12,
       ORACLE_STAT_CTIME = 14
};

/* The statx fields the machine's <linux/stat.h> knows; the rest of the 256
 * bytes are compared as bytes. */
#define ORACLE_STATX_FIELDS(X)                                                                     \
  X(stx_mask)                                                                                      \
  X(stx_blksize)                                                                                   \
  X(stx_attributes)                                                                                \
  X(stx_nlink)                                                                                     \
  X(stx_uid)                                                                                       \
  X(stx_gid) X(stx_mode) X(stx_ino) X(stx_size) X(stx_blocks) X(stx_attributes_mask)               \
      X(stx_atime.tv_sec) X(stx_atime.tv_nsec) X(stx_btime.tv_sec) X(stx_btime.tv_nsec)            \
          X(stx_ctime.tv_sec) X(stx_ctime.tv_nsec) X(stx_mtime.tv_sec) X(stx_mtime.tv_nsec)        \
              X(stx_rdev_major) X(stx_rdev_minor) X(stx_dev_major) X(stx_dev_minor) X(stx_mnt_id)  \
                  X(stx_dio_mem_align) X(stx_dio_offset_align)

#define ORACLE_STATFS_FIELDS(X)                                                                    \
  X(f_type)                                                                                        \
  X(f_bsize)                                                                                       \
  X(f_blocks)                                                                                      \
  X(f_bfree)                                                                                       \
  X(f_bavail)                                                                                      \
  X(f_files) X(f_ffree) X(f_fsid.__val[0]) X(f_fsid.__val[1]) X(f_namelen) X(f_frsize) X(f_flags)
/* clang-format on */

/* glibc's stat64 family (64-bit times on i386 too), statx and statfs64. */
int glibc_stat(const char *path, struct oracle_fields *out, int *err);
int glibc_lstat(const char *path, struct oracle_fields *out, int *err);
int glibc_fstat(int fd, struct oracle_fields *out, int *err);
int glibc_fstatat(int dirfd, const char *path, int flags, struct oracle_fields *out, int *err);
/* raw: the 256 bytes the kernel wrote for glibc. */
int glibc_statx(int dirfd, const char *path, int flags, unsigned int mask,
                struct oracle_fields *out, void *raw, int *err);
int glibc_statfs(const char *path, struct oracle_fields *out, int *err);
int glibc_fstatfs(int fd, struct oracle_fields *out, int *err);

/* glibc's makedev(3), major, minor; and which of S_ISSOCK, S_ISLNK, S_ISREG,
 * S_ISBLK, S_ISDIR, S_ISCHR, S_ISFIFO (bits 0..6) hold for mode. */
unsigned long long glibc_makedev(unsigned int major, unsigned int minor);
unsigned int glibc_major(unsigned long long dev);
unsigned int glibc_minor(unsigned long long dev);
unsigned int glibc_s_is(unsigned int mode);

/* A directory's entries as glibc's readdir reports them, "." and ".."
 * included, in its order; the count, or -1. */
struct oracle_dirent {
  unsigned long long ino;
  long long off;
  unsigned char type;
  char name[256];
};
int oracle_readdir(const char *path, struct oracle_dirent *out, int max);

/* --- constants and layouts ---------------------------------------------------- */

/* d_name is a flexible array in sysgate's record and [256] in glibc's dirent64
 * (which oracle_fs.c spells linux_dirent64), so the record is compared member by
 * member, d_name by its offset only. */
#define FS_DIRENT(C, m)                                                                            \
  C(offsetof(struct linux_dirent64, m)), C(sizeof(((struct linux_dirent64 *)0)->m))

/* Against glibc, whose struct statx is the uapi <linux/stat.h> one. */
#define FS_ABI(C, T, M)                                                                            \
  C(AT_FDCWD), C(AT_SYMLINK_NOFOLLOW), C(AT_EACCESS), C(AT_REMOVEDIR), C(AT_SYMLINK_FOLLOW),       \
      C(AT_NO_AUTOMOUNT), C(AT_EMPTY_PATH), C(AT_STATX_SYNC_TYPE), C(AT_STATX_SYNC_AS_STAT),       \
      C(AT_STATX_FORCE_SYNC), C(AT_STATX_DONT_SYNC), C(AT_RECURSIVE), C(S_IFMT), C(S_IFSOCK),      \
      C(S_IFLNK), C(S_IFREG), C(S_IFBLK), C(S_IFDIR), C(S_IFCHR), C(S_IFIFO), C(S_ISUID),          \
      C(S_ISGID), C(S_ISVTX), C(S_IRWXU), C(S_IRUSR), C(S_IWUSR), C(S_IXUSR), C(S_IRWXG),          \
      C(S_IRGRP), C(S_IWGRP), C(S_IXGRP), C(S_IRWXO), C(S_IROTH), C(S_IWOTH), C(S_IXOTH),          \
      C(UTIME_NOW), C(UTIME_OMIT), C(STATX_TYPE), C(STATX_MODE), C(STATX_NLINK), C(STATX_UID),     \
      C(STATX_GID), C(STATX_ATIME), C(STATX_MTIME), C(STATX_CTIME), C(STATX_INO), C(STATX_SIZE),   \
      C(STATX_BLOCKS), C(STATX_BASIC_STATS), C(STATX_BTIME), C(STATX_ALL), C(STATX_MNT_ID),        \
      C(STATX_DIOALIGN), C(STATX__RESERVED), C(STATX_ATTR_COMPRESSED), C(STATX_ATTR_IMMUTABLE),    \
      C(STATX_ATTR_APPEND), C(STATX_ATTR_NODUMP), C(STATX_ATTR_ENCRYPTED),                         \
      C(STATX_ATTR_AUTOMOUNT), C(STATX_ATTR_MOUNT_ROOT), C(STATX_ATTR_VERITY), C(STATX_ATTR_DAX),  \
      C(F_OK), C(R_OK), C(W_OK), C(X_OK), C(RENAME_NOREPLACE), C(RENAME_EXCHANGE),                 \
      C(RENAME_WHITEOUT), C(XATTR_CREATE), C(XATTR_REPLACE), C(DT_UNKNOWN), C(DT_FIFO), C(DT_CHR), \
      C(DT_DIR), C(DT_BLK), C(DT_REG), C(DT_LNK), C(DT_SOCK), C(DT_WHT), T(struct stat),           \
      M(struct stat, st_dev), M(struct stat, st_ino), M(struct stat, st_mode),                     \
      M(struct stat, st_nlink), M(struct stat, st_uid), M(struct stat, st_gid),                    \
      M(struct stat, st_rdev), M(struct stat, st_size), M(struct stat, st_blksize),                \
      M(struct stat, st_blocks), M(struct stat, st_atim), M(struct stat, st_atim.tv_sec),          \
      M(struct stat, st_atim.tv_nsec), M(struct stat, st_mtim), M(struct stat, st_ctim),           \
      T(struct statfs), M(struct statfs, f_type), M(struct statfs, f_bsize),                       \
      M(struct statfs, f_blocks), M(struct statfs, f_bfree), M(struct statfs, f_bavail),           \
      M(struct statfs, f_files), M(struct statfs, f_ffree), M(struct statfs, f_fsid),              \
      M(struct statfs, f_namelen), M(struct statfs, f_frsize), M(struct statfs, f_flags),          \
      M(struct statfs, f_spare), T(struct statx_timestamp), M(struct statx_timestamp, tv_sec),     \
      M(struct statx_timestamp, tv_nsec), T(struct statx), M(struct statx, stx_mask),              \
      M(struct statx, stx_blksize), M(struct statx, stx_attributes), M(struct statx, stx_nlink),   \
      M(struct statx, stx_uid), M(struct statx, stx_gid), M(struct statx, stx_mode),               \
      M(struct statx, stx_ino), M(struct statx, stx_size), M(struct statx, stx_blocks),            \
      M(struct statx, stx_attributes_mask), M(struct statx, stx_atime),                            \
      M(struct statx, stx_btime), M(struct statx, stx_ctime), M(struct statx, stx_mtime),          \
      M(struct statx, stx_rdev_major), M(struct statx, stx_rdev_minor),                            \
      M(struct statx, stx_dev_major), M(struct statx, stx_dev_minor), M(struct statx, stx_mnt_id), \
      M(struct statx, stx_dio_mem_align), M(struct statx, stx_dio_offset_align),                   \
      FS_DIRENT(C, d_ino), FS_DIRENT(C, d_off), FS_DIRENT(C, d_reclen), FS_DIRENT(C, d_type),      \
      C(offsetof(struct linux_dirent64, d_name))
extern const struct abi_row oracle_fs_abi[];
extern const unsigned oracle_fs_abi_len;

/* Against the kernel's uapi headers, which name members differently:
 * X(sysgate struct, kernel struct, sysgate member, kernel member). i386's kernel
 * struct stat64 is what sysgate's fstatat64 fallback reads; its struct stat
 * is glibc's (FS_ABI). */
#if defined(__i386__)
#define FS_UAPI_STAT(X)                                                                            \
  X(sysgate_stat64, stat64, dev, st_dev), X(sysgate_stat64, stat64, ino32, __st_ino),              \
      X(sysgate_stat64, stat64, mode, st_mode), X(sysgate_stat64, stat64, nlink, st_nlink),        \
      X(sysgate_stat64, stat64, uid, st_uid), X(sysgate_stat64, stat64, gid, st_gid),              \
      X(sysgate_stat64, stat64, rdev, st_rdev), X(sysgate_stat64, stat64, size, st_size),          \
      X(sysgate_stat64, stat64, blksize, st_blksize),                                              \
      X(sysgate_stat64, stat64, blocks, st_blocks), X(sysgate_stat64, stat64, atime, st_atime),    \
      X(sysgate_stat64, stat64, atime_nsec, st_atime_nsec),                                        \
      X(sysgate_stat64, stat64, mtime, st_mtime),                                                  \
      X(sysgate_stat64, stat64, mtime_nsec, st_mtime_nsec),                                        \
      X(sysgate_stat64, stat64, ctime, st_ctime),                                                  \
      X(sysgate_stat64, stat64, ctime_nsec, st_ctime_nsec), X(sysgate_stat64, stat64, ino, st_ino)
#define FS_UAPI_STATFS statfs64
#define FS_UAPI_SIZES(X) X(sysgate_stat64, stat64), X(statfs, statfs64)
#else
#define FS_UAPI_STAT(X)                                                                            \
  X(stat, stat, st_dev, st_dev), X(stat, stat, st_ino, st_ino), X(stat, stat, st_nlink, st_nlink), \
      X(stat, stat, st_mode, st_mode), X(stat, stat, st_uid, st_uid),                              \
      X(stat, stat, st_gid, st_gid), X(stat, stat, st_rdev, st_rdev),                              \
      X(stat, stat, st_size, st_size), X(stat, stat, st_blksize, st_blksize),                      \
      X(stat, stat, st_blocks, st_blocks), X(stat, stat, st_atim.tv_sec, st_atime),                \
      X(stat, stat, st_atim.tv_nsec, st_atime_nsec), X(stat, stat, st_mtim.tv_sec, st_mtime),      \
      X(stat, stat, st_mtim.tv_nsec, st_mtime_nsec), X(stat, stat, st_ctim.tv_sec, st_ctime),      \
      X(stat, stat, st_ctim.tv_nsec, st_ctime_nsec)
#define FS_UAPI_STATFS statfs
#define FS_UAPI_SIZES(X) X(stat, stat), X(statfs, statfs)
#endif

#define FS_UAPI_STATFS_OF(X, K)                                                                    \
  X(statfs, K, f_type, f_type), X(statfs, K, f_bsize, f_bsize), X(statfs, K, f_blocks, f_blocks),  \
      X(statfs, K, f_bfree, f_bfree), X(statfs, K, f_bavail, f_bavail),                            \
      X(statfs, K, f_files, f_files), X(statfs, K, f_ffree, f_ffree),                              \
      X(statfs, K, f_fsid, f_fsid), X(statfs, K, f_namelen, f_namelen),                            \
      X(statfs, K, f_frsize, f_frsize), X(statfs, K, f_flags, f_flags),                            \
      X(statfs, K, f_spare, f_spare)

/* FS_UAPI_TABLE(ROW, SIZE): the rows in order, for either side. */
#define FS_UAPI_TABLE(ROW, SIZE)                                                                   \
  { FS_UAPI_STAT(ROW), FS_UAPI_STATFS_OF(ROW, FS_UAPI_STATFS), FS_UAPI_SIZES(SIZE) }

/* Row builders, each used directly as a list's X, so that a member spelled
 * like one of sysgate's macros (x86_64's kernel st_atime) is named, not
 * expanded. S and M are sysgate's struct tag and member, TS and TM the
 * kernel's; the row names are the kernel's. */
#define FS_UAPI_ROW(name_at, name_size, S, M)                                                      \
  {name_at, (long long)offsetof(struct S, M)}, {                                                   \
    name_size, (long long)sizeof(((struct S *)0)->M)                                               \
  }
#define FS_UAPI_OURS(S, TS, M, TM)                                                                 \
  FS_UAPI_ROW("uapi offsetof(struct " #TS ", " #TM ")", "uapi sizeof(struct " #TS "." #TM ")", S, M)
#define FS_UAPI_THEIRS(S, TS, M, TM)                                                               \
  FS_UAPI_ROW("uapi offsetof(struct " #TS ", " #TM ")", "uapi sizeof(struct " #TS "." #TM ")", TS, \
              TM)
#define FS_UAPI_SIZE_OURS(S, TS)                                                                   \
  { "uapi sizeof(struct " #TS ")", (long long)sizeof(struct S) }
#define FS_UAPI_SIZE_THEIRS(S, TS)                                                                 \
  { "uapi sizeof(struct " #TS ")", (long long)sizeof(struct TS) }

extern const struct abi_row oracle_fs_uapi[];
extern const unsigned oracle_fs_uapi_len;

#endif
