/* sysgate/fdctl.h: the rest of glibc's <fcntl.h>: fcntl(2) with its F_*
 * commands, struct flock and FD_CLOEXEC, creat(2), fallocate(2) with
 * FALLOC_FL_*, splice(2), vmsplice(2) and tee(2) with SPLICE_F_*, the file
 * handles of name_to_handle_at(2) and open_by_handle_at(2), and openat2(2)
 * (glibc leaves it to syscall(2)). sysgate/fcntl.h includes it.
 *
 * Not obvious: struct flock has 64-bit offsets on both arches, which is the kernel's struct flock
 * on x86_64 and its struct flock64 on i386 (i386 aligns a 64-bit member to 4 bytes, hence 24 bytes
 * there, 32 on x86_64). On i386 only fcntl64 with F_GETLK64 (12..14) reads that layout, so
 * F_GETLK/F_SETLK/F_SETLKW are per arch (SYSGATE_ARCH_FD_H), as with glibc's _FILE_OFFSET_BITS=64.
 * The F_OFD_* commands always take the 64-bit layout.
 */
#ifndef SYSGATE_FDCTL_H
#define SYSGATE_FDCTL_H

#include "fcntl.h"
#include "iovec.h"
#include "syscall.h"
#include "types.h"
#include SYSGATE_ARCH_FD_H

/* fcntl commands (include/uapi/asm-generic/fcntl.h, include/uapi/linux/fcntl.h). */
#define F_DUPFD 0
#define F_GETFD 1
#define F_SETFD 2
#define F_GETFL 3
#define F_SETFL 4
#define F_SETOWN 8
#define F_GETOWN 9
#define F_SETSIG 10
#define F_GETSIG 11
#define F_SETOWN_EX 15
#define F_GETOWN_EX 16
#define F_OFD_GETLK 36
#define F_OFD_SETLK 37
#define F_OFD_SETLKW 38
#define F_SETLEASE 1024
#define F_GETLEASE 1025
#define F_DUPFD_CLOEXEC 1030
#define F_SETPIPE_SZ 1031
#define F_GETPIPE_SZ 1032
#define F_ADD_SEALS 1033
#define F_GET_SEALS 1034

#define FD_CLOEXEC 1 /* the one F_GETFD/F_SETFD flag */

/* l_type of struct flock, and the lease types of F_SETLEASE. */
#define F_RDLCK 0
#define F_WRLCK 1
#define F_UNLCK 2

/* F_ADD_SEALS bits: what a sealed memfd refuses from then on. */
#define F_SEAL_SEAL 0x0001
#define F_SEAL_SHRINK 0x0002
#define F_SEAL_GROW 0x0004
#define F_SEAL_WRITE 0x0008
#define F_SEAL_FUTURE_WRITE 0x0010

/* struct f_owner_ex types for F_SETOWN_EX/F_GETOWN_EX. */
#define F_OWNER_TID 0
#define F_OWNER_PID 1
#define F_OWNER_PGRP 2

#define FALLOC_FL_KEEP_SIZE 0x01 /* allocate, but leave the file size alone */
#define FALLOC_FL_PUNCH_HOLE 0x02
#define FALLOC_FL_NO_HIDE_STALE 0x04
#define FALLOC_FL_COLLAPSE_RANGE 0x08
#define FALLOC_FL_ZERO_RANGE 0x10
#define FALLOC_FL_INSERT_RANGE 0x20
#define FALLOC_FL_UNSHARE_RANGE 0x40

#define SPLICE_F_MOVE 0x01
#define SPLICE_F_NONBLOCK 0x02
#define SPLICE_F_MORE 0x04
#define SPLICE_F_GIFT 0x08

struct flock {
  short l_type;   /* F_RDLCK, F_WRLCK, F_UNLCK */
  short l_whence; /* SEEK_SET, SEEK_CUR, SEEK_END: what l_start counts from */
  off_t l_start;
  off_t l_len; /* 0: to the end of the file, however far it grows */
  pid_t l_pid; /* F_GETLK: the holder; -1 for an OFD lock */
};

struct f_owner_ex {
  int type;
  pid_t pid;
};

/* A file handle (name_to_handle_at(2)): handle_bytes is the room in f_handle on the way
 * in, what the kernel wrote on the way out. MAX_HANDLE_SZ is the kernel's largest. */
struct file_handle {
  unsigned int handle_bytes;
  int handle_type;
  unsigned char f_handle[];
};
#define MAX_HANDLE_SZ 128

/* openat2(2)'s struct open_how and RESOLVE_* are sysgate/openat2.h's (a copy of the
 * kernel's header, which sysgate.h includes and <fcntl.h> does not, as glibc's). */
struct open_how;

/* creat is open with fixed flags, and goes through sys_open for the arch's
 * implied ones: the kernel's creat would leave out O_LARGEFILE for an i386
 * caller (fs/open.c, force_o_largefile() holds only on 64-bit). */
SG_INLINE long sys_creat(const char *path, mode_t mode) {
  return sys_open(path, O_CREAT | O_WRONLY | O_TRUNC, mode);
}

#include "calls/fdctl.h"

/* The variadic fcntl is in src/wrappers/fdctl.c. */
int fcntl(int fd, int cmd, ...) SG_SYMBOL(fcntl);

#endif
