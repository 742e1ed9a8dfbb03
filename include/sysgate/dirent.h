/* sysgate/dirent.h: getdents64(2) (glibc 2.30: <dirent.h>), its record struct
 * linux_dirent64, and the DT_* types of d_type; from the C library layer
 * (src/libc/dir.c, scandir.c) opendir(3), fdopendir, readdir(3), closedir,
 * rewinddir, telldir, seekdir, dirfd(3), scandir(3), scandirat, alphasort, versionsort,
 * and struct dirent.
 *
 * Not obvious: records are variable-length, d_reclen bytes each (name, NUL and
 * padding to 8 bytes included); the next one starts d_reclen bytes further on.
 * The kernel reads the length as an int, so glibc and sysgate cap it at INT_MAX:
 * a larger size_t would otherwise be cut, or turn negative and fail.
 */
#ifndef SYSGATE_DIRENT_H
#define SYSGATE_DIRENT_H

#include "syscall.h"
#include "types.h"

/* include/linux/dirent.h: not in the uapi headers, but fixed by the ABI. */
struct linux_dirent64 {
  uint64_t d_ino;
  int64_t d_off; /* an opaque position for lseek, not a byte offset */
  unsigned short d_reclen;
  unsigned char d_type;
  char d_name[];
};

/* d_type (include/linux/fs_types.h): the S_IFMT bits of the mode, shifted. */
#define DT_UNKNOWN 0
#define DT_FIFO 1
#define DT_CHR 2
#define DT_DIR 4
#define DT_BLK 6
#define DT_REG 8
#define DT_LNK 10
#define DT_SOCK 12
#define DT_WHT 14
#define IFTODT(mode) (((mode)&0170000) >> 12)
#define DTTOIF(type) ((type) << 12)

SG_INLINE long sys_getdents64(int fd, void *buf, size_t size) {
  return syscall3(SYS_getdents64, fd, (long)buf, (long)(size > __INT_MAX__ ? __INT_MAX__ : size));
}

#include "calls/dirent.h"

/* --- The C library layer's directory streams (src/libc/dir.c, scandir.c) --- */

/* glibc's 64-bit struct dirent (struct dirent64, and struct dirent on x86_64 or with
 * _FILE_OFFSET_BITS=64): d_off is the position telldir reports after this entry. */
struct dirent {
  uint64_t d_ino;
  int64_t d_off;
  unsigned short d_reclen;
  unsigned char d_type;
  char d_name[256];
};
#define dirent64 dirent /* glibc's LFS names: one layout here */
#define readdir64 readdir
#define scandir64 scandir
#define alphasort64 alphasort
#define scandirat64 scandirat
#define versionsort64 versionsort

typedef struct sysgate_dir DIR;

/* A stream over the directory at path, or NULL with errno (ENOTDIR, ENOENT...).
 * Its descriptor is opened O_CLOEXEC, as glibc's. */
DIR *opendir(const char *path) SG_SYMBOL(opendir);
/* A stream over the open directory fd, which the stream then owns (closedir closes
 * it). NULL with EBADF for a bad fd, ENOTDIR when fd is not a directory. */
DIR *fdopendir(int fd) SG_SYMBOL(fdopendir);
/* The next entry, "." and ".." included, in the kernel's order; NULL at the end
 * (errno untouched) or on error (errno set). The entry lives in the stream and
 * the next readdir on the same stream overwrites it. */
struct dirent *readdir(DIR *dir) SG_SYMBOL(readdir);
int closedir(DIR *dir) SG_SYMBOL(closedir);
void rewinddir(DIR *dir) SG_SYMBOL(rewinddir);
/* telldir's value is the d_off of the entry last returned (0 before any): seekdir
 * to it continues with the entry after that one. */
long telldir(DIR *dir) SG_SYMBOL(telldir);
void seekdir(DIR *dir, long pos) SG_SYMBOL(seekdir);
int dirfd(DIR *dir) SG_SYMBOL(dirfd);

/* Every entry of path that filter accepts (all when filter is NULL), copied into
 * malloc'd memory, in a malloc'd array sorted with compar (unsorted when NULL);
 * *namelist gets the array and the count is returned, or -1 with errno. The caller
 * frees each entry and the array. */
int scandir(const char *path, struct dirent ***namelist, int (*filter)(const struct dirent *),
            int (*compar)(const struct dirent **, const struct dirent **)) SG_SYMBOL(scandir);
/* scandir on path relative to the directory dirfd (AT_FDCWD: the current one), as openat. */
int scandirat(int dirfd, const char *path, struct dirent ***namelist,
              int (*filter)(const struct dirent *),
              int (*compar)(const struct dirent **, const struct dirent **)) SG_SYMBOL(scandirat);
/* strcoll on d_name: byte order (strcmp), as the C locale has it. */
int alphasort(const struct dirent **a, const struct dirent **b) SG_SYMBOL(alphasort);
/* strverscmp on d_name: "file2" before "file10" (GNU). */
int versionsort(const struct dirent **a, const struct dirent **b) SG_SYMBOL(versionsort);

#endif
