/* The stack protector's guard and failure path, for programs built with
 * -fstack-protector* -mstack-protector-guard=global (gcc's and clang's x86
 * default reads the guard from TLS, which sysgate does not set up).
 *
 * Not obvious: only a program whose code was built with the protector links this file at all, and
 * its sysgate_stack_guard_setup then replaces the empty weak one in src/start.c, which calls it
 * before any .preinit_array entry or constructor runs. It seeds the guard from the kernel's 16
 * random bytes (AT_RANDOM) with the low byte zero, as glibc's is, so a string overflow cannot copy
 * it.
 */
#include <stdint.h>
#include <sysgate/auxv.h>
#include <sysgate/unistd.h>

#define SG_SIGABRT 6 /* include/uapi/asm-generic/signal.h */

uintptr_t __stack_chk_guard;

void sysgate_stack_guard_setup(void);

/* A protected function whose frame is live while the guard changes would fail
 * its check; this one's caller, sysgate_start_c, never returns. */
__attribute__((cold, no_stack_protector)) void sysgate_stack_guard_setup(void) {
  const unsigned char *random = (const unsigned char *)getauxval(AT_RANDOM);
  uintptr_t guard = 0;
  for (size_t i = 1; random && i < sizeof guard; i++) /* byte 0 stays 0 */
    guard |= (uintptr_t)random[i] << (8 * i);
  __stack_chk_guard = guard;
}

_Noreturn void __stack_chk_fail(void);

_Noreturn void __stack_chk_fail(void) {
  static const char msg[] = "*** stack smashing detected ***: terminated\n";
  (void)sys_write(STDERR_FILENO, msg, sizeof msg - 1);
  /* SIGABRT, as glibc ends such a program: tgkill(getpid(), gettid(), SIGABRT). */
  long pid = syscall0(SYS_getpid);
  syscall3(SYS_tgkill, pid, syscall0(SYS_gettid), SG_SIGABRT);
  _exit(127);
}

/* gcc's i386 position-independent code calls this hidden alias instead, so
 * the failure path needs no GOT (glibc keeps it in libc_nonshared.a). */
__attribute__((visibility("hidden"), noreturn)) void __stack_chk_fail_local(void);
void __stack_chk_fail_local(void) {
  __stack_chk_fail();
}
