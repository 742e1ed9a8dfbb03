/* sysgate/utime.h: utime(2) and struct utimbuf (glibc: <utime.h>).
 *
 * Not obvious: x86_64 has a utime system call and i386 one with 32-bit times;
 * sysgate's utime is utimensat(AT_FDCWD, path, times, 0) on both, with whole
 * seconds, as glibc's 64-bit-time utime is (src/libc/utime.c). NULL means now.
 */
#ifndef SYSGATE_UTIME_H
#define SYSGATE_UTIME_H

#include "base.h"
#include "types.h"

struct utimbuf {
  time_t actime;  /* access time */
  time_t modtime; /* modification time */
};

int utime(const char *path, const struct utimbuf *times) SG_SYMBOL(utime);

#endif
