/* i386 vDSO: the ELF32 structures the reader in src/vdso.c walks, the
 * functions sysgate looks up (vdso(7), "i386 functions"; the kernel's
 * arch/x86/entry/vdso/vdso32/vdso32.lds.S), the __kernel_vsyscall entry, and
 * the raw time calls behind them, y2038-safe.
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

/* --- the raw layer: 64-bit calls, 32-bit ones before Linux 5.1 ---------------- */
/* clock_gettime64 and clock_getres_time64 came in Linux 5.1 (numbers 403 and
 * 406, arch/x86/entry/syscalls/syscall_32.tbl); an older kernel says ENOSYS
 * and answers the 32-bit call. */
SG_INLINE long sysgate_i386_time64(long nr64, long nr32, clockid_t clock, struct timespec *ts) {
  long ret = syscall2(nr64, clock, (long)ts);
  if (ret == -ENOSYS) {
    struct sysgate_timespec32 t32;
    struct timespec wide;
    ret = syscall2(nr32, clock, ts ? (long)&t32 : 0);
    if (ret == 0 && ts)
      ret = sysgate_timespec_from32(&wide, &t32);
    if (ret == 0 && ts)
      ret = sysgate_copy_out(ts, &wide, sizeof wide);
  }
  return ret;
}

SG_INLINE long sys_clock_gettime(clockid_t clock, struct timespec *ts) {
  return sysgate_i386_time64(SYS_clock_gettime64, SYS_clock_gettime, clock, ts);
}

SG_INLINE long sys_clock_getres(clockid_t clock, struct timespec *res) {
  return sysgate_i386_time64(SYS_clock_getres_time64, SYS_clock_getres, clock, res);
}

/* tv as the timespec that clock_gettime writes: the same 16 bytes (see the top). */
_Static_assert(sizeof(struct timeval) == sizeof(struct timespec) &&
                   offsetof(struct timeval, tv_usec) == offsetof(struct timespec, tv_nsec),
               "struct timeval: tv_sec and a 64-bit tv_usec where timespec's tv_nsec is");
#define SYSGATE_TV_AS_TS(tv) ((struct timespec *)(void *)(tv))

/* After a raw clock_gettime result `ret` written into tv itself: the
 * nanoseconds, read as bytes (they were stored as a timespec), become
 * microseconds in the same place. */
SG_INLINE long sysgate_timeval_from(long ret, struct timeval *tv) {
  if (ret == 0) {
    long nsec;
    __builtin_memcpy(&nsec, (char *)tv + offsetof(struct timespec, tv_nsec), sizeof nsec);
    tv->tv_usec = nsec / 1000;
  }
  return ret;
}

/* The seconds of a raw clock_gettime result, stored in *tloc too (time(2)). */
SG_INLINE time_t sysgate_time_from(long ret, time_t *tloc, const struct timespec *ts) {
  if (ret != 0)
    return ret;
  if (tloc && sysgate_copy_out(tloc, &ts->tv_sec, sizeof *tloc) != 0)
    return -EFAULT;
  return ts->tv_sec;
}

/* The time zone alone still comes from gettimeofday(2) with tv NULL: it has no
 * time_t in it (two ints, struct timezone), so the 32-bit call is exact. */
SG_INLINE long sys_gettimeofday(struct timeval *tv, void *tz) {
  long ret = 0;
  if (tv)
    ret = sysgate_timeval_from(sys_clock_gettime(CLOCK_REALTIME, SYSGATE_TV_AS_TS(tv)), tv);
  if (ret == 0 && tz)
    ret = syscall2(SYS_gettimeofday, 0, (long)tz);
  return ret;
}

SG_INLINE time_t sys_time(time_t *tloc) {
  struct timespec ts;
  return sysgate_time_from(sys_clock_gettime(CLOCK_REALTIME_COARSE, &ts), tloc, &ts);
}

/* --- through the vDSO: its raw value, or -ENOSYS when it has no such function --- */
/* A time zone wanted: the system call, which has it. */
SG_INLINE long sysgate_vdso_gettimeofday(struct timeval *tv, void *tz) {
  int (*f)(clockid_t, struct timespec *) = SYSGATE_VDSO_FN(clock_gettime);
  if (!f || tz)
    return -ENOSYS;
  return tv ? sysgate_timeval_from(f(CLOCK_REALTIME, SYSGATE_TV_AS_TS(tv)), tv) : 0;
}

SG_INLINE time_t sysgate_vdso_time(time_t *tloc) {
  int (*f)(clockid_t, struct timespec *) = SYSGATE_VDSO_FN(clock_gettime);
  struct timespec ts;
  if (!f)
    return -ENOSYS;
  long ret = f(CLOCK_REALTIME_COARSE, &ts);
  /* Stored as x86_64's __vdso_time stores it, unchecked: a checked store
   * (sysgate/usercopy.h) is a system call, 70 times this whole call. */
  if (ret == 0 && tloc)
    *tloc = ts.tv_sec;
  return ret == 0 ? ts.tv_sec : ret;
}

/* Inline functions of this header that need an external definition. */
/* clang-format off */
#define SYSGATE_ARCH_VDSO_INLINES(E) \
  E(sysgate_timespec_from32) E(sysgate_i386_time64) \
  E(sysgate_timeval_from) E(sysgate_time_from) \
  E(sysgate_vdso_gettimeofday) E(sysgate_vdso_time)
/* clang-format on */

#endif
