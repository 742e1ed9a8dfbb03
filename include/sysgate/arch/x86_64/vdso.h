/* x86_64 vDSO: the ELF64 structures the reader in src/vdso.c walks, the
 * functions sysgate looks up (vdso(7), "x86-64 functions"; the kernel's
 * arch/x86/entry/vdso/vdso.lds.S).
 *
 * Not obvious: a vDSO function has its system call's prototype and returns the
 * same raw value, -errno on failure. For a clock it cannot read in user space
 * (the CPU-time clocks, or any clock when the TSC is unusable) it makes the
 * system call itself (lib/vdso/gettimeofday.c, the *_fallback functions), so a
 * caller never needs to know which clocks are fast.
 */
#ifndef SYSGATE_ARCH_X86_64_VDSO_H
#define SYSGATE_ARCH_X86_64_VDSO_H

#include <stdint.h>

#include "../../errno.h"
#include "../../syscall.h"
#include "../../types.h"

/* --- ELF64 (gABI "ELF Header", "Program Header", "Symbol Table", "Dynamic Section") --- */
#define SYSGATE_ELF_CLASS 2    /* ELFCLASS64 */
#define SYSGATE_ELF_MACHINE 62 /* EM_X86_64 */
typedef uint64_t sysgate_elf_addr;
typedef uint64_t sysgate_elf_off;

struct sysgate_elf_phdr {
  uint32_t p_type;
  uint32_t p_flags;
  sysgate_elf_off p_offset;
  sysgate_elf_addr p_vaddr, p_paddr;
  uint64_t p_filesz, p_memsz, p_align;
};

struct sysgate_elf_sym {
  uint32_t st_name;
  unsigned char st_info, st_other;
  uint16_t st_shndx;
  sysgate_elf_addr st_value;
  uint64_t st_size;
};

struct sysgate_elf_dyn {
  int64_t d_tag;
  uint64_t d_val; /* d_ptr too: one union in the spec */
};

/* --- what sysgate calls: field, version, symbol ----------------------------- */
struct sysgate_vdso_calls {
  int (*clock_gettime)(clockid_t, struct timespec *);
  int (*clock_getres)(clockid_t, struct timespec *);
  int (*gettimeofday)(struct timeval *, void *);
  time_t (*time)(time_t *);
  int (*getcpu)(unsigned int *, unsigned int *, void *);
};

#define SYSGATE_ARCH_VDSO_SYMBOLS(X)                                                               \
  X(clock_gettime, "LINUX_2.6", "__vdso_clock_gettime")                                            \
  X(clock_getres, "LINUX_2.6", "__vdso_clock_getres")                                              \
  X(gettimeofday, "LINUX_2.6", "__vdso_gettimeofday")                                              \
  X(time, "LINUX_2.6", "__vdso_time")                                                              \
  X(getcpu, "LINUX_2.6", "__vdso_getcpu")

/* getrandom(2)'s entry (Linux 6.11; arch/x86/entry/vdso/vdso.lds.S), looked up
 * on its own by src/wrappers/vdso_getrandom.c: version, name. */
#define SYSGATE_ARCH_VDSO_GETRANDOM "LINUX_2.6", "__vdso_getrandom"

/* Nothing to adapt: every function has the 64-bit time_t the wrappers use. */
#define SYSGATE_ARCH_VDSO_FIXUP(calls) ((void)(calls))

/* x86_64 has no __kernel_vsyscall: `syscall` is the fast entry already. */
#define SYSGATE_ARCH_ENTRY_SETUP(sysinfo, envp) ((void)0)

#endif
