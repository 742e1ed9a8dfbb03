/* malloc(3), free(3), calloc(3), realloc(3), reallocarray(3), aligned_alloc(3),
 * posix_memalign(3), memalign(3), valloc(3), pvalloc(3), malloc_usable_size(3).
 *
 * Not obvious: free() finds a block's owner without reading the memory next to the pointer, where
 * glibc reads the chunk's size word (its malloc.c, mem2chunk) and may fault on a pointer it never
 * returned. (the rest: docs/libc.md)
 */
#include <stddef.h>
#include <stdint.h>
#include <sysgate/errno.h>
#include <sysgate/malloc.h>
#include <sysgate/mman.h>
#include <sysgate/signal.h>
#include <sysgate/string.h>
#include <sysgate/unistd.h>

#include "lock.h"

/* The design. A request below LARGE_MIN (128 KiB, glibc's default M_MMAP_THRESHOLD,
 * mallopt(3)) takes a slot of one of 48 size classes (16 to 128 bytes in steps of 16,
 * then four classes per power of two up to 128 KiB). A class's slots are carved from
 * spans: mmap'd regions of 64 KiB, or up to 1 MiB for classes that would otherwise
 * get fewer than 8 slots, each aligned to its own size and headed by its bookkeeping
 * (slot size, a free list, an "allocated" bit per slot). Slots are handed out from the
 * free list first, then from the never-used tail, so pages are touched only as they
 * are needed. A span whose last block is freed is unmapped, except one per class kept
 * for the next allocation. A request from 128 KiB has its own mapping, unmapped by
 * free() and resized by realloc() with mremap(2). All state is one struct heap and the
 * entry points call into it between HEAP_LOCK and HEAP_UNLOCK. */

#define ALIGN 16u                                /* every block's alignment, both arches */
#define PAGE ((size_t)4096)                      /* x86's only base page size */
#define GRANULE_SHIFT 16                         /* 64 KiB: the owner table's unit */
#define GRANULE ((size_t)1 << GRANULE_SHIFT)     /* also the smallest span */
#define SPAN_MAX ((size_t)1 << 20)               /* the largest span */
#define SPAN_MIN_SLOTS 8                         /* a span grows until it holds this many */
#define LARGE_MIN ((size_t)128 << 10)            /* from here, a mapping of its own */
#define NCLASSES 48                              /* 8 below 128 bytes + 4 per doubling */
#define MAX_REQUEST ((size_t)PTRDIFF_MAX - PAGE) /* beyond: ENOMEM, as glibc past PTRDIFF_MAX */
#define ALIGNED_TAG ((uintptr_t)0x5a1fa11ed0c0ffeeull) /* marks an aligned block's offset */

/* One lock for the one heap (lock.h: nothing in the single-threaded build); every entry point
 * brackets its work on a heap with these. Why not per-thread caches: docs/libc.md. */
SG_LOCK_DEFINE(static, heap_lock);
#define HEAP_LOCK(h) ((void)(h), sg_lock_take(&heap_lock))
#define HEAP_UNLOCK(h) ((void)(h), sg_lock_drop(&heap_lock))
#ifdef SYSGATE_THREADS
void sysgate_malloc_fork(int phase) {
  sg_lock_fork(&heap_lock, phase);
}
#endif

enum { KIND_SPAN = 0x4e415053, KIND_LARGE = 0x4752414c }; /* "SPAN", "LARG" */

/* A span's header, at its first byte; the slots follow it. */
struct span {
  uint32_t kind;            /* KIND_SPAN */
  uint32_t cls;             /* size class */
  uint32_t size;            /* slot size */
  uint32_t inv;             /* ceil(2^32 / size): k * size * inv >> 32 == k for every slot k */
  uint32_t nslots;          /* slots in the span */
  uint32_t used;            /* slots allocated */
  uint32_t fresh;           /* slots [fresh, nslots) were never handed out */
  size_t len;               /* bytes mapped, a power of two; the span is aligned to it */
  char *slots;              /* slot 0 */
  void *free;               /* freed slots, linked through their first word */
  struct span *prev, *next; /* the class's spans that have a free slot */
  uint32_t bits[];          /* bit k: slot k is allocated */
};

