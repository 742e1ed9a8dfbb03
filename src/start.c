/* Program start and end for -nostdlib programs: the C half of _start, exit(3).
 *
 * The kernel's initial stack (fs/binfmt_elf.c, create_elf_tables(); psABI
 * "Initial Process Stack"):
 *   sp -> argc | argv[0] .. argv[argc-1] | NULL | envp[0] .. | NULL | auxv pairs .. AT_NULL
 *
 * Not obvious: the constructor arrays are bounded by symbols the linker's
 * default script provides (__init_array_start and friends, PROVIDE_HIDDEN), so
 * they are declared hidden; a libc's crt would run them the same way. Each
 * function gets (argc, argv, envp), as glibc passes them.
 */
#include <stdint.h>
#include <sysgate/auxv.h>
#include <sysgate/stdlib.h>
#include <sysgate/unistd.h>
#include <sysgate/vdso.h>

typedef void (*sg_init_fn)(int, char **, char **);
typedef void (*sg_fini_fn)(void);

#define SG_HIDDEN __attribute__((visibility("hidden")))
extern const sg_init_fn __preinit_array_start[] SG_HIDDEN, __preinit_array_end[] SG_HIDDEN;
extern const sg_init_fn __init_array_start[] SG_HIDDEN, __init_array_end[] SG_HIDDEN;
extern const sg_fini_fn __fini_array_start[] SG_HIDDEN, __fini_array_end[] SG_HIDDEN;

/* Defined by src/stack_protector.c only when a protected program links it. */
extern uintptr_t __stack_chk_guard __attribute__((weak));
/* Defined by src/vdso_time.c only when the program makes a time call: the
 * others link no ELF reader (a weak reference pulls in no archive member). */
extern void sysgate_vdso_setup(const void *ehdr, char **envp) __attribute__((weak));

extern int main(int argc, char **argv, char **envp);
_Noreturn void sysgate_start_c(long *sp);

char **environ;

/* Entries between two linker symbols, counted through integers: comparing
 * pointers to distinct objects is undefined, and compilers have folded it. */
#define SG_COUNT(begin, end) (((uintptr_t)(end) - (uintptr_t)(begin)) / sizeof *(begin))

static void run_init(const sg_init_fn *begin, size_t n, int argc, char **argv, char **envp) {
  for (size_t i = 0; i < n; i++)
    begin[i](argc, argv, envp);
}

/* Called by _start (src/arch/<arch>/start.S) on a 16-byte aligned stack. */
_Noreturn void sysgate_start_c(long *sp) {
  int argc = (int)sp[0];
  char **argv = (char **)(sp + 1);
  char **envp = argv + argc + 1;
  char **end = envp;

  while (*end)
    end++;
  environ = envp;
  sysgate_auxv = (unsigned long *)(end + 1);
  SYSGATE_ARCH_ENTRY_SETUP(getauxval(AT_SYSINFO), envp); /* i386: __kernel_vsyscall */
  if (sysgate_vdso_setup)
    sysgate_vdso_setup((const void *)getauxval(AT_SYSINFO_EHDR), envp);

  if (&__stack_chk_guard) {
    const unsigned char *random = (const unsigned char *)getauxval(AT_RANDOM);
    uintptr_t guard = 0;
    for (size_t i = 1; random && i < sizeof guard; i++) /* byte 0 stays 0 */
      guard |= (uintptr_t)random[i] << (8 * i);
    __stack_chk_guard = guard;
  }
  run_init(__preinit_array_start, SG_COUNT(__preinit_array_start, __preinit_array_end), argc, argv,
           envp);
  run_init(__init_array_start, SG_COUNT(__init_array_start, __init_array_end), argc, argv, envp);
  exit(main(argc, argv, envp));
}

_Noreturn void exit(int status) {
  for (size_t i = SG_COUNT(__fini_array_start, __fini_array_end); i > 0; i--)
    __fini_array_start[i - 1]();
  _exit(status);
}
