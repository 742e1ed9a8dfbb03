/* clock_gettime(2), clock_getres(2), gettimeofday(2), time(2), getcpu(2):
 * the external definitions of sysgate/vdso_time.h, the table of vDSO
 * functions, and its setup at startup.
 *
 * Not obvious: this file is what links the ELF reader into a program. The
 * inline wrappers read sysgate_vdso_calls, defined here, so a program that
 * makes a time call pulls in this archive member and with it the strong
 * sysgate_vdso_setup that startup's weak reference then finds (src/start.c).
 */
#include <sysgate/vdso_time.h>

struct sysgate_vdso_calls sysgate_vdso_calls;

void sysgate_vdso_setup(const void *ehdr, char **envp) {
  struct sysgate_vdso_calls calls = {0};
  struct sysgate_vdso image;
  if (ehdr && sysgate_vdso_wanted(envp) &&
      sysgate_vdso_parse(&image, ehdr, sysgate_vdso_image_size(ehdr)) == 0) {
#define SG_RESOLVE(field, version, name)                                                           \
  calls.field = (__typeof__(calls.field))(uintptr_t)sysgate_vdso_sym(&image, version, name);
    SYSGATE_ARCH_VDSO_SYMBOLS(SG_RESOLVE)
#undef SG_RESOLVE
    SYSGATE_ARCH_VDSO_FIXUP(&calls);
  }
  sysgate_vdso_calls = calls;
}

#define SG_E(name) SG_EXTERN(name);
SYSGATE_ARCH_VDSO_INLINES(SG_E)
SG_E(sysgate_vdso_clock_gettime)
SG_E(sysgate_vdso_clock_getres)
SG_E(sysgate_vdso_getcpu)
SG_E(time)
#define SG_EMIT_LIBC(n, T, name, ...) SG_EXTERN(name);
SYSGATE_VDSO_TIME_CALLS(SG_EMIT_LIBC)
