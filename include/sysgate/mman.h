/* sysgate/mman.h: mmap(2), munmap(2), PROT_* and MAP_*; shm_open(3), shm_unlink(3).
 *
 * Not obvious: mmap fails with MAP_FAILED, ((void *)-1), which is exactly what
 * the libc layer's -1 becomes as a pointer; any other value, even one "negative"
 * as a long on i386, is the mapping.
 */
#ifndef SYSGATE_MMAN_H
#define SYSGATE_MMAN_H

#include "syscall.h"
#include "types.h"
#ifdef SYSGATE_ARCH_MMAN_H /* i386: mmap is mmap2 */
#include SYSGATE_ARCH_MMAN_H
#endif

#define PROT_NONE 0x0
#define PROT_READ 0x1
#define PROT_WRITE 0x2
#define PROT_EXEC 0x4

#define MAP_SHARED 0x01
#define MAP_PRIVATE 0x02
#define MAP_FIXED 0x10
#define MAP_ANONYMOUS 0x20
#define MAP_ANON MAP_ANONYMOUS
#define MAP_32BIT 0x40 /* x86_64 only */
#define MAP_GROWSDOWN 0x0100
#define MAP_DENYWRITE 0x0800
#define MAP_EXECUTABLE 0x1000
#define MAP_LOCKED 0x2000
#define MAP_NORESERVE 0x4000
#define MAP_POPULATE 0x8000
#define MAP_NONBLOCK 0x10000
#define MAP_STACK 0x20000
#define MAP_HUGETLB 0x40000
#define MAP_SYNC 0x80000
#define MAP_FIXED_NOREPLACE 0x100000

#define MAP_FAILED ((void *)-1)

/* sys_mmap: x86_64 mmap, i386 mmap2 (arch/i386/mman.h). */

#include "calls/mman.h"

/* mprotect, mremap, msync, madvise, mincore, mlock*, memfd_create. */
#include "mm.h"

/* shm_open(3), shm_unlink(3): POSIX shared memory objects, files under
 * /dev/shm named as glibc names them (src/libc/shm_open.c). */
int shm_open(const char *name, int flags, mode_t mode) SG_SYMBOL(shm_open);
int shm_unlink(const char *name) SG_SYMBOL(shm_unlink);

#endif
