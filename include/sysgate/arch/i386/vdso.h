/* i386 vDSO: the ELF32 structures the reader in src/vdso.c walks, the
 * functions sysgate looks up (vdso(7), "i386 functions"; the kernel's
 * arch/x86/entry/vdso/vdso32/vdso32.lds.S); the raw time calls are arch/i386/vdso_time.h's.
 *
 * Not obvious: sysgate's time_t is 64-bit, and only __vdso_clock_gettime64 (LINUX_2.6, Linux 5.3)
 * speaks it. __vdso_clock_gettime and __vdso_clock_getres fill a 32-bit old_timespec32, truncating
 * the seconds (lib/vdso/gettimeofday.c stores them with a plain assignment), so they are used only
 * through adapters (src/arch/i386/vdso32.c) that widen the result and report a wrapped, negative
 * second count as -ENOSYS, and the caller asks the 64-bit system call (docs/arch.md, bad pointers).
 */
#ifndef SYSGATE_ARCH_I386_VDSO_H
#define SYSGATE_ARCH_I386_VDSO_H

#include <stdint.h>

#include "../../errno.h"
#include "../../syscall.h"
#include "../../time.h"
#include "../../types.h"
#include "../../usercopy.h"
#include "trap_entry.h"

/* --- ELF32 (gABI "ELF Header", "Program Header", "Symbol Table", "Dynamic Section") --- */
#define SYSGATE_ELF_CLASS 1   /* ELFCLASS32 */
#define SYSGATE_ELF_MACHINE 3 /* EM_386 */
typedef uint32_t sysgate_elf_addr;
typedef uint32_t sysgate_elf_off;

struct sysgate_elf_phdr {
  uint32_t p_type;
  sysgate_elf_off p_offset;
  sysgate_elf_addr p_vaddr, p_paddr;
  uint32_t p_filesz, p_memsz, p_flags, p_align;
};

struct sysgate_elf_sym {
  uint32_t st_name;
  sysgate_elf_addr st_value;
  uint32_t st_size;
  unsigned char st_info, st_other;
  uint16_t st_shndx;
};

struct sysgate_elf_dyn {
  int32_t d_tag;
  uint32_t d_val; /* d_ptr too: one union in the spec */
};

/* This arch has 32-bit time entries in its vDSO (and the table fields for them). */
#define SYSGATE_ARCH_VDSO_32BIT 1

/* The kernel's old_timespec32: what the 32-bit vDSO entries fill. */
struct sysgate_timespec32 {
  int32_t tv_sec;
  int32_t tv_nsec;
};

/* --- what sysgate calls: field, version, symbol ----------------------------- */
struct sysgate_vdso_calls {
  /* 64-bit time_t, as the wrappers want: the vDSO's own or an adapter */
  int (*clock_gettime)(clockid_t, struct timespec *);
  int (*clock_getres)(clockid_t, struct timespec *);
  int (*getcpu)(unsigned int *, unsigned int *, void *);
  /* the 32-bit entries the adapters call */
  int (*clock_gettime32)(clockid_t, struct sysgate_timespec32 *);
  int (*clock_getres32)(clockid_t, struct sysgate_timespec32 *);
};

#define SYSGATE_ARCH_VDSO_SYMBOLS(X)                                                               \
  X(clock_gettime, "LINUX_2.6", "__vdso_clock_gettime64")                                          \
  X(getcpu, "LINUX_2.6", "__vdso_getcpu")                                                          \
  X(clock_gettime32, "LINUX_2.6", "__vdso_clock_gettime")                                          \
  X(clock_getres32, "LINUX_2.6", "__vdso_clock_getres")

/* 0, or -EOVERFLOW when the 32-bit seconds wrapped (see the top of this file). */
SG_INLINE long sysgate_timespec_from32(struct timespec *out, const struct sysgate_timespec32 *in) {
  if (in->tv_sec < 0)
    return -EOVERFLOW;
  out->tv_sec = in->tv_sec;
  out->tv_nsec = in->tv_nsec; /* the padding needs nothing: see SYSGATE_ARCH_TIMESPEC_PAD */
  return 0;
}

/* The adapters over the 32-bit entries (src/arch/i386/vdso32.c): the vDSO's
 * raw value, with -ENOSYS for a result that does not fit. */
int sysgate_i386_vdso_clock_gettime32(clockid_t clock, struct timespec *ts);
int sysgate_i386_vdso_clock_getres32(clockid_t clock, struct timespec *res);

/* After the lookup: a missing 64-bit entry is served by an adapter. */
void sysgate_i386_vdso_fixup(struct sysgate_vdso_calls *calls);
#define SYSGATE_ARCH_VDSO_FIXUP(calls) sysgate_i386_vdso_fixup(calls)

/* The system-call entry and its setup at startup: arch/i386/trap_entry.h. */

#endif
