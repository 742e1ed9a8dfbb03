/* getrandom(2) through the vDSO (sysgate/vdso_getrandom.h): the entry's lookup and query at
 * startup, and a pool of opaque states, one per thread, carved from MAP_DROPPABLE pages.
 *
 * Not obvious: the pool lock is only ever tried, never waited for, on the way to a state: a
 * signal handler that interrupts its own thread's allocation gets no state and the caller
 * makes the system call, instead of deadlocking (re-entry of a state that exists already is
 * the vDSO's own concern: its in_use flag, lib/vdso/getrandom.c).
 */
#include <sysgate/auxv.h>
#include <sysgate/misc.h>
#include <sysgate/mman.h>
#include <sysgate/sched.h>
#include <sysgate/vdso_getrandom.h>

#include "../libc/getrandom_thread.h"

typedef long vgetrandom_fn(void *buf, size_t len, unsigned int flags, void *state,
                           size_t state_len);

static vgetrandom_fn *entry;
static struct sysgate_vgetrandom_params params;

/* The calling thread's state: one per thread in the threaded build, else one. */
#ifdef SYSGATE_THREADS
static __thread void *mine __attribute__((tls_model("initial-exec"))); /* static programs only */
#else
static void *mine;
#endif

static struct {
  int lock;
  uintptr_t next, end; /* the unused rest of the newest block */
  void **free;         /* states given back, nfree of them, room for cap */
  uintptr_t nfree, cap, carved;
} pool;

static uintptr_t page_size(void) {
  unsigned long p = getauxval(AT_PAGESZ);
  return p ? p : 4096;
}

uintptr_t sysgate_vgetrandom_place(uintptr_t at, uintptr_t size, uintptr_t page) {
  at = (at + 15) & ~(uintptr_t)15;
  if (at % page + size > page)
    at = (at / page + 1) * page;
  return at;
}

void sysgate_vdso_getrandom_setup(const void *ehdr, char **envp) {
  vgetrandom_fn *fn = NULL;
#ifdef SYSGATE_ARCH_VDSO_GETRANDOM
  struct sysgate_vdso image;
  if (ehdr && sysgate_vdso_wanted(envp) &&
      sysgate_vdso_parse(&image, ehdr, sysgate_vdso_image_size(ehdr)) == 0)
    fn = (vgetrandom_fn *)(uintptr_t)sysgate_vdso_sym(&image, SYSGATE_ARCH_VDSO_GETRANDOM);
#else
  (void)ehdr, (void)envp;
#endif
  struct sysgate_vgetrandom_params p = {0};
  entry = NULL;
  if (fn && fn(NULL, 0, 0, &p, ~(size_t)0) == 0 && p.size_of_opaque_state > 0 &&
      p.size_of_opaque_state <= page_size()) {
    params = p;
    entry = fn;
  }
}

const struct sysgate_vgetrandom_params *sysgate_vdso_getrandom_params(void) {
  return entry ? &params : NULL;
}

long sysgate_vdso_getrandom_with(void *buf, size_t len, unsigned int flags, void *state,
                                 size_t state_len) {
  return entry ? entry(buf, len, flags, state, state_len) : -ENOSYS;
}

void *sysgate_vdso_getrandom_state(void) {
  return mine;
}

static int pool_trylock(void) {
  return __atomic_exchange_n(&pool.lock, 1, __ATOMIC_ACQUIRE) == 0;
}

static void pool_unlock(void) {
  __atomic_store_n(&pool.lock, 0, __ATOMIC_RELEASE);
}

/* A state, or NULL when the pool is busy or no page can be had. */
static void *state_take(void) {
  if (!pool_trylock())
    return NULL;
  void *s = NULL;
  uintptr_t size = params.size_of_opaque_state, page = page_size();
  if (pool.nfree > 0) {
    s = pool.free[--pool.nfree];
  } else {
    uintptr_t at = pool.next ? sysgate_vgetrandom_place(pool.next, size, page) : 0;
    if (!at || at + size > pool.end) {
      long m = sys_mmap(NULL, page, (int)params.mmap_prot, (int)params.mmap_flags, -1, 0);
      at = sysgate_is_error(m) ? 0 : (uintptr_t)m;
      pool.next = at;
      pool.end = at + page;
    }
    if (at) {
      s = (void *)at;
      pool.next = at + size;
      pool.carved++;
    }
  }
  pool_unlock();
  return s;
}

/* Gives a state back; without room for it (no memory) it is left unused. */
static void state_give(void *s) {
  while (!pool_trylock())
    sys_sched_yield();
  if (pool.cap < pool.carved) {
    uintptr_t cap = pool.carved + page_size() / sizeof(void *);
    long m = sys_mmap(NULL, cap * sizeof(void *), PROT_READ | PROT_WRITE,
                      MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (!sysgate_is_error(m)) {
      void **to = (void **)m;
      for (uintptr_t i = 0; i < pool.nfree; i++)
        to[i] = pool.free[i];
      if (pool.free)
        sys_munmap(pool.free, pool.cap * sizeof(void *));
      pool.free = to;
      pool.cap = cap;
    }
  }
  if (pool.nfree < pool.cap)
    pool.free[pool.nfree++] = s;
  pool_unlock();
}

long sysgate_vdso_getrandom_call(void *buf, size_t len, unsigned int flags) {
  vgetrandom_fn *fn = entry;
  /* Where the vDSO's answer is not the kernel's: it accepts GRND_RANDOM with GRND_INSECURE
   * (drivers/char/random.c refuses the pair), and a buffer in the first page faults there. */
  if (!fn || (flags & (GRND_RANDOM | GRND_INSECURE)) == (GRND_RANDOM | GRND_INSECURE) ||
      (len > 0 && (uintptr_t)buf < 4096))
    return -ENOSYS;
  void *s = mine;
  if (!s) {
    s = state_take();
    if (!s)
      return -ENOSYS;
    /* A signal handler may have given this thread a state meanwhile: keep that one. */
    void *none = NULL;
    if (!__atomic_compare_exchange_n(&mine, &none, s, 0, __ATOMIC_RELAXED, __ATOMIC_RELAXED)) {
      state_give(s);
      s = none;
    }
  }
  return fn(buf, len, flags, s, params.size_of_opaque_state);
}

void sg_getrandom_thread_exit(void) {
  void *s = __atomic_exchange_n(&mine, NULL, __ATOMIC_RELAXED);
  if (s)
    state_give(s);
}

/* Not in the hosted test library: see src/wrappers/vdso_time.c. */
#if defined(SYSGATE_ARCH_VDSO_GETRANDOM) && !defined(SYSGATE_PREFIX_NAMES)
__attribute__((cold)) static void getrandom_start(int argc, char **argv, char **envp) {
  (void)argc, (void)argv;
  sysgate_vdso_getrandom_setup((const void *)getauxval(AT_SYSINFO_EHDR), envp);
}
typedef void sg_preinit_fn(int, char **, char **);
__attribute__((section(".preinit_array"), used)) static sg_preinit_fn *getrandom_start_entry =
    getrandom_start;
#endif

SG_EXTERN(sysgate_vdso_getrandom);
SG_EXTERN(sysgate_getrandom_raw);
