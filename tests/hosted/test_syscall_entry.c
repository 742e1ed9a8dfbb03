/* The i386 system-call entry (arch/i386/syscall.h): startup's choice of
 * __kernel_vsyscall or `int $0x80`, and proof that each one runs when forced.
 * Under ptrace, the instruction pointer at a system call's entry tells where
 * the kernel was entered from: inside the vDSO for the vsyscall, right after
 * the stub's `int $0x80` otherwise. The stubs must deliver the same
 * registers and results through both. (The whole hosted set also runs twice
 * on i386, the second time with SYSGATE_NO_VDSO=1: tests/hosted/CMakeLists.txt.)
 *
 * Not obvious: the traced child is a fork of this process, so it inherits the
 * entry set just before; the parent restores the startup choice afterwards.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "oracle.h"
#include "oracle_vdso.h"
#include <sysgate.h>

#include "suite.h"

#ifdef SYSGATE_HAVE_VSYSCALL
static void *startup_entry;

static int save_entry(void **state) {
  (void)state;
  startup_entry = sysgate_i386_entry;
  return 0;
}

static int restore_entry(void **state) {
  (void)state;
  sysgate_i386_entry = startup_entry;
  return 0;
}

/* The two entries, [0] the vsyscall; skips when the kernel gave none. */
static void entries(void *e[2]) {
  e[0] = (void *)oracle_getauxval(AT_SYSINFO);
  e[1] = (void *)(uintptr_t)sysgate_i386_int80;
  if (!e[0])
    SKIP_BECAUSE("no AT_SYSINFO in this process");
}

/* The three shapes of stub: no argument; every register but ebp, with the
 * entry in an "m" operand; six, with the entry in the block (test_syscall.c checks
 * every stub's registers, and runs through both entries too). */
static void call_0(void *arg) {
  (void)arg;
  syscall0(SYS_getppid);
}
static void call_5(void *arg) {
  (void)arg;
  syscall5(SYS_getppid, 0x501, 0x502, 0x503, 0x504, 0x505);
}
static void call_6(void *arg) {
  (void)arg;
  syscall6(SYS_getppid, 0x601, 0x602, 0x603, 0x604, 0x605, 0x606);
}

#define NEED_VSYSCALL()
#else
#define save_entry NULL
#define restore_entry NULL
#define NEED_VSYSCALL()                                                                            \
  SKIP_BECAUSE("no __kernel_vsyscall entry: x86_64 enters with `syscall` (or built with "          \
               "SYSGATE_NO_VDSO)")
#endif

static void test_startup_choice(void **state) {
  (void)state;
  NEED_VSYSCALL();
#ifdef SYSGATE_HAVE_VSYSCALL
  void *e[2];
  entries(e);
  /* hosted_start.c ran the startup's code on glibc's auxv and environment. */
  int wanted = sysgate_vdso_wanted(oracle_environ());
  print_message("entry: %s\n", wanted ? "__kernel_vsyscall" : "int $0x80 (SYSGATE_NO_VDSO)");
  assert_ptr_equal(startup_entry, wanted ? e[0] : e[1]);
  /* AT_SYSINFO is the vDSO's __kernel_vsyscall, version LINUX_2.5. */
  const void *ehdr = (const void *)oracle_getauxval(AT_SYSINFO_EHDR);
  struct sysgate_vdso v;
  assert_int_equal(sysgate_vdso_parse(&v, ehdr, sysgate_vdso_image_size(ehdr)), 0);
  assert_ptr_equal(sysgate_vdso_sym(&v, "LINUX_2.5", "__kernel_vsyscall"), e[0]);
  assert_null(sysgate_vdso_sym(&v, "LINUX_2.6", "__kernel_vsyscall"));
  /* The switch leaves the entry alone, no AT_SYSINFO too. */
  char *off[] = {"SYSGATE_NO_VDSO=1", NULL};
  sysgate_i386_entry = e[1];
  sysgate_i386_entry_setup((unsigned long)e[0], off);
  assert_ptr_equal(sysgate_i386_entry, e[1]);
  sysgate_i386_entry_setup(0, NULL);
  assert_ptr_equal(sysgate_i386_entry, e[1]);
  sysgate_i386_entry_setup((unsigned long)e[0], NULL);
  assert_ptr_equal(sysgate_i386_entry, e[0]);
#endif
}

