/* sysgate/dirent.h: getdents64(2) (glibc 2.30: <dirent.h>), its record struct
 * linux_dirent64, and the DT_* types of d_type.
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
SG_LIBC(3, ssize_t, getdents64, custom, int, fd, void *, buf, size_t, size)

#endif