/* A large block's header, at the first byte of its mapping. */
struct large {
  uint32_t kind; /* KIND_LARGE */
  size_t len;    /* bytes mapped */
  char *user;    /* the pointer handed out: LARGE_HDR in, or further for an alignment */
};
#define LARGE_HDR ((sizeof(struct large) + ALIGN - 1) & ~(size_t)(ALIGN - 1))

struct size_class {
  struct span *avail; /* spans with a free slot, holding at least one block */
  struct span *spare; /* one empty span, kept for the next allocation */
};

/* Granule address -> owner header: open addressing, linear probing, key 0 empty. */
struct owner_entry {
  uintptr_t key;
  void *owner;
};
struct owner_map {
  struct owner_entry *tab;
  size_t cap; /* a power of two, 0 before the first span */
  size_t count;
};

struct heap {
  struct size_class cls[NCLASSES];
  struct owner_map owners;
};

static struct heap main_heap;

/* --- failure ------------------------------------------------------------------ */

/* glibc's malloc_printerr: the message, then SIGABRT. Straight to the default action,
 * not through the program's handler: the heap is not in a state to run more code. */
static _Noreturn __attribute__((cold, noinline)) void heap_corrupt(const char *msg) {
  write(STDERR_FILENO, msg, strlen(msg));
  write(STDERR_FILENO, "\n", 1);
  struct sigaction dfl = {.sa_handler = SIG_DFL};
  sigaction(SIGABRT, &dfl, NULL);
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGABRT);
  sigprocmask(SIG_UNBLOCK, &set, NULL);
  raise(SIGABRT);
  _exit(127);
}

static void *no_memory(void) {
  errno = ENOMEM;
  return NULL;
}

static void *map_anon(size_t len) {
  void *p = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  return p == MAP_FAILED ? NULL : p; /* errno is mmap's ENOMEM */
}

static size_t round_up(size_t n, size_t to) { /* to: a power of two; no overflow here */
  return (n + to - 1) & ~(to - 1);
}

/* --- the owner map ---------------------------------------------------------------- */

static size_t owner_slot(uintptr_t key, size_t cap) {
  uintptr_t h = (key >> GRANULE_SHIFT) * (uintptr_t)0x9e3779b97f4a7c15ull;
  return (size_t)(h ^ (h >> 17)) & (cap - 1);
}

static void *owner_find(const struct owner_map *m, uintptr_t key) {
  if (m->cap == 0)
    return NULL;
  for (size_t i = owner_slot(key, m->cap);; i = (i + 1) & (m->cap - 1)) {
    if (m->tab[i].key == key)
      return m->tab[i].owner;
    if (m->tab[i].key == 0)
      return NULL;
  }
}

/* Room for `more` inserts at a load of at most 1/2; 0, or -1 with ENOMEM. */
static int owner_reserve(struct owner_map *m, size_t more) {
  size_t cap = m->cap ? m->cap : 256;
  while ((m->count + more) * 2 > cap)
    cap *= 2;
  if (cap == m->cap)
    return 0;
  struct owner_entry *tab = map_anon(cap * sizeof *tab); /* zero: every slot empty */
  if (tab == NULL)
    return -1;
  for (size_t i = 0; i < m->cap; i++) {
    if (m->tab[i].key == 0)
      continue;
    size_t j = owner_slot(m->tab[i].key, cap);
    while (tab[j].key != 0)
      j = (j + 1) & (cap - 1);
    tab[j] = m->tab[i];
  }
  if (m->tab != NULL)
    munmap(m->tab, m->cap * sizeof *tab);
  m->tab = tab;
  m->cap = cap;
  return 0;
}

/* After owner_reserve: cannot fail. */
static void owner_insert(struct owner_map *m, uintptr_t key, void *owner) {
  size_t i = owner_slot(key, m->cap);
  while (m->tab[i].key != 0)
    i = (i + 1) & (m->cap - 1);
  m->tab[i].key = key;
  m->tab[i].owner = owner;
  m->count++;
}

