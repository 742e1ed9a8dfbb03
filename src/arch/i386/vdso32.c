/* i386's adapters that serve the 64-bit clock calls from the 32-bit vDSO
 * functions (arch/i386/vdso.h), when __vdso_clock_gettime64 is missing.
 *
 * Not obvious: the adapters report a result that does not fit (negative 32-bit
 * seconds: wrapped after 2038) as -ENOSYS, not EOVERFLOW, so the wrapper asks
 * the 64-bit system call next; only a kernel without that (before 5.1) makes
 * the 32-bit call and then fails with EOVERFLOW (sysgate_i386_time64).
 *
 * A bad pointer faults in the vDSO itself, as any vDSO call's does (docs/arch.md).
 */
#include <sysgate/vdso.h>

#define SYSGATE_X86_PAGE 4096u /* x86's base page; a bigger one holds whole 4 KiB ones */

static int from32(int (*f)(clockid_t, struct sysgate_timespec32 *), clockid_t clock,
                  struct timespec *ts) {
  if ((uintptr_t)ts % SYSGATE_X86_PAGE > SYSGATE_X86_PAGE - sizeof *ts)
    return -ENOSYS;
  int ret = f(clock, (struct sysgate_timespec32 *)(void *)ts);
  if (ret == 0 && ts) {
    struct sysgate_timespec32 t32; /* as bytes: the vDSO stored them as its own type */
    __builtin_memcpy(&t32, ts, sizeof t32);
    ret = (int)sysgate_timespec_from32(ts, &t32);
  }
  return ret == -EOVERFLOW ? -ENOSYS : ret;
}

int sysgate_i386_vdso_clock_gettime32(clockid_t clock, struct timespec *ts) {
  return from32(sysgate_vdso_calls.clock_gettime32, clock, ts);
}

int sysgate_i386_vdso_clock_getres32(clockid_t clock, struct timespec *res) {
  return from32(sysgate_vdso_calls.clock_getres32, clock, res);
}

void sysgate_i386_vdso_fixup(struct sysgate_vdso_calls *calls) {
  if (!calls->clock_gettime && calls->clock_gettime32)
    calls->clock_gettime = sysgate_i386_vdso_clock_gettime32;
  if (!calls->clock_getres && calls->clock_getres32)
    calls->clock_getres = sysgate_i386_vdso_clock_getres32;
}
