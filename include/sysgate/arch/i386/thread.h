/* i386 thread pointer (threaded build, docs/threads.md): the head of the thread control
 * block, where %gs points, and how a thread gets its pointer (set_thread_area(2), clone(2)).
 *
 * Not obvious: the head is glibc's tcbhead_t as far as compilers and glibc-built code read it
 * (sysdeps/i386/nptl/tls.h): the TCB's address at %gs:0, __kernel_vsyscall at %gs:0x10, the
 * stack-protector guard at %gs:0x14; clone takes a struct user_desc naming the GDT entry.
 */
#ifndef SYSGATE_ARCH_I386_THREAD_H
#define SYSGATE_ARCH_I386_THREAD_H

#include <stdint.h>

struct sg_tcb_head {
  void *tcb;  /* 0x00: this block's own address */
  void *dtv;  /* 0x04: unused (no dynamic TLS) */
  void *self; /* 0x08: the thread, as glibc's */
  int multiple_threads;
  uintptr_t sysinfo;       /* 0x10: __kernel_vsyscall (AT_SYSINFO) */
  uintptr_t stack_guard;   /* 0x14 */
  uintptr_t pointer_guard; /* 0x18 */
};
_Static_assert(__builtin_offsetof(struct sg_tcb_head, stack_guard) == 0x14, "guard at %gs:0x14");
_Static_assert(__builtin_offsetof(struct sg_tcb_head, sysinfo) == 0x10, "sysinfo at %gs:0x10");

/* The kernel's struct user_desc (arch/x86/include/uapi/asm/ldt.h). */
typedef struct {
  unsigned int entry_number;
  unsigned int base_addr;
  unsigned int limit;
  unsigned int flags; /* seg_32bit:1 contents:2 read_exec_only:1 limit_in_pages:1 ... */
} sg_arch_tls_desc;
#define SG_I386_DESC_FLAGS (1u | 1u << 4 | 1u << 6) /* seg_32bit, limit_in_pages, useable */

/* The GDT entry the main thread got from set_thread_area (src/arch/i386/thread_pointer.c). */
extern unsigned int sysgate_i386_tls_entry;

static inline void *sg_arch_thread_pointer(void) {
  void *tp;
  __asm__("mov %%gs:0, %0" : "=r"(tp));
  return tp;
}

/* clone's CLONE_SETTLS argument: a user_desc for the main thread's entry, based at tcb. */
static inline void *sg_arch_clone_tls(void *tcb, sg_arch_tls_desc *desc) {
  desc->entry_number = sysgate_i386_tls_entry;
  desc->base_addr = (unsigned int)(uintptr_t)tcb;
  desc->limit = 0xfffff;
  desc->flags = SG_I386_DESC_FLAGS;
  return desc;
}

/* Points this thread's %gs at tcb: 0 or -errno. */
long sg_arch_set_thread_pointer(void *tcb);

#endif
