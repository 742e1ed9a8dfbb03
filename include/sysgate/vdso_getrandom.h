/* sysgate/vdso_getrandom.h: getrandom(2) through the vDSO's __vdso_getrandom (Linux 6.11,
 * x86_64 only), which makes random bytes in user space from an opaque per-thread state.
 *
 * Not obvious: a state must never cross a page, since the kernel may zero its MAP_DROPPABLE
 * pages at any time (lib/vdso/getrandom.c answers -EFAULT for one that does); placement is
 * sysgate_vgetrandom_place() so that a test can show a crossing address refused.
 */
#ifndef SYSGATE_VDSO_GETRANDOM_H
#define SYSGATE_VDSO_GETRANDOM_H

#include <stddef.h>
#include <stdint.h>

#include "errno.h"
#include "syscall.h"
#include "types.h"
#include "vdso.h"

/* What fn(NULL, 0, 0, &params, ~0UL) fills (the kernel's include/vdso/getrandom.h). */
struct sysgate_vgetrandom_params {
  uint32_t size_of_opaque_state;
  uint32_t mmap_prot;
  uint32_t mmap_flags;
  uint32_t reserved[13];
};

/* Above this many bytes getrandom makes the system call. bench/getrandom_bench.sh found the
 * vDSO faster at every size it measured, up to this one (README, "getrandom"). */
#define SYSGATE_VDSO_GETRANDOM_MAX (1024 * 1024)

/* Looks the entry up in the image at ehdr and queries it, unless envp switches the vDSO
 * off; ehdr NULL clears it. Startup calls it from .preinit_array. */
void sysgate_vdso_getrandom_setup(const void *ehdr, char **envp);

/* The query's answer, or NULL when there is no entry (or it is switched off). */
const struct sysgate_vgetrandom_params *sysgate_vdso_getrandom_params(void);

/* The vDSO entry itself, with a state of the caller's; -ENOSYS when there is none. */
long sysgate_vdso_getrandom_with(void *buf, size_t len, unsigned int flags, void *state,
                                 size_t state_len);

/* The calling thread's state, allocated at its first call; NULL before or without one. */
void *sysgate_vdso_getrandom_state(void);

/* The first address from `at` on where a state of `size` bytes lies within one page of
 * `page` bytes (aligned to 16): `at` itself when it fits, else the next page's start. */
uintptr_t sysgate_vgetrandom_place(uintptr_t at, uintptr_t size, uintptr_t page);

/* getrandom through the vDSO with this thread's state; -ENOSYS: make the system call. */
long sysgate_vdso_getrandom_call(void *buf, size_t len, unsigned int flags);

SG_INLINE long sysgate_vdso_getrandom(void *buf, size_t len, unsigned int flags) {
#if defined(SYSGATE_ARCH_VDSO_GETRANDOM) && !defined(SYSGATE_NO_VDSO)
  if (len <= SYSGATE_VDSO_GETRANDOM_MAX)
    return sysgate_vdso_getrandom_call(buf, len, flags);
#endif
  (void)buf, (void)len, (void)flags;
  return -ENOSYS;
}

/* The raw value of getrandom: the vDSO's when it answers, else the system call's. */
SG_INLINE long sysgate_getrandom_raw(void *buf, size_t len, unsigned int flags) {
  long r = sysgate_vdso_getrandom(buf, len, flags);
  return r == -ENOSYS ? syscall3(SYS_getrandom, (long)buf, (long)len, (long)flags) : r;
}

#endif
