/* The threaded build's thread block (docs/threads.md): struct sg_thread, the TLS template,
 * the stack cache and the one lock the thread core uses.
 *
 * Not obvious: the thread pointer points at the block's head, glibc's tcbhead_t as far as
 * compilers read it (arch/<arch>/thread.h), and the TLS block lies just below it (x86 "variant
 * II", Drepper's "ELF Handling For Thread-Local Storage" 3.4.2), one mapping per thread.
 */
#ifndef SYSGATE_THREAD_IMPL_H
#define SYSGATE_THREAD_IMPL_H

#include <stddef.h>
#include <stdint.h>
#include <sysgate/arch.h>
#include <sysgate/misc.h>
#include <sysgate/pthread.h>
#include SYSGATE_ARCH_THREAD_H

/* A thread's state word: who will give its block back (pthread_detach(3), pthread_join(3)). */
#define SG_THREAD_JOINABLE 0
#define SG_THREAD_DETACHED 1
#define SG_THREAD_EXITING 2 /* exited (or exiting) joinable: a joiner or detach releases it */

struct sg_key_slot {
  uintptr_t seq; /* the key's generation when data was stored (src/thread/pthread_key.c) */
  void *data;
};

struct sg_thread {
  struct sg_tcb_head head; /* first: the thread pointer points here */
  int tid;                 /* kernel tid; the kernel zeroes it when the thread is gone */
  int state;               /* SG_THREAD_* */
  void *(*start)(void *);
  void *arg;
  void *result;
  void *map; /* the mapping (guard, stack, TLS, this block); NULL: not ours to free */
  size_t map_size, guard_size;
  struct sg_key_slot *keys; /* PTHREAD_KEYS_MAX slots, mapped at the first setspecific */
  struct sg_thread *next;   /* in the stack cache */
  sg_arch_tls_desc desc;    /* i386: clone's user_desc */
};

/* The executable's PT_TLS template, found at startup (src/thread/tls_init.c). */
struct sg_tls_template {
  const void *image;
  size_t filesz, memsz, align;
  size_t offset; /* the block starts this far below the thread pointer */
};
extern struct sg_tls_template sysgate_tls;
extern int sysgate_thread_count; /* threads alive; the last one out calls exit(0) */

static inline struct sg_thread *sg_self(void) {
  return (struct sg_thread *)sg_arch_thread_pointer();
}

/* The bytes a thread needs above its stack: TLS block and thread block, aligned. */
size_t sysgate_thread_area_size(void);
/* Lays out the TLS block and thread block under top; returns the thread (fields zeroed
 * but the TCB head, copied from the caller's where it is per process). */
struct sg_thread *sysgate_thread_place(char *top);

/* The stack cache (src/thread/stack_cache.c): a mapping with stack_size bytes of stack and a
 * guard_size guard below it, NULL if none can be made; and its return once a thread is done. */
struct sg_thread *sysgate_stack_get(size_t stack_size, size_t guard_size);
void sysgate_stack_release(struct sg_thread *t);

/* Runs the calling thread's key destructors (src/thread/pthread_key.c). */
void sysgate_key_run_destructors(struct sg_thread *t);

#endif
