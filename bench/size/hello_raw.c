/* Size benchmark: the floor. Hello world with a _start of its own and the system
 * calls as inline asm: no library, no startup, no errno (bench/size.py).
 */
#include <asm/unistd.h>

static const char msg[] = "Hello, world!\n";

#if defined(__x86_64__)
__attribute__((noreturn)) void _start(void) {
  long r;
  __asm__ volatile("syscall"
                   : "=a"(r)
                   : "a"(__NR_write), "D"(1), "S"(msg), "d"(sizeof msg - 1)
                   : "rcx", "r11", "memory");
  __asm__ volatile("syscall" : : "a"(__NR_exit_group), "D"(r != sizeof msg - 1));
  __builtin_unreachable();
}
#else
__attribute__((noreturn)) void _start(void) {
  long r;
  __asm__ volatile("int $0x80"
                   : "=a"(r)
                   : "a"(__NR_write), "b"(1), "c"(msg), "d"(sizeof msg - 1)
                   : "memory");
  __asm__ volatile("int $0x80" : : "a"(__NR_exit_group), "b"(r != sizeof msg - 1));
  __builtin_unreachable();
}
#endif
