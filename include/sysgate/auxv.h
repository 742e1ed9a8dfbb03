/* sysgate/auxv.h: getauxval(3) and the AT_* keys of the auxiliary vector.
 *
 * Not obvious: the kernel puts the auxiliary vector on the initial stack right
 * after envp's NULL (fs/binfmt_elf.c, create_elf_tables()); _start remembers where,
 * so that later code can find the vDSO (AT_SYSINFO_EHDR) and, on i386, the
 * vsyscall entry (AT_SYSINFO).
 */
#ifndef SYSGATE_AUXV_H
#define SYSGATE_AUXV_H

#include "base.h"

#define AT_NULL 0
#define AT_PHDR 3
#define AT_PHENT 4
#define AT_PHNUM 5
#define AT_PAGESZ 6
#define AT_BASE 7
#define AT_ENTRY 9
#define AT_UID 11
#define AT_EUID 12
#define AT_GID 13
#define AT_EGID 14
#define AT_PLATFORM 15
#define AT_HWCAP 16
#define AT_CLKTCK 17
#define AT_SECURE 23
#define AT_RANDOM 25
#define AT_HWCAP2 26
#define AT_EXECFN 31
#define AT_SYSINFO 32      /* i386: address of __kernel_vsyscall */
#define AT_SYSINFO_EHDR 33 /* the vDSO's ELF header */
#define AT_MINSIGSTKSZ 51

/* The auxiliary vector as the kernel laid it out: key/value pairs up to AT_NULL.
 * Set by the startup code; NULL in a program that did not start through sysgate. */
extern unsigned long *sysgate_auxv;

/* The (key, value) pair for `type` in auxv, or NULL: the one search, shared by
 * getauxval and by startup, which needs no errno and no call (always inlined:
 * every i386 program's startup runs it once). */
__attribute__((always_inline)) SG_INLINE const unsigned long *
sysgate_auxv_find(const unsigned long *auxv, unsigned long type) {
  for (; auxv[0] != AT_NULL; auxv += 2)
    if (auxv[0] == type)
      return auxv;
  return 0;
}

/* Its value, or 0 when absent: for startup, where the two mean the same. */
__attribute__((always_inline)) SG_INLINE unsigned long sysgate_auxv_value(const unsigned long *auxv,
                                                                          unsigned long type) {
  const unsigned long *p = sysgate_auxv_find(auxv, type);
  return p ? p[1] : 0;
}

/* The value for `type`, or 0 with errno ENOENT when the kernel gave none. */
unsigned long getauxval(unsigned long type) SG_SYMBOL(getauxval);

#endif
