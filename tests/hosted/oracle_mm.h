/* The glibc side of the memory suites (test_mm*.c, test_brk.c): glibc's own
 * calls with their errno, glibc's values of the memory constants, and what the
 * kernel says about a mapping (/proc/self/smaps) and the program break. Built
 * in oracle_mm.c; plain C types only.
 *
 * Not obvious: glibc_brk and glibc_sbrk move the real break behind sysgate's
 * back; a suite calls them only where both libraries are about to fail, or
 * restores the break itself.
 */
#ifndef SYSGATE_TEST_ORACLE_MM_H
#define SYSGATE_TEST_ORACLE_MM_H

#include "oracle_fd.h"

/* X(return type, name, (parameters..., int *err), (arguments)), as in oracle_fd.h. */
#define ORACLE_MM_CALLS(X)                                                                         \
  X(int, mprotect, (void *addr, size_t len, int prot, int *err), (addr, len, prot))                \
  X(void *, mremap, (void *old, size_t old_len, size_t new_len, int flags, void *to, int *err),    \
    (old, old_len, new_len, flags, to))                                                            \
  X(int, msync, (void *addr, size_t len, int flags, int *err), (addr, len, flags))                 \
  X(int, madvise, (void *addr, size_t len, int advice, int *err), (addr, len, advice))             \
  X(int, mincore, (void *addr, size_t len, unsigned char *vec, int *err), (addr, len, vec))        \
  X(int, mlock, (const void *addr, size_t len, int *err), (addr, len))                             \
  X(int, munlock, (const void *addr, size_t len, int *err), (addr, len))                           \
  X(int, mlockall, (int flags, int *err), (flags))                                                 \
  X(int, munlockall, (int *err), ())                                                               \
  X(int, mlock2, (const void *addr, size_t len, unsigned int flags, int *err), (addr, len, flags)) \
  X(int, memfd_create, (const char *name, unsigned int flags, int *err), (name, flags))            \
  X(int, brk, (void *addr, int *err), (addr))                                                      \
  X(void *, sbrk, (intptr_t increment, int *err), (increment))

ORACLE_MM_CALLS(ORACLE_DECLARE)

/* Every constant sysgate defines for the memory calls. */
#define ORACLE_MM_CONSTANTS(X)                                                                     \
  X(MS_ASYNC)                                                                                      \
  X(MS_INVALIDATE)                                                                                 \
  X(MS_SYNC)                                                                                       \
  X(MADV_NORMAL)                                                                                   \
  X(MADV_RANDOM)                                                                                   \
  X(MADV_SEQUENTIAL)                                                                               \
  X(MADV_WILLNEED)                                                                                 \
  X(MADV_DONTNEED)                                                                                 \
  X(MADV_FREE)                                                                                     \
  X(MADV_REMOVE)                                                                                   \
  X(MADV_DONTFORK)                                                                                 \
  X(MADV_DOFORK)                                                                                   \
  X(MADV_MERGEABLE)                                                                                \
  X(MADV_UNMERGEABLE)                                                                              \
  X(MADV_HUGEPAGE)                                                                                 \
  X(MADV_NOHUGEPAGE)                                                                               \
  X(MADV_DONTDUMP)                                                                                 \
  X(MADV_DODUMP)                                                                                   \
  X(MADV_WIPEONFORK)                                                                               \
  X(MADV_KEEPONFORK)                                                                               \
  X(MADV_COLD)                                                                                     \
  X(MADV_PAGEOUT)                                                                                  \
  X(MADV_POPULATE_READ)                                                                            \
  X(MADV_POPULATE_WRITE)                                                                           \
  X(MADV_DONTNEED_LOCKED)                                                                          \
  X(MADV_HWPOISON)                                                                                 \
  X(MCL_CURRENT)                                                                                   \
  X(MCL_FUTURE)                                                                                    \
  X(MCL_ONFAULT)                                                                                   \
  X(MREMAP_MAYMOVE)                                                                                \
  X(MREMAP_FIXED)                                                                                  \
  X(MREMAP_DONTUNMAP)                                                                              \
  X(MFD_CLOEXEC)                                                                                   \
  X(MFD_ALLOW_SEALING)                                                                             \
  X(MFD_HUGETLB)                                                                                   \
  X(MLOCK_ONFAULT)

extern const struct oracle_constant oracle_mm_constants[];
extern const size_t oracle_mm_constant_count;

/* The /proc/self/smaps entry of the mapping holding addr. */
struct oracle_vma {
  unsigned long start, end;
  char perms[5];
  unsigned long rss_kb, locked_kb, dirty_kb; /* dirty: shared and private */
  char flags[128];                           /* VmFlags, e.g. "rd wr mr mw me ac lo" */
};
/* 0: found; 1: addr is in no mapping; -1: smaps unreadable. */
int oracle_vma(const void *addr, struct oracle_vma *out);
/* 1 if the VmFlags word list has `flag` ("lo": locked). */
int oracle_vma_has_flag(const struct oracle_vma *vma, const char *flag);

/* The break as the kernel has it (the brk system call with 0, through
 * glibc's syscall(), which records nothing). */
void *oracle_kernel_brk(void);

#endif
