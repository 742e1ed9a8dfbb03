/* malloc_mt_bench: allocator throughput from several threads at once, sysgate's locked
 * malloc (the threaded library, SYSGATE_THREADS) against glibc's per-thread arenas, in one
 * glibc program (bench/malloc_mt_bench.sh builds it).
 *
 *   malloc_mt_bench sysgate|glibc THREADS   every thread: 10^6 free + malloc pairs of
 *       16-64 B over a working set of 1024 blocks of its own, each block's first byte written;
 *       prints "<libc> <threads> <ns per pair, all threads together> <Mpairs/s>"
 *
 * Not obvious: sysgate's allocator is the library's prefixed build (SYSGATE_PREFIX_NAMES:
 * sysgate_malloc, sysgate_free), so both allocators live in this one binary, and the
 * threads, the clock and everything else are glibc's for both.
 */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

void *sysgate_malloc(size_t size);
void sysgate_free(void *ptr);

#define WORK 1024
#define PAIRS 1000000

static void *(*alloc)(size_t);
static void (*release)(void *);
static pthread_barrier_t start;

static void *worker(void *arg) {
  uint64_t s = 0x9e3779b97f4a7c15ull * ((uintptr_t)arg + 1);
  void *blocks[WORK];
  for (int i = 0; i < WORK; i++) {
    blocks[i] = alloc(16 + i % 49);
    *(volatile char *)blocks[i] = 1;
  }
  pthread_barrier_wait(&start);
  for (int i = 0; i < PAIRS; i++) {
    s ^= s >> 12, s ^= s << 25, s ^= s >> 27;
    uint32_t r = (uint32_t)((s * 0x2545f4914f6cdd1dull) >> 32);
    unsigned k = r % WORK;
    release(blocks[k]);
    blocks[k] = alloc(16 + (r >> 16) % 49);
    *(volatile char *)blocks[k] = 1;
  }
  for (int i = 0; i < WORK; i++)
    release(blocks[i]);
  return NULL;
}

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * 1e9 + ts.tv_nsec;
}

int main(int argc, char **argv) {
  if (argc != 3 || (strcmp(argv[1], "sysgate") && strcmp(argv[1], "glibc"))) {
    fprintf(stderr, "usage: %s sysgate|glibc THREADS\n", argv[0]);
    return 2;
  }
  int sg = strcmp(argv[1], "sysgate") == 0, n = atoi(argv[2]);
  alloc = sg ? sysgate_malloc : malloc;
  release = sg ? sysgate_free : free;
  pthread_t ids[64];
  if (n < 1 || n > 64)
    return 2;
  pthread_barrier_init(&start, NULL, (unsigned)n + 1);
  for (int i = 0; i < n; i++)
    pthread_create(&ids[i], NULL, worker, (void *)(uintptr_t)i);
  pthread_barrier_wait(&start);
  double t0 = now();
  for (int i = 0; i < n; i++)
    pthread_join(ids[i], NULL);
  double ns = (now() - t0) / ((double)n * PAIRS);
  printf("%s %d %.1f %.2f\n", argv[1], n, ns, 1e3 / ns);
  return 0;
}