/* Deletion by backward shift: each later entry of the run moves into the hole when
 * its home slot is not between the hole and where it sits, so no probe ever stops
 * early at a hole and no tombstones pile up. */
static void owner_remove(struct owner_map *m, uintptr_t key) {
  size_t mask = m->cap - 1, i = owner_slot(key, m->cap);
  while (m->tab[i].key != key)
    i = (i + 1) & mask;
  m->tab[i].key = 0;
  m->count--;
  for (size_t j = (i + 1) & mask; m->tab[j].key != 0; j = (j + 1) & mask) {
    size_t home = owner_slot(m->tab[j].key, m->cap);
    if (((j - home) & mask) >= ((j - i) & mask)) {
      m->tab[i] = m->tab[j];
      m->tab[j].key = 0;
      i = j;
    }
  }
}

static uintptr_t granule_of(const void *ptr) {
  return ((uintptr_t)ptr - 1) & ~(uintptr_t)(GRANULE - 1);
}

/* --- size classes and spans -------------------------------------------------------- */

/* n in 1 .. LARGE_MIN - 1. Above 128 bytes: the power of two below n - 1 picks the
 * group, the next two bits of n - 1 the quarter within it. */
static unsigned class_of(size_t n) {
  if (n <= 128)
    return (unsigned)((n + ALIGN - 1) / ALIGN) - 1;
  unsigned long m = (unsigned long)(n - 1);
  unsigned b = (unsigned)(sizeof m * 8 - 1) - (unsigned)__builtin_clzl(m);
  return 8 + (b - 7) * 4 + (unsigned)((m >> (b - 2)) & 3);
}

static size_t class_size(unsigned c) {
  if (c < 8)
    return (size_t)(c + 1) * ALIGN;
  return (size_t)(5 + (c - 8) % 4) << ((c - 8) / 4 + 5);
}

static void list_push(struct span **head, struct span *s) {
  s->prev = NULL;
  s->next = *head;
  if (*head != NULL)
    (*head)->prev = s;
  *head = s;
}

static void list_remove(struct span **head, struct span *s) {
  if (s->prev != NULL)
    s->prev->next = s->next;
  else
    *head = s->next;
  if (s->next != NULL)
    s->next->prev = s->prev;
}

/* len bytes at a multiple of len (a power of two, at least a page). The kernel often
 * places a new mapping right below the last one, so an aligned first try is common;
 * otherwise map len - PAGE more and unmap the ends. */
static char *map_aligned(size_t len) {
  char *p = map_anon(len);
  if (p == NULL || ((uintptr_t)p & (len - 1)) == 0)
    return p;
  munmap(p, len);
  size_t over = 2 * len - PAGE;
  p = map_anon(over);
  if (p == NULL)
    return NULL;
  char *a = (char *)round_up((uintptr_t)p, len);
  if (a != p)
    munmap(p, (size_t)(a - p));
  if (a + len != p + over)
    munmap(a + len, (size_t)(p + over - (a + len)));
  return a;
}

static struct span *span_new(struct heap *h, unsigned c) {
  size_t size = class_size(c), len = GRANULE, hdr, n;
  for (;;) { /* the smallest span with SPAN_MIN_SLOTS slots, up to SPAN_MAX */
    size_t words = (len / size + 31) / 32;
    hdr = round_up(sizeof(struct span) + words * sizeof(uint32_t), ALIGN);
    n = (len - hdr) / size;
    if (n >= SPAN_MIN_SLOTS || len == SPAN_MAX)
      break;
    len *= 2;
  }
  if (owner_reserve(&h->owners, len / GRANULE) != 0)
    return NULL;
  struct span *s = (struct span *)map_aligned(len);
  if (s == NULL)
    return NULL;
  s->kind = KIND_SPAN; /* the rest of a fresh mapping is zero: no bits, no lists */
  s->cls = c;
  s->size = (uint32_t)size;
  s->inv = (uint32_t)((((uint64_t)1 << 32) + size - 1) / size);
  s->nslots = (uint32_t)n;
  s->len = len;
  s->slots = (char *)s + hdr;
  for (size_t off = 0; off < len; off += GRANULE)
    owner_insert(&h->owners, (uintptr_t)s + off, s);
  return s;
}

