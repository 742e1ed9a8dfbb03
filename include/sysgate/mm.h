/* sysgate/mm.h: the memory calls of glibc's <sys/mman.h> besides mmap and munmap: mprotect(2),
 * mremap(2), msync(2), madvise(2), mincore(2), mlock(2), munlock(2), mlockall(2), munlockall(2),
 * mlock2(2), memfd_create(2), pkey_alloc(2), pkey_free, pkey_mprotect, remap_file_pages(2), and
 * those glibc leaves to syscall(2): memfd_secret(2), membarrier(2), userfaultfd(2); MS_*, MADV_*,
 * MCL_*, MREMAP_*, MFD_*, MLOCK_ONFAULT, PKEY_*. sysgate/mman.h includes it.
 *
 * Not obvious: mremap's fifth argument exists only with MREMAP_FIXED (mremap(2));
 * the variadic libc layer reads it then and passes NULL otherwise, as glibc
 * does, so a stray register never reaches the kernel as an address (with
 * MREMAP_DONTUNMAP alone the kernel would take it as a placement hint).
 */
#ifndef SYSGATE_MM_H
#define SYSGATE_MM_H

#include "syscall.h"
#include "types.h"

/* msync flags */
#define MS_ASYNC 1      /* schedule the write-back */
#define MS_INVALIDATE 2 /* drop other mappings' stale copies */
#define MS_SYNC 4       /* write back and wait */

/* madvise advice (include/uapi/asm-generic/mman-common.h) */
#define MADV_NORMAL 0
#define MADV_RANDOM 1
#define MADV_SEQUENTIAL 2
#define MADV_WILLNEED 3
#define MADV_DONTNEED 4 /* private anonymous pages read back as zeros */
#define MADV_FREE 8
#define MADV_REMOVE 9
#define MADV_DONTFORK 10
#define MADV_DOFORK 11
#define MADV_MERGEABLE 12
#define MADV_UNMERGEABLE 13
#define MADV_HUGEPAGE 14
#define MADV_NOHUGEPAGE 15
#define MADV_DONTDUMP 16
#define MADV_DODUMP 17
#define MADV_WIPEONFORK 18
#define MADV_KEEPONFORK 19
#define MADV_COLD 20
#define MADV_PAGEOUT 21
#define MADV_POPULATE_READ 22
#define MADV_POPULATE_WRITE 23
#define MADV_DONTNEED_LOCKED 24
#define MADV_HWPOISON 100

/* mlockall flags */
#define MCL_CURRENT 1
#define MCL_FUTURE 2
#define MCL_ONFAULT 4 /* with one of the others: lock pages as they are faulted in */

/* mremap flags */
#define MREMAP_MAYMOVE 1
#define MREMAP_FIXED 2     /* at new_address, which takes MREMAP_MAYMOVE too */
#define MREMAP_DONTUNMAP 4 /* move, but leave the old range mapped (and empty) */

/* memfd_create flags */
#define MFD_CLOEXEC 1U
#define MFD_ALLOW_SEALING 2U /* without it the memfd starts with F_SEAL_SEAL */
#define MFD_HUGETLB 4U

#define MLOCK_ONFAULT 1U /* mlock2: lock pages when they are faulted in, not now */

/* pkey_alloc access rights (memory protection keys need the CPU's PKU) */
#define PKEY_DISABLE_ACCESS 0x1
#define PKEY_DISABLE_WRITE 0x2

/* membarrier(2)'s MEMBARRIER_CMD_* are sysgate/membarrier.h's (a copy of the kernel's
 * header, which sysgate.h includes and <sys/mman.h> does not, as glibc's). */

#include "calls/mm.h"

/* The variadic mremap is in src/wrappers/mm.c. */
void *mremap(void *old_address, size_t old_size, size_t new_size, int flags, ...) SG_SYMBOL(mremap);

#endif
