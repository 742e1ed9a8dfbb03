/* Program start and end for -nostdlib programs: the C half of _start, exit(3).
 *
 * The kernel's initial stack (fs/binfmt_elf.c, create_elf_tables(); psABI
 * "Initial Process Stack"):
 *   sp -> argc | argv[0] .. argv[argc-1] | NULL | envp[0] .. | NULL | auxv pairs .. AT_NULL
 *
 * Not obvious: nothing optional is tested for here, since a test of a weak undefined symbol stays
 * in every program, and so does the code it guards. The vDSO time table (src/vdso_time.c) registers
 * itself in .preinit_array; the stack-protector guard replaces an empty weak function instead,
 * because it must be set before the program's own .preinit_array entries, which come before
 * sysgate's (the linker keeps that array in link order). (the rest: docs/runtime.md)
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

extern int main(int argc, char **argv, char **envp);
/* sp in a register where the arch has a choice (SG_ARCH_REG_ARG: i386's regparm). */
SG_ARCH_REG_ARG _Noreturn void sysgate_start_c(long *sp);

char **environ;

/* Everything here runs once, so it is `cold`: optimised for size, without the
 * alignment padding of hot code, as the kernel marks its run-once __init
 * functions (__cold in include/linux/init.h). */
#define SG_ONCE __attribute__((cold))

/* Seeds __stack_chk_guard. src/stack_protector.c's definition replaces this
 * empty one in a program that links that file, which its protected code does
 * by naming __stack_chk_guard (gABI "Symbol Table": the link editor honours a
 * global definition and ignores weak ones of the same name). */
void sysgate_stack_guard_setup(void);
void sysgate_thread_main_init(void);
__attribute__((weak)) SG_ONCE void sysgate_stack_guard_setup(void) {}

/* The entries from begin to end, bounds as integers: comparing pointers to
 * distinct objects is undefined, and compilers have folded it. Inlined: two
 * short loops cost fewer bytes than one shared function's five arguments. */
__attribute__((always_inline)) static inline void run_init(uintptr_t begin, uintptr_t end, int argc,
                                                           char **argv, char **envp) {
  for (uintptr_t p = begin; p < end; p += sizeof(sg_init_fn))
    (*(const sg_init_fn *)p)(argc, argv, envp);
}

/* Called by _start (src/arch/<arch>/start.S) on a 16-byte aligned stack. The
 * system-call entry and the guard come before .preinit_array, whose entries
 * are in link order: a program's own before sysgate's. */
SG_ONCE SG_ARCH_REG_ARG _Noreturn void sysgate_start_c(long *sp) {
  int argc = (int)sp[0];
  char **argv = (char **)(sp + 1);
  char **envp = argv + sp[0] + 1; /* the word itself: no sign extension of argc */
  char **end = envp;

  while (*end)
    end++;
  environ = envp;
  sysgate_auxv = (unsigned long *)(end + 1);
  /* i386: __kernel_vsyscall; x86_64's macro evaluates nothing. */
  SYSGATE_ARCH_ENTRY_SETUP(sysgate_auxv_value(sysgate_auxv, AT_SYSINFO), envp);
  /* Threaded build: TLS and the thread block before any errno (src/thread/tls_init.c). */
#ifdef SYSGATE_THREAD_BLOCKS
  sysgate_thread_main_init();
#endif
  sysgate_stack_guard_setup();
  run_init((uintptr_t)__preinit_array_start, (uintptr_t)__preinit_array_end, argc, argv, envp);
  run_init((uintptr_t)__init_array_start, (uintptr_t)__init_array_end, argc, argv, envp);
  exit(main(argc, argv, envp));
}

/* The destructors, then _exit. exit() is this same code under a weak name, which
 * src/libc/atexit.c replaces with one that runs the atexit handlers first: a
 * program without handlers pays nothing for them. */
_Noreturn void sysgate_exit_fini(int status);
SG_ONCE _Noreturn void sysgate_exit_fini(int status) {
  for (uintptr_t p = (uintptr_t)__fini_array_end; p > (uintptr_t)__fini_array_start;) {
    p -= sizeof(sg_fini_fn); /* backwards: the last constructed is the first destroyed */
    (*(const sg_fini_fn *)p)();
  }
#ifdef SYSGATE_TINY /* --tiny: exit_group never returns (kernel/exit.c), so no exit(2) loop */
  syscall1(SYS_exit_group, status);
  __builtin_trap();
#else
  _exit(status);
#endif
}
extern __typeof__(sysgate_exit_fini) exit __attribute__((weak, cold, alias("sysgate_exit_fini")));
