/* malloc(3) and the rest of the allocator from 8 threads at once (the threaded library,
 * sysgate_hosted_mt): random sizes through malloc, calloc, realloc and free, every block
 * filled with a pattern of its thread and slot and checked before it is resized or freed;
 * then each thread frees the blocks another thread allocated while allocating new ones; and
 * fork from one thread while others allocate, with the threaded build's fork hooks.
 *
 * Not obvious: the threads count bad bytes instead of asserting (cmocka is not
 * thread-safe); a heap without its lock corrupts its free lists within a few thousand
 * operations and the run aborts ("free(): invalid pointer") or the counts go wrong.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "oracle.h"
#include "oracle_thread.h"
#include <sysgate.h>

#include "suite.h"

#define THREADS 8
#define SLOTS 256
#define OPS 20000

struct block {
  unsigned char *p;
  size_t size;
};

struct worker {
  struct block slots[SLOTS];
  uint64_t rng;
  long bad;      /* bytes or alignments found wrong */
  long failures; /* allocations that returned NULL */
};

static struct worker workers[THREADS];

static uint32_t rng(struct worker *w) { /* xorshift64*: a stream per thread */
  w->rng ^= w->rng >> 12;
  w->rng ^= w->rng << 25;
  w->rng ^= w->rng >> 27;
  return (uint32_t)((w->rng * 0x2545f4914f6cdd1dull) >> 32);
}

static unsigned char pattern(int thread, int slot, size_t i) {
  return (unsigned char)(thread * 31 + slot * 7 + i);
}

/* Mostly small blocks, some of a few pages, a few past the 128 KiB mmap threshold. */
static size_t random_size(struct worker *w) {
  uint32_t r = rng(w);
  if (r % 64 == 0)
    return 128 * 1024 + r % 65536;
  if (r % 8 == 0)
    return 1 + r % 20000;
  return 1 + r % 512;
}

static void fill(struct block *b, int thread, int slot, size_t from) {
  for (size_t i = from; i < b->size; i++)
    b->p[i] = pattern(thread, slot, i);
}

/* Bytes [0, upto) of the block hold its pattern; the count of those that do not. */
static long check(const struct block *b, int thread, int slot, size_t upto) {
  long bad = ((uintptr_t)b->p % 16) != 0;
  for (size_t i = 0; i < upto; i++)
    bad += b->p[i] != pattern(thread, slot, i);
  return bad;
}

static void stress(int t, void *arg) {
  (void)arg;
  struct worker *w = &workers[t];
  w->rng = 0x9e3779b97f4a7c15ull * (uint64_t)(t + 1);
  int ops = oracle_under_valgrind() ? OPS / 40 : OPS; /* helgrind: minutes otherwise */
  for (int op = 0; op < ops; op++) {
    int k = (int)(rng(w) % SLOTS);
    struct block *b = &w->slots[k];
    size_t size = random_size(w);
    if (b->p == NULL) {
      int zeroed = rng(w) % 4 == 0;
      b->p = zeroed ? calloc(1, size) : malloc(size);
      if (b->p == NULL) {
        w->failures++;
        continue;
      }
      b->size = size;
      if (zeroed)
        for (size_t i = 0; i < size; i++)
          w->bad += b->p[i] != 0;
      fill(b, t, k, 0);
    } else if (rng(w) % 2) {
      w->bad += check(b, t, k, b->size);
      unsigned char *p = realloc(b->p, size);
      if (p == NULL) {
        w->failures++;
        continue;
      }
      size_t kept = size < b->size ? size : b->size;
      b->p = p;
      w->bad += check(b, t, k, kept); /* realloc kept the old bytes */
      b->size = size;
      fill(b, t, k, kept);
    } else {
      w->bad += check(b, t, k, b->size);
      free(b->p);
      b->p = NULL;
    }
  }
}

/* Frees the blocks thread t + 1 left, checking them first, and allocates new ones. */
static void free_neighbours(int t, void *arg) {
  (void)arg;
  int from = (t + 1) % THREADS;
  struct worker *w = &workers[t], *other = &workers[from];
  for (int k = 0; k < SLOTS; k++) {
    struct block *b = &other->slots[k];
    void *volatile fresh = malloc(1 + rng(w) % 300); /* volatile: not elided */
    if (b->p) {
      w->bad += check(b, from, k, b->size);
      free(b->p);
      b->p = NULL;
    }
    free(fresh);
  }
}

static void test_malloc_threads(void **state) {
  (void)state;
  oracle_threads(THREADS, stress, NULL);
  oracle_threads(THREADS, free_neighbours, NULL);
  for (int t = 0; t < THREADS; t++) {
    assert_int_equal(workers[t].bad, 0);
    assert_int_equal(workers[t].failures, 0);
    for (int k = 0; k < SLOTS; k++)
      assert_null(workers[t].slots[k].p);
  }
}

/* fork while other threads allocate: with the threaded build's fork hooks around the fork
 * (src/libc/lock.h, what its fork wrapper calls), the child's malloc never finds the heap's
 * lock held by a thread that the child does not have. The fork is sysgate's, the system call
 * alone: glibc's own fork handlers do not run. */
void sysgate_libc_fork(int phase); /* src/libc/lock.h: 0 prepare, 1 parent, 2 child */
#define FORKS 200
static int stop, forks_ok;

static void fork_or_allocate(int t, void *arg) {
  (void)arg;
  if (t != 0) {
    while (!__atomic_load_n(&stop, __ATOMIC_RELAXED)) {
      void *volatile p = malloc((size_t)t << 17); /* volatile: the pair is not elided */
      free(p); /* mmap and munmap under the lock: a wide window */
    }
    return;
  }
  for (int i = 0; i < FORKS; i++) {
    sysgate_libc_fork(0);
    pid_t pid = fork();
    if (pid == 0) {
      sysgate_libc_fork(2);
      for (int k = 0; k < 100; k++) {
        void *volatile p = malloc(1 + (size_t)k * 16);
        free(p);
      }
      _exit(0);
    }
    sysgate_libc_fork(1);
    int status = -1;
    if (pid > 0 && waitpid(pid, &status, 0) == pid && status == 0)
      forks_ok++;
  }
  __atomic_store_n(&stop, 1, __ATOMIC_RELAXED);
}

static void test_fork_while_allocating(void **state) {
  (void)state;
  if (oracle_under_valgrind()) { /* one thread at a time: the spinning allocators starve it */
    print_message("SKIPPED: valgrind runs one thread at a time; the forking thread waits for "
                  "the heap lock for minutes behind three allocating ones\n");
    skip();
  }
  oracle_threads(4, fork_or_allocate, NULL);
  assert_int_equal(forks_ok, FORKS);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_malloc_threads),
      cmocka_unit_test(test_fork_while_allocating),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
