/* sysgate/fcntl.h: open(2), openat(2) and the O_* / AT_* values (x86 uses the
 * kernel's asm-generic/fcntl.h numbers on both arches).
 *
 * Not obvious: the mode argument exists only with O_CREAT or O_TMPFILE; open()
 * reads it from the variable arguments then and passes 0 otherwise, as glibc does.
 * The variadic libc layer cannot be inlined; sys_open and sys_openat are.
 */
#ifndef SYSGATE_FCNTL_H
#define SYSGATE_FCNTL_H

#include "syscall.h"
#include "types.h"
#include SYSGATE_ARCH_FCNTL_H

#define O_ACCMODE 03
#define O_RDONLY 00
#define O_WRONLY 01
#define O_RDWR 02
#define O_CREAT 0100
#define O_EXCL 0200
#define O_NOCTTY 0400
#define O_TRUNC 01000
#define O_APPEND 02000
#define O_NONBLOCK 04000
#define O_DSYNC 010000
#define O_ASYNC 020000
#define O_DIRECT 040000
#define O_LARGEFILE 0100000
#define O_DIRECTORY 0200000
#define O_NOFOLLOW 0400000
#define O_NOATIME 01000000
#define O_CLOEXEC 02000000
#define O_SYNC 04010000
#define O_PATH 010000000
#define O_TMPFILE 020200000 /* includes O_DIRECTORY */

#define AT_FDCWD (-100)
/* The *at() flags (include/uapi/linux/fcntl.h); 0x200 means one thing to
 * unlinkat and another to faccessat. */
#define AT_SYMLINK_NOFOLLOW 0x100
#define AT_EACCESS 0x200
#define AT_REMOVEDIR 0x200
#define AT_SYMLINK_FOLLOW 0x400
#define AT_NO_AUTOMOUNT 0x800
#define AT_EMPTY_PATH 0x1000
#define AT_STATX_SYNC_TYPE 0x6000
#define AT_STATX_SYNC_AS_STAT 0x0000
#define AT_STATX_FORCE_SYNC 0x2000
#define AT_STATX_DONT_SYNC 0x4000
#define AT_RECURSIVE 0x8000

/* Does this flag word carry a mode argument? */
#define SYSGATE_OPEN_HAS_MODE(flags) (((flags)&O_CREAT) != 0 || ((flags)&O_TMPFILE) == O_TMPFILE)

SG_INLINE long sys_open(const char *path, int flags, mode_t mode) {
  return syscall3(SYS_open, (long)path, flags | SYSGATE_ARCH_OPEN_FLAGS, (long)mode);
}

SG_INLINE long sys_openat(int dirfd, const char *path, int flags, mode_t mode) {
  return syscall4(SYS_openat, dirfd, (long)path, flags | SYSGATE_ARCH_OPEN_FLAGS, (long)mode);
}

int open(const char *path, int flags, ...) SG_SYMBOL(open);
int openat(int dirfd, const char *path, int flags, ...) SG_SYMBOL(openat);

/* fcntl, creat, fallocate, splice, tee: the rest of glibc's <fcntl.h>. */
#include "fdctl.h"

#endif