static void span_release(struct heap *h, struct span *s) {
  for (size_t off = 0; off < s->len; off += GRANULE)
    owner_remove(&h->owners, (uintptr_t)s + off);
  munmap(s, s->len);
}

static void *small_alloc(struct heap *h, size_t n) {
  struct size_class *sc = &h->cls[class_of(n)];
  struct span *s = sc->avail;
  if (s == NULL) {
    s = sc->spare;
    if (s != NULL)
      sc->spare = NULL;
    else if ((s = span_new(h, class_of(n))) == NULL)
      return NULL;
    list_push(&sc->avail, s);
  }
  char *p = s->free;
  uint32_t k;
  if (p != NULL) {
    s->free = *(void **)p;
    k = (uint32_t)(((uint64_t)(uint32_t)(p - s->slots) * s->inv) >> 32);
  } else {
    k = s->fresh++;
    p = s->slots + (size_t)k * s->size;
  }
  s->bits[k / 32] |= 1u << (k % 32);
  if (++s->used == s->nslots)
    list_remove(&sc->avail, s);
  return p;
}

/* The slot of a pointer into span s, and its index; NULL if ptr is neither a slot's
 * start nor an aligned block's (whose slot memalign recorded just before ptr). */
static char *slot_of(const struct span *s, const char *ptr, uint32_t *index) {
  size_t off = (uintptr_t)ptr - (uintptr_t)s->slots; /* below slot 0: wraps, huge */
  if (off >= (size_t)s->nslots * s->size)
    return NULL;
  uint32_t k = (uint32_t)(((uint64_t)(uint32_t)off * s->inv) >> 32);
  char *slot = s->slots + (size_t)k * s->size;
  if (slot != ptr) {
    k = (uint32_t)(off / s->size);
    slot = s->slots + (size_t)k * s->size;
    const uintptr_t *tag = (const uintptr_t *)(const void *)ptr - 2;
    if (((uintptr_t)ptr & (ALIGN - 1)) != 0 || tag[0] != (uintptr_t)slot ||
        tag[1] != (ALIGNED_TAG ^ (uintptr_t)ptr))
      return NULL;
  }
  *index = k;
  return slot;
}

static int slot_in_use(const struct span *s, uint32_t k) {
  return (s->bits[k / 32] >> (k % 32)) & 1;
}

static void small_free(struct heap *h, struct span *s, char *slot, uint32_t k) {
  struct size_class *sc = &h->cls[s->cls];
  s->bits[k / 32] &= ~(1u << (k % 32));
  *(void **)slot = s->free;
  s->free = slot;
  if (s->used-- == s->nslots)
    list_push(&sc->avail, s);
  if (s->used != 0)
    return;
  list_remove(&sc->avail, s);
  if (sc->spare == NULL) { /* kept, as if new: the free list restarts from the tail */
    s->free = NULL;
    s->fresh = 0;
    sc->spare = s;
  } else {
    span_release(h, s);
  }
}

/* --- large blocks --------------------------------------------------------------------- */

/* n bytes at a multiple of align (a power of two), in a mapping of their own: the
 * header at its start, the block where the alignment puts it. At least GRANULE bytes
 * follow the block's start, which keeps owner keys apart (see the top). */
static void *large_alloc(struct heap *h, size_t n, size_t align) {
  if (n < GRANULE)
    n = GRANULE;
  size_t lead = round_up(LARGE_HDR, align) + (align > PAGE ? align - PAGE : 0), len;
  if (__builtin_add_overflow(lead, n, &len) || len > MAX_REQUEST)
    return no_memory();
  len = round_up(len, PAGE);
  if (owner_reserve(&h->owners, 1) != 0)
    return NULL;
  struct large *b = map_anon(len);
  if (b == NULL)
    return NULL;
  b->kind = KIND_LARGE;
  b->len = len;
  b->user = (char *)round_up((uintptr_t)b + LARGE_HDR, align);
  owner_insert(&h->owners, granule_of(b->user), b);
  return b->user;
}

static void large_free(struct heap *h, struct large *b) {
  owner_remove(&h->owners, granule_of(b->user));
  munmap(b, b->len);
}

