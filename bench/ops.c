/* The benchmark loops for sysgate and the libcs (bench/bench.py builds this
 * file once per library): `ops OP N` makes N calls of OP, where OP is
 *   none        the loop alone (its cost is subtracted from the others)
 *   getppid     getppid()
 *   write       write(fd, "x", 1) to /dev/null
 *   clock       clock_gettime(CLOCK_MONOTONIC, &ts)
 *   tod         gettimeofday(&tv, NULL)
 *
 * Not obvious: each result goes into an empty asm statement that claims to
 * read it and to touch memory, so the compiler can neither drop a call, hoist
 * it out of the loop, nor merge two; the loop is otherwise the same for all.
 */
#ifdef BENCH_SYSGATE
#include <sysgate.h>
#else
#define _GNU_SOURCE
#include <fcntl.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>
#endif

#define KEEP(x) __asm__ volatile("" : : "r"(x) : "memory")

static long number(const char *s) {
  long n = 0;
  while (*s >= '0' && *s <= '9')
    n = n * 10 + (*s++ - '0');
  return n;
}

/* One function per loop, so that the compiler treats each as the hot code it
 * is (main counts as run once, and gcc inlines less into it). */
#define LOOP(name, setup, call)                                                                    \
  static __attribute__((noinline)) void name(long n) {                                             \
    setup;                                                                                         \
    for (long i = 0; i < n; i++)                                                                   \
      KEEP(call);                                                                                  \
  }
LOOP(loop_none, , i)
LOOP(loop_getppid, , getppid())
LOOP(loop_write, int fd = open("/dev/null", O_WRONLY), write(fd, "x", 1))
LOOP(loop_clock, struct timespec ts, clock_gettime(CLOCK_MONOTONIC, &ts))
LOOP(loop_tod, struct timeval tv, gettimeofday(&tv, NULL))

int main(int argc, char **argv) {
  if (argc != 3)
    return 2;
  long n = number(argv[2]);
  switch (argv[1][0] == 't' ? 't' : argv[1][1]) { /* n-o-ne, g-e-tppid, w-r-ite, c-l-ock, t-od */
  case 'o':
    loop_none(n);
    break;
  case 'e':
    loop_getppid(n);
    break;
  case 'r':
    loop_write(n);
    break;
  case 'l':
    loop_clock(n);
    break;
  case 't':
    loop_tod(n);
    break;
  default:
    return 2;
  }
  return 0;
}
