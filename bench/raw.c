/* The baseline of bench/: the loops of ops.c with nothing but inline asm, the
 * system call instruction at the call site and a _start of its own, no
 * library at all. x86_64: `syscall`; i386: `int $0x80` (never the vDSO).
 *
 * Not obvious: i386's clock_gettime here is clock_gettime64 (403) and its
 * gettimeofday the 32-bit call (78), the calls a 64-bit time_t libc would make
 * and the only gettimeofday there is.
 */
#include <asm/unistd.h>

#define KEEP(x) __asm__ volatile("" : : "r"(x) : "memory")

#if defined(__x86_64__)
#define TRAP "syscall"
#define CLOBBERS "rcx", "r11", "memory"
#define NR_CLOCK __NR_clock_gettime
__asm__(".text\n.globl _start\n_start:\n\txor %ebp, %ebp\n\tmov %rsp, %rdi\n\t"
        "and $-16, %rsp\n\tcall start_c\n\thlt\n");
static inline long sc3(long n, long a, long b, long c) {
  long r;
  __asm__ volatile(TRAP : "=a"(r) : "a"(n), "D"(a), "S"(b), "d"(c) : CLOBBERS);
  return r;
}
#else
#define TRAP "int $0x80"
#define CLOBBERS "memory"
#define NR_CLOCK __NR_clock_gettime64
__asm__(".text\n.globl _start\n_start:\n\txor %ebp, %ebp\n\tmov %esp, %eax\n\t"
        "and $-16, %esp\n\tsub $12, %esp\n\tpush %eax\n\tcall start_c\n\thlt\n");
static inline long sc3(long n, long a, long b, long c) {
  long r;
  __asm__ volatile(TRAP : "=a"(r) : "a"(n), "b"(a), "c"(b), "d"(c) : CLOBBERS);
  return r;
}
#endif

static inline long sc0(long n) {
  long r;
  __asm__ volatile(TRAP : "=a"(r) : "a"(n) : CLOBBERS);
  return r;
}

static long number(const char *s) {
  long n = 0;
  while (*s >= '0' && *s <= '9')
    n = n * 10 + (*s++ - '0');
  return n;
}

void start_c(long *sp) __attribute__((noreturn, used));
void start_c(long *sp) {
  char **argv = (char **)(sp + 1);
  long n = sp[0] == 3 ? number(argv[2]) : 0;
  long long ts[2];
  long tv[2];
  long fd;
  switch (sp[0] != 3 ? 0 : argv[1][0] == 't' ? 't' : argv[1][1]) {
  case 'o':
    for (long i = 0; i < n; i++)
      KEEP(i);
    break;
  case 'e':
    for (long i = 0; i < n; i++)
      KEEP(sc0(__NR_getppid));
    break;
  case 'r':
    fd = sc3(__NR_open, (long)"/dev/null", 1 /* O_WRONLY */, 0);
    for (long i = 0; i < n; i++)
      KEEP(sc3(__NR_write, fd, (long)"x", 1));
    break;
  case 'l':
    for (long i = 0; i < n; i++)
      KEEP(sc3(NR_CLOCK, 1 /* CLOCK_MONOTONIC */, (long)ts, 0));
    break;
  case 't':
    for (long i = 0; i < n; i++)
      KEEP(sc3(__NR_gettimeofday, (long)tv, 0, 0));
    break;
  }
  for (;;)
    sc3(__NR_exit_group, 0, 0, 0);
}