static void test_each_entry_runs(void **state) {
  (void)state;
  NEED_VSYSCALL();
#ifdef SYSGATE_HAVE_VSYSCALL
  void *e[2];
  entries(e);
  unsigned long start, end;
  assert_int_equal(oracle_vdso_range(&start, &end), 0);
  static void (*const calls[])(void *) = {call_0, call_5, call_6};
  static const int nargs[] = {0, 5, 6};
  for (int which = 0; which < 2; which++) {
    sysgate_i386_entry = e[which];
    for (int c = 0; c < 3; c++) {
      struct oracle_syscall seen = suite_trace(calls[c], NULL, SYS_getppid);
      for (int i = 0; i < nargs[c]; i++)
        assert_int_equal(seen.args[i], 0x100 * nargs[c] + i + 1);
      assert_int_equal(seen.ret, oracle_getpid());
      if (which == 0) /* in the vDSO: sysenter or syscall there, as the kernel chose */
        assert_true(seen.ip >= start && seen.ip < end);
      else /* just past the stub's two-byte `int $0x80` */
        assert_int_equal(seen.ip, (uintptr_t)sysgate_i386_int80 + 2);
    }
  }
#endif
}

/* The same calls through both entries: the same answers. */
static void test_same_results(void **state) {
  (void)state;
  NEED_VSYSCALL();
#ifdef SYSGATE_HAVE_VSYSCALL
  void *e[2];
  entries(e);
  long r[2][8];
  for (int which = 0; which < 2; which++) {
    sysgate_i386_entry = e[which];
    long *out = r[which];
    int fds[2];
    char buf[8] = {0};
    out[0] = syscall0(SYS_getpid);
    out[1] = syscall0(SYS_getppid);
    out[2] = syscall1(SYS_close, -1);
    out[3] = syscall2(SYS_pipe2, (long)fds, 0);
    out[4] = write(fds[1], "ab", 2) + 10 * read(fds[0], buf, sizeof buf) + 100 * buf[1];
    out[5] = close(fds[0]) + close(fds[1]) + close(fds[1]);
    out[6] = syscall6(SYS_splice, -1, 0, -1, 0, 1, 0); /* six arguments, fails at the first */
    long map = syscall6(SYS_mmap2, 0, 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    out[7] = sysgate_is_error(map) ? map : syscall2(SYS_munmap, map, 4096);
  }
  for (int i = 0; i < 8; i++) {
    if (r[0][i] != r[1][i])
      print_message("call %d: vsyscall %ld, int $0x80 %ld\n", i, r[0][i], r[1][i]);
    assert_int_equal(r[0][i], r[1][i]);
  }
  assert_int_equal(r[0][0], oracle_getpid());
  assert_int_equal(r[0][2], -EBADF);
  assert_int_equal(r[0][4], 2 + 20 + 100 * 'b');
  assert_int_equal(r[0][5], -1);
  assert_int_equal(r[0][6], -EBADF);
  assert_int_equal(r[0][7], 0);
#endif
}

/* How __kernel_vsyscall enters the kernel: the kernel patches `sysenter` (Intel) or `syscall`
 * (AMD) in front of its `int $0x80` (arch/x86/entry/vdso/vdso32/system_call.S). tools/vm boots
 * one guest CPU of each vendor and says which it expects in SYSGATE_EXPECT_VSYSCALL. */
static void test_kernel_entry_instruction(void **state) {
  (void)state;
  NEED_VSYSCALL();
#ifdef SYSGATE_HAVE_VSYSCALL
  void *e[2];
  entries(e);
  const unsigned char *code = e[0];
  const char *flavour = NULL;
  for (int i = 0; i < 32 && !flavour; i++) {
    if (code[i] == 0x0f && (code[i + 1] == 0x34 || code[i + 1] == 0x05))
      flavour = code[i + 1] == 0x34 ? "sysenter" : "syscall";
    else if (code[i] == 0xcd && code[i + 1] == 0x80)
      flavour = "int80";
  }
  assert_non_null(flavour);
  print_message("__kernel_vsyscall enters with %s\n", flavour);
  const char *expected = oracle_getenv("SYSGATE_EXPECT_VSYSCALL");
  if (expected)
    assert_string_equal(flavour, expected);
#endif
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test_teardown(test_startup_choice, restore_entry),
      cmocka_unit_test_teardown(test_each_entry_runs, restore_entry),
      cmocka_unit_test_teardown(test_same_results, restore_entry),
      cmocka_unit_test(test_kernel_entry_instruction),
  };
  return cmocka_run_group_tests(tests, save_entry, NULL);
}
