/* mutex_bench: pthread_mutex_lock + pthread_mutex_unlock on a free normal mutex, one
 * source for sysgate and glibc (bench/mutex_bench.sh builds both static and compares).
 *
 *   mutex_bench time N    N lock/unlock pairs, then "time_ps PS" (picoseconds per pair)
 *   mutex_bench count N   N pairs and nothing else, for callgrind's instruction count
 *   mutex_bench mtime N, mcount N: the same after a thread was made and joined (glibc)
 *
 * Not obvious: glibc's lock skips the lock prefix while the process has never had a
 * second thread (__libc_single_threaded), so the m modes measure it as a threaded
 * program gets it; sysgate's lock is always atomic, and its m modes are the plain ones.
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

#ifndef BENCH_SYSGATE
static void *nothing(void *arg) {
  return arg;
}
#endif

int main(int argc, char **argv) {
  if (argc < 3)
    return 2;
  uint64_t n = number(argv[2]);
  const char *mode = argv[1];
  if (mode[0] == 'm') {
#ifndef BENCH_SYSGATE
    pthread_t t;
    if (pthread_create(&t, NULL, nothing, NULL) != 0 || pthread_join(t, NULL) != 0)
      return 1;
#endif
    mode++;
  }
  if (mode[0] == 'c') {
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
