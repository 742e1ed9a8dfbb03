/* glibc's side of the paths-and-metadata suites (oracle_fs.h): glibc's calls,
 * its stat, statx and statfs results field by field, its constants and layouts.
 *
 * Not obvious: _FILE_OFFSET_BITS=64 and _TIME_BITS=64 make glibc's struct stat,
 * struct statfs and stat() on i386 the 64-bit ones (glibc 2.34+), the shapes
 * sysgate's are meant to equal; on x86_64 they change nothing.
 */
#define _GNU_SOURCE
#define _FILE_OFFSET_BITS 64
#define _TIME_BITS 64
#include "oracle_fs.h"
#include "oracle_call.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/sysmacros.h>
#include <sys/xattr.h>
#include <unistd.h>

#define ORACLE_FS_DEFINE(T, name, params, args)                                                    \
  T glibc_##name params {                                                                          \
    ORACLE_RETURN(T, err, name args);                                                              \
  }
ORACLE_FS_CALLS(ORACLE_FS_DEFINE)

static void copy_raw(void *raw, const void *buf, size_t len) {
  if (raw)
    memcpy(raw, buf, len);
}

/* One glibc call filling a local struct, then its fields into *out and, if
 * raw is not NULL, its bytes into raw. */
#define ORACLE_FS_FILL(type, LIST, call, raw)                                                      \
  do {                                                                                             \
    type buf;                                                                                      \
    memset(&buf, 0, sizeof buf);                                                                   \
    errno = 0;                                                                                     \
    int r = (call);                                                                                \
    *err = errno;                                                                                  \
    if (r == 0)                                                                                    \
      ORACLE_FIELDS(LIST, out, &buf);                                                              \
    copy_raw((raw), &buf, sizeof buf);                                                             \
    return r;                                                                                      \
  } while (0)

int glibc_stat(const char *path, struct oracle_fields *out, int *err) {
  ORACLE_FS_FILL(struct stat, ORACLE_STAT_FIELDS, stat(path, &buf), NULL);
}

int glibc_lstat(const char *path, struct oracle_fields *out, int *err) {
  ORACLE_FS_FILL(struct stat, ORACLE_STAT_FIELDS, lstat(path, &buf), NULL);
}

int glibc_fstat(int fd, struct oracle_fields *out, int *err) {
  ORACLE_FS_FILL(struct stat, ORACLE_STAT_FIELDS, fstat(fd, &buf), NULL);
}

int glibc_fstatat(int dirfd, const char *path, int flags, struct oracle_fields *out, int *err) {
  ORACLE_FS_FILL(struct stat, ORACLE_STAT_FIELDS, fstatat(dirfd, path, &buf, flags), NULL);
}

int glibc_statfs(const char *path, struct oracle_fields *out, int *err) {
  ORACLE_FS_FILL(struct statfs, ORACLE_STATFS_FIELDS, statfs(path, &buf), NULL);
}

int glibc_fstatfs(int fd, struct oracle_fields *out, int *err) {
  ORACLE_FS_FILL(struct statfs, ORACLE_STATFS_FIELDS, fstatfs(fd, &buf), NULL);
}

_Static_assert(sizeof(struct statx) == 256, "the kernel's statx is 256 bytes");

int glibc_statx(int dirfd, const char *path, int flags, unsigned int mask,
                struct oracle_fields *out, void *raw, int *err) {
  ORACLE_FS_FILL(struct statx, ORACLE_STATX_FIELDS, statx(dirfd, path, flags, mask, &buf), raw);
}

unsigned long long glibc_makedev(unsigned int major, unsigned int minor) {
  return makedev(major, minor);
}

unsigned int glibc_major(unsigned long long dev) {
  return major(dev);
}

unsigned int glibc_minor(unsigned long long dev) {
  return minor(dev);
}

unsigned int glibc_s_is(unsigned int mode) {
  return (unsigned)!!S_ISSOCK(mode) | (unsigned)!!S_ISLNK(mode) << 1 |
         (unsigned)!!S_ISREG(mode) << 2 | (unsigned)!!S_ISBLK(mode) << 3 |
         (unsigned)!!S_ISDIR(mode) << 4 | (unsigned)!!S_ISCHR(mode) << 5 |
         (unsigned)!!S_ISFIFO(mode) << 6;
}

int oracle_readdir(const char *path, struct oracle_dirent *out, int max) {
  DIR *d = opendir(path);
  if (!d)
    return -1;
  int n = 0;
  struct dirent64 *e;
  while (n < max && (e = readdir64(d)) != NULL) {
    out[n].ino = e->d_ino;
    out[n].off = e->d_off;
    out[n].type = e->d_type;
    snprintf(out[n].name, sizeof out[n].name, "%s", e->d_name);
    n++;
  }
  closedir(d);
  return n;
}

/* FS_ABI's sysgate struct linux_dirent64 against glibc's dirent64. */
#define linux_dirent64 dirent64
const struct abi_row oracle_fs_abi[] = ABI_TABLE(FS_ABI);
const unsigned oracle_fs_abi_len = sizeof oracle_fs_abi / sizeof oracle_fs_abi[0];
