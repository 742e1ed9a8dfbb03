/* x86_64 thread pointer (threaded build, docs/threads.md): the head of the thread control
 * block, where %fs points, and how a thread gets its pointer (arch_prctl(2), clone(2)).
 *
 * Not obvious: the head is glibc's tcbhead_t as far as compilers read it (sysdeps/x86_64/
 * nptl/tls.h): the TCB's own address at %fs:0 (local-exec code loads it to form addresses),
 * the stack-protector guard at %fs:0x28 (gcc's and clang's default -mstack-protector-guard).
 */
#ifndef SYSGATE_ARCH_X86_64_THREAD_H
#define SYSGATE_ARCH_X86_64_THREAD_H

#include <stdint.h>

struct sg_tcb_head {
  void *tcb;  /* 0x00: this block's own address */
  void *dtv;  /* 0x08: unused (no dynamic TLS) */
  void *self; /* 0x10: the thread, as glibc's */
  int multiple_threads;
  int gscope_flag;
  uintptr_t sysinfo;       /* 0x20 */
  uintptr_t stack_guard;   /* 0x28 */
  uintptr_t pointer_guard; /* 0x30 */
};
_Static_assert(__builtin_offsetof(struct sg_tcb_head, stack_guard) == 0x28, "guard at %fs:0x28");

/* The thread pointer: the word at %fs:0 is the TCB's address. */
static inline void *sg_arch_thread_pointer(void) {
  void *tp;
  __asm__("mov %%fs:0, %0" : "=r"(tp));
  return tp;
}

/* clone's CLONE_SETTLS argument for a new thread whose TCB is at tcb: the base itself.
 * desc is i386's room for a struct user_desc, unused here. */
typedef struct {
  unsigned int unused;
} sg_arch_tls_desc;
static inline void *sg_arch_clone_tls(void *tcb, sg_arch_tls_desc *desc) {
  (void)desc;
  return tcb;
}

/* Points this thread's %fs at tcb: 0 or -errno (src/arch/x86_64/thread_pointer.c). */
long sg_arch_set_thread_pointer(void *tcb);

#endif