/* A plain large block resized in place or moved by the kernel: no copy. NULL with
 * errno set when mremap fails; the block is then unchanged. */
static void *large_resize(struct heap *h, struct large *b, size_t n) {
  size_t len = round_up(LARGE_HDR + n, PAGE);
  if (len == b->len)
    return b->user;
  if (owner_reserve(&h->owners, 1) != 0)
    return NULL;
  struct large *nb = mremap(b, b->len, len, MREMAP_MAYMOVE);
  if (nb == MAP_FAILED)
    return NULL;
  owner_remove(&h->owners, granule_of((char *)b + LARGE_HDR));
  nb->len = len;
  nb->user = (char *)nb + LARGE_HDR;
  owner_insert(&h->owners, granule_of(nb->user), nb);
  return nb->user;
}

/* --- the heap's operations ------------------------------------------------------------ */

static void *heap_alloc(struct heap *h, size_t n) {
  if (n < LARGE_MIN)
    return small_alloc(h, n != 0 ? n : 1);
  if (n > MAX_REQUEST)
    return no_memory();
  return large_alloc(h, n, ALIGN);
}

/* align: a power of two. Small: a slot big enough to slide the block up to the
 * alignment, with the slot's address and a tag written in the 16 bytes before the block
 * so free() can find the slot again. */
static void *heap_memalign(struct heap *h, size_t align, size_t n) {
  if (align <= ALIGN)
    return heap_alloc(h, n);
  if (n > MAX_REQUEST)
    return no_memory();
  if (align >= LARGE_MIN || n + align - ALIGN >= LARGE_MIN) /* align <= SIZE_MAX / 2 + 1 */
    return large_alloc(h, n, align);
  /* n >= 1: a slot of n + align - 16 bytes is then longer than the slide, so the
   * block never starts where the next slot does. */
  char *slot = small_alloc(h, (n != 0 ? n : 1) + align - ALIGN);
  if (slot == NULL)
    return NULL;
  char *p = (char *)round_up((uintptr_t)slot, align);
  if (p != slot) {
    uintptr_t *tag = (uintptr_t *)(void *)p - 2;
    tag[0] = (uintptr_t)slot;
    tag[1] = ALIGNED_TAG ^ (uintptr_t)p;
  }
  return p;
}

/* Who owns ptr: its span (and slot, index) or its large block; aborts with
 * "<who>(): invalid pointer" for anything else, and for a slot not in use when
 * check_in_use (free's double free has its own message). */
struct owner {
  struct span *span;   /* or NULL */
  struct large *large; /* or NULL */
  char *slot;
  uint32_t index;
};

static struct owner find_owner(struct heap *h, void *ptr, const char *invalid) {
  struct owner o = {0};
  void *hdr = owner_find(&h->owners, granule_of(ptr));
  if (hdr == NULL)
    heap_corrupt(invalid);
  if (*(uint32_t *)hdr == KIND_LARGE) {
    o.large = hdr;
    if (o.large->user != ptr)
      heap_corrupt(invalid);
    return o;
  }
  o.span = hdr;
  o.slot = slot_of(o.span, ptr, &o.index);
  if (o.slot == NULL)
    heap_corrupt(invalid);
  return o;
}

static void heap_free(struct heap *h, void *ptr) {
  struct owner o = find_owner(h, ptr, "free(): invalid pointer");
  if (o.large != NULL)
    large_free(h, o.large);
  else if (!slot_in_use(o.span, o.index))
    heap_corrupt("free(): double free detected");
  else
    small_free(h, o.span, o.slot, o.index);
}

static size_t usable(const struct owner *o, const char *ptr) {
  if (o->large != NULL)
    return (size_t)((char *)o->large + o->large->len - ptr);
  return (size_t)(o->slot + o->span->size - ptr);
}

