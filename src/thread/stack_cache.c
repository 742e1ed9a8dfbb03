/* Thread stacks: one mapping per thread (guard page, stack, TLS block, thread block), kept
 * in a cache after the thread is joined or exits detached, and reused by pthread_create.
 *
 * Not obvious: a detached thread gives its own mapping back while still running on it, so a
 * cached mapping is reused (or unmapped) only once its tid word is 0: the kernel clears it
 * after the thread's last instruction (CLONE_CHILD_CLEARTID, kernel/fork.c mm_release).
 */
#include "../libc/lock.h"
#include "thread_impl.h"
#include <sysgate/mman.h>
#include <sysgate/string.h>

#define SG_CACHE_MAX (40u << 20) /* glibc keeps 40 MiB of stacks (nptl-stack.c) */

static struct sg_thread *cache;
static size_t cache_bytes;
SG_LOCK_DEFINE(static, cache_lock);

static int gone(struct sg_thread *t) {
  return __atomic_load_n(&t->tid, __ATOMIC_ACQUIRE) == 0;
}

struct sg_thread *sysgate_stack_get(size_t stack_size, size_t guard_size) {
  size_t size = guard_size + stack_size + sysgate_thread_area_size();
  sg_lock_take(&cache_lock);
  for (struct sg_thread **p = &cache; *p; p = &(*p)->next) {
    struct sg_thread *t = *p;
    if (t->map_size == size && t->guard_size == guard_size && gone(t)) {
      *p = t->next;
      cache_bytes -= size;
      sg_lock_drop(&cache_lock);
      struct sg_key_slot *keys = t->keys;
      void *map = t->map;
      t = sysgate_thread_place((char *)map + size);
      t->map = map, t->map_size = size, t->guard_size = guard_size;
      if (keys)
        memset(keys, 0, PTHREAD_KEYS_MAX * sizeof *keys);
      t->keys = keys;
      return t;
    }
  }
  sg_lock_drop(&cache_lock);
  long m =
      sys_mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_STACK, -1, 0);
  if (sysgate_is_error(m))
    return NULL;
  if (guard_size && sys_mprotect((void *)m, guard_size, PROT_NONE) < 0) {
    sys_munmap((void *)m, size);
    return NULL;
  }
  struct sg_thread *t = sysgate_thread_place((char *)m + size);
  t->map = (void *)m, t->map_size = size, t->guard_size = guard_size;
  return t;
}

static void unmap(struct sg_thread *t) {
  if (t->keys)
    sys_munmap(t->keys, PTHREAD_KEYS_MAX * sizeof *t->keys);
  sys_munmap(t->map, t->map_size);
}

void sysgate_stack_release(struct sg_thread *t) {
  if (!t->map) /* the main thread, or a thread on the caller's stack */
    return;
  sg_lock_take(&cache_lock);
  t->next = cache;
  cache = t;
  cache_bytes += t->map_size;
  /* Over the limit: unmap the oldest mappings whose threads are gone, never t itself. */
  for (struct sg_thread **p = &cache->next; *p && cache_bytes > SG_CACHE_MAX;) {
    struct sg_thread *old = *p;
    if (gone(old)) {
      *p = old->next;
      cache_bytes -= old->map_size;
      unmap(old);
    } else {
      p = &old->next;
    }
  }
  sg_lock_drop(&cache_lock);
}
