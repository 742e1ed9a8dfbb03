/* malloc_bench: allocator throughput and footprint, one source for every libc
 * (bench/malloc_bench.sh builds it with sysgate, glibc static and musl static).
 *
 *   malloc_bench pairs   free + malloc of 16-64 B in a 1024-block working set: ns per pair
 *   malloc_bench batch   10^6 blocks of 16-64 B allocated, then all freed: ns per malloc+free
 *   malloc_bench mixed   16 B - 64 KiB (log-uniform, 1% 128-512 KiB), random frees in a
 *                        4096-block working set, each block's first byte written: ns per pair
 *   malloc_bench rss     10^6 blocks of 16-64 B held at once: peak RSS in KiB, and the
 *                        bytes asked for
 * Each mode prints one line "mode value"; run one mode per process, so the peak RSS is
 * that mode's alone.
 *
 * Not obvious: every block is written once (its first byte), as a program would, and
 * each run ends by freeing everything: otherwise an allocator that defers work to free(),
 * or never touches its memory, looks faster than it is.
 */
#ifdef BENCH_SYSGATE
#include <sysgate.h>
#else
#define _GNU_SOURCE
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>
#endif
#include <stddef.h>
#include <stdint.h>

#define WORK 1024
#define MIXED_WORK 4096
#define MILLION 1000000

static uint64_t rng_state = 0x9e3779b97f4a7c15ull;
static uint32_t rng(void) {
  rng_state ^= rng_state >> 12;
  rng_state ^= rng_state << 25;
  rng_state ^= rng_state >> 27;
  return (uint32_t)((rng_state * 0x2545f4914f6cdd1dull) >> 32);
}

static int64_t now_ns(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static void put(const char *s) {
  size_t n = 0;
  while (s[n])
    n++;
  write(STDOUT_FILENO, s, n);
}

static void put_num(uint64_t v) {
  char buf[24], *p = buf + sizeof buf;
  *--p = '\0';
  do
    *--p = (char)('0' + v % 10);
  while ((v /= 10) != 0);
  put(p);
}

/* v / 100 with two decimals. */
static void put_centi(uint64_t v) {
  put_num(v / 100);
  put(".");
  put_num(v / 10 % 10);
  put_num(v % 10);
}

static int same(const char *a, const char *b) {
  while (*a && *a == *b)
    a++, b++;
  return *a == *b;
}

static unsigned char *blocks[MILLION];

static size_t small_size(void) {
  return 16 + rng() % 49;
}

static size_t mixed_size(void) {
  if (rng() % 100 == 0)
    return (128u << 10) + rng() % (384u << 10);
  unsigned shift = 4 + rng() % 13; /* 16 B .. 64 KiB, log-uniform */
  return ((size_t)1 << shift) + rng() % ((size_t)1 << shift);
}

static void fail(const char *what) {
  put("malloc_bench: ");
  put(what);
  put(" returned NULL\n");
  _exit(1);
}

int main(int argc, char **argv) {
  const char *mode = argc > 1 ? argv[1] : "";
  if (same(mode, "pairs") || same(mode, "mixed")) {
    int mixed = same(mode, "mixed");
    size_t work = mixed ? MIXED_WORK : WORK;
    long rounds = mixed ? 2000000 : 20000000;
    for (size_t i = 0; i < work; i++)
      if ((blocks[i] = malloc(mixed ? mixed_size() : small_size())) == NULL)
        fail("malloc");
    int64_t t0 = now_ns();
    for (long r = 0; r < rounds; r++) {
      size_t k = rng() % work;
      free(blocks[k]);
      if ((blocks[k] = malloc(mixed ? mixed_size() : small_size())) == NULL)
        fail("malloc");
      blocks[k][0] = (unsigned char)r;
    }
    int64_t t1 = now_ns();
    for (size_t i = 0; i < work; i++)
      free(blocks[i]);
    put(mode);
    put(" ");
    put_centi((uint64_t)(t1 - t0) * 100 / (uint64_t)rounds);
    put(" ns\n");
    return 0;
  }
  if (same(mode, "batch")) {
    int64_t t0 = now_ns();
    for (int round = 0; round < 10; round++) {
      for (size_t i = 0; i < MILLION; i++) {
        if ((blocks[i] = malloc(small_size())) == NULL)
          fail("malloc");
        blocks[i][0] = 1;
      }
      for (size_t i = 0; i < MILLION; i++)
        free(blocks[i]);
    }
    int64_t t1 = now_ns();
    put("batch ");
    put_centi((uint64_t)(t1 - t0) * 100 / (10u * MILLION));
    put(" ns\n");
    return 0;
  }
  if (same(mode, "rss")) {
    size_t asked = 0;
    for (size_t i = 0; i < MILLION; i++) {
      size_t n = small_size();
      if ((blocks[i] = malloc(n)) == NULL)
        fail("malloc");
      blocks[i][0] = 1;
      asked += n;
    }
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    put("rss ");
    put_num((uint64_t)ru.ru_maxrss);
    put(" KiB for ");
    put_num(asked / 1024);
    put(" KiB asked\n");
    for (size_t i = 0; i < MILLION; i++)
      free(blocks[i]);
    return 0;
  }
  put("usage: malloc_bench pairs|batch|mixed|rss\n");
  return 2;
}
