/* mutex_bench: pthread_mutex_lock + pthread_mutex_unlock on a free normal mutex, one
 * source for sysgate and glibc (bench/mutex_bench.sh builds both static and compares).
 *
 *   mutex_bench time N    N lock/unlock pairs, then "time NS" (ns per pair)
 *   mutex_bench count N   N pairs and nothing else, for callgrind's instruction count
 *
 * Not obvious: the mutex is reached through a pointer the compiler cannot see through
 * (an asm barrier), so each pair is two real calls into the library, as in a program.
 */
#ifdef BENCH_SYSGATE
#include <sysgate.h>
#else
#include <pthread.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#endif
#include <stdint.h>

static int64_t now_ns(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static void put_line(const char *label, uint64_t v) {
  char buf[48], *p = buf + sizeof buf;
  *--p = '\n';
  do
    *--p = (char)('0' + v % 10);
  while ((v /= 10) != 0);
  *--p = ' ';
  size_t n = 0;
  while (label[n])
    n++;
  p -= n;
  for (size_t i = 0; i < n; i++)
    p[i] = label[i];
  write(STDOUT_FILENO, p, (size_t)(buf + sizeof buf - p));
}

static uint64_t number(const char *s) {
  uint64_t v = 0;
  while (*s >= '0' && *s <= '9')
    v = v * 10 + (uint64_t)(*s++ - '0');
  return v;
}

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;

__attribute__((noinline)) static void pairs(uint64_t n) {
  pthread_mutex_t *m = &lock;
  for (uint64_t i = 0; i < n; i++) {
    __asm__ volatile("" : "+r"(m));
    pthread_mutex_lock(m);
    pthread_mutex_unlock(m);
  }
}

int main(int argc, char **argv) {
  if (argc < 3)
    return 2;
  uint64_t n = number(argv[2]);
  if (argv[1][0] == 'c') {
    pairs(n);
    return 0;
  }
  pairs(n / 10); /* warm up */
  int64_t start = now_ns();
  pairs(n);
  int64_t ns = now_ns() - start;
  put_line("time_ps", (uint64_t)(ns * 1000 / (int64_t)n));
  return 0;
}
