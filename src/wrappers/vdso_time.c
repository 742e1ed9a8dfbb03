/* clock_gettime(2), clock_getres(2), gettimeofday(2), time(2), getcpu(2):
 * the external definitions of sysgate/vdso_time.h, the table of vDSO
 * functions, and its setup at startup.
 *
 * Not obvious: this file is what links the ELF reader into a program. The inline wrappers read
 * sysgate_vdso_calls, defined here, so a program that makes a time call pulls in this archive
 * member, and with it the .preinit_array entry below that fills the table (src/start.c runs the
 * array before any .init_array constructor). A program's own .preinit_array entries run before it
 * (link order): a time call there takes the system call.
 */
#include <sysgate/auxv.h>
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

/* Threads (SYSGATE_THREADS): the table is written once, here, before every .init_array
 * constructor and main (src/start.c's order), so before any thread can exist; afterwards it is
 * only read, so it needs no lock. */
/* Not in the hosted test library (SYSGATE_PREFIX_NAMES): glibc runs that
 * program's .preinit_array, and it has no sysgate auxv; tests/hosted/
 * hosted_start.c calls sysgate_vdso_setup itself. */
#ifndef SYSGATE_PREFIX_NAMES
__attribute__((cold)) static void vdso_start(int argc, char **argv, char **envp) {
  (void)argc, (void)argv;
  sysgate_vdso_setup((const void *)getauxval(AT_SYSINFO_EHDR), envp);
}
typedef void sg_preinit_fn(int, char **, char **);
__attribute__((section(".preinit_array"), used)) static sg_preinit_fn *vdso_start_entry =
    vdso_start;
#endif

#define SG_E(name) SG_EXTERN(name);
SYSGATE_ARCH_VDSO_TIME_INLINES(SG_E)
SG_E(sysgate_vdso_clock_gettime)
SG_E(sysgate_vdso_clock_getres)
SG_E(sysgate_vdso_getcpu)
