/* pthread_bench: thread create + join, one source for sysgate (-pthread build) and glibc
 * (static), built by bench/pthread_bench.sh.
 *
 *   pthread_bench [N]   N create+join pairs of a thread that returns at once (default
 *                       2000, after 20 to warm the stack caches): prints "create_join NS"
 *
 * Not obvious: both libraries keep stacks of joined threads for reuse, so this measures the
 * clone, the wake of the joiner and the TLS copy, not mmap and munmap.
 */
#ifdef BENCH_SYSGATE
#include <sysgate.h>
#include <sysgate/pthread.h>
#else
#include <pthread.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>
#endif

static void *nothing(void *arg) {
  return arg;
}

static long long now_ns(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (long long)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static void put_line(const char *label, long long v) {
  char buf[64];
  int n = 0;
  while (label[n]) {
    buf[n] = label[n];
    n++;
  }
  buf[n++] = ' ';
  char digits[24];
  int d = 0;
  do
    digits[d++] = (char)('0' + v % 10);
  while ((v /= 10) > 0);
  while (d > 0)
    buf[n++] = digits[--d];
  buf[n++] = '\n';
  write(1, buf, (size_t)n);
}

int main(int argc, char **argv) {
  long n = 2000;
  if (argc > 1)
    n = atol(argv[1]);
  pthread_t t;
  for (int i = 0; i < 20; i++)
    if (pthread_create(&t, NULL, nothing, NULL) != 0 || pthread_join(t, NULL) != 0)
      return 1;
  long long start = now_ns();
  for (long i = 0; i < n; i++)
    if (pthread_create(&t, NULL, nothing, NULL) != 0 || pthread_join(t, NULL) != 0)
      return 1;
  put_line("create_join", (now_ns() - start) / n);
  return 0;
}
