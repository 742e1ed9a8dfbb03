/* The getrandom benchmark's program (bench/getrandom_bench.sh): `getrandom_bench MODE BYTES
 * CALLS` makes CALLS requests of BYTES bytes and prints the nanoseconds per call. MODE libc is
 * getrandom() (sysgate's: the vDSO up to its crossover; glibc 2.36's: the system call), sys the
 * system call itself, vdso (sysgate only) the vDSO at any size, to find the crossover.
 *
 * Not obvious: the same source builds for both libraries and prints with write() alone.
 */
#ifdef BENCH_SYSGATE
#include <sysgate.h>
#define SYS_CALL(buf, n) sys_getrandom(buf, n, 0)
#define VDSO_CALL(buf, n) sysgate_vdso_getrandom_call(buf, n, 0)
#else
#include <sys/random.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>
#define SYS_CALL(buf, n) syscall(SYS_getrandom, buf, n, 0)
#define VDSO_CALL(buf, n) (-1)
#endif

static unsigned long number(const char *s) {
  unsigned long n = 0;
  while (*s >= '0' && *s <= '9')
    n = n * 10 + (unsigned long)(*s++ - '0');
  return n;
}

static void put_number(unsigned long v, const char *end) {
  char buf[32];
  char *p = buf + sizeof buf;
  do
    *--p = (char)('0' + v % 10);
  while ((v /= 10) != 0);
  (void)!write(1, p, (size_t)(buf + sizeof buf - p));
  unsigned n = 0;
  while (end[n])
    n++;
  (void)!write(1, end, n);
}

static unsigned char buf[1 << 20];

int main(int argc, char **argv) {
  if (argc < 4)
    return 2;
  char mode = argv[1][0];
  unsigned long bytes = number(argv[2]), calls = number(argv[3]), bad = 0;
  if (bytes > sizeof buf)
    return 2;
  struct timespec a, b;
  clock_gettime(CLOCK_MONOTONIC, &a);
  for (unsigned long i = 0; i < calls; i++) {
    long r = mode == 's'   ? (long)SYS_CALL(buf, bytes)
             : mode == 'v' ? (long)VDSO_CALL(buf, bytes)
                           : (long)getrandom(buf, bytes, 0);
    bad += r != (long)bytes;
  }
  clock_gettime(CLOCK_MONOTONIC, &b);
  if (bad)
    return 1;
  unsigned long ns = (unsigned long)((b.tv_sec - a.tv_sec) * 1000000000L + (b.tv_nsec - a.tv_nsec));
  put_number(calls ? ns * 10 / calls : 0, "\n");
  return 0;
}