static void *heap_realloc(struct heap *h, void *ptr, size_t n) {
  struct owner o = find_owner(h, ptr, "realloc(): invalid pointer");
  if (o.span != NULL && !slot_in_use(o.span, o.index))
    heap_corrupt("realloc(): invalid pointer");
  size_t have = usable(&o, ptr);
  if (o.span != NULL && n <= have && (n > have / 2 || class_of(n) == o.span->cls))
    return ptr; /* fits, and a smaller class would not save half */
  if (o.large != NULL && n >= LARGE_MIN && o.large->user == (char *)o.large + LARGE_HDR) {
    if (n > MAX_REQUEST)
      return no_memory();
    return large_resize(h, o.large, n);
  }
  char *q = heap_alloc(h, n);
  if (q == NULL)
    return n <= have ? ptr : NULL; /* a shrink that cannot move keeps the block */
  memcpy(q, ptr, n < have ? n : have);
  if (o.large != NULL)
    large_free(h, o.large);
  else
    small_free(h, o.span, o.slot, o.index);
  return q;
}

/* --- the entry points ----------------------------------------------------------------- */

void *malloc(size_t size) {
  HEAP_LOCK(&main_heap);
  void *p = heap_alloc(&main_heap, size);
  HEAP_UNLOCK(&main_heap);
  return p;
}

void free(void *ptr) {
  if (ptr == NULL)
    return;
  HEAP_LOCK(&main_heap);
  heap_free(&main_heap, ptr);
  HEAP_UNLOCK(&main_heap);
}

void *calloc(size_t nmemb, size_t size) {
  size_t n;
  if (__builtin_mul_overflow(nmemb, size, &n))
    return no_memory();
  void *p = malloc(n);
  if (p != NULL && n < LARGE_MIN) /* a large block is a fresh mapping: zero already */
    memset(p, 0, n);
  return p;
}

void *realloc(void *ptr, size_t size) {
  if (ptr == NULL)
    return malloc(size);
  if (size == 0) {
    free(ptr);
    return NULL;
  }
  HEAP_LOCK(&main_heap);
  void *p = heap_realloc(&main_heap, ptr, size);
  HEAP_UNLOCK(&main_heap);
  return p;
}

void *reallocarray(void *ptr, size_t nmemb, size_t size) {
  size_t n;
  if (__builtin_mul_overflow(nmemb, size, &n))
    return no_memory();
  return realloc(ptr, n);
}

static void *memalign_locked(size_t alignment, size_t size) {
  HEAP_LOCK(&main_heap);
  void *p = heap_memalign(&main_heap, alignment, size);
  HEAP_UNLOCK(&main_heap);
  return p;
}

void *aligned_alloc(size_t alignment, size_t size) {
  if (alignment == 0 || (alignment & (alignment - 1)) != 0) {
    errno = EINVAL;
    return NULL;
  }
  return memalign_locked(alignment, size);
}

int posix_memalign(void **memptr, size_t alignment, size_t size) {
  if (alignment % sizeof(void *) != 0 || alignment == 0 || (alignment & (alignment - 1)) != 0)
    return EINVAL;
  int saved = errno;
  void *p = memalign_locked(alignment, size);
  if (p == NULL) {
    errno = saved;
    return ENOMEM;
  }
  *memptr = p;
  return 0;
}

/* glibc's rules: up to 16, any value is malloc; above SIZE_MAX / 2 + 1 no power of two
 * is left, EINVAL; otherwise the next power of two. */
void *memalign(size_t alignment, size_t size) {
  if (alignment > SIZE_MAX / 2 + 1) {
    errno = EINVAL;
    return NULL;
  }
  size_t a = ALIGN;
  while (a < alignment)
    a *= 2;
  return memalign_locked(a, size);
}

void *valloc(size_t size) {
  return memalign_locked(PAGE, size);
}

void *pvalloc(size_t size) {
  if (size > MAX_REQUEST)
    return no_memory();
  return memalign_locked(PAGE, round_up(size != 0 ? size : 1, PAGE));
}

size_t malloc_usable_size(void *ptr) {
  if (ptr == NULL)
    return 0;
  HEAP_LOCK(&main_heap);
  struct owner o = find_owner(&main_heap, ptr, "malloc_usable_size(): invalid pointer");
  size_t n = o.span != NULL && !slot_in_use(o.span, o.index) ? 0 : usable(&o, ptr);
  HEAP_UNLOCK(&main_heap);
  return n;
}
