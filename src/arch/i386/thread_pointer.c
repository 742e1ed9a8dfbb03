/* The main thread's %gs, set at startup of the threaded build: set_thread_area(2).
 *
 * Not obvious: entry_number -1 asks the kernel for a free TLS slot in the GDT and writes its
 * number back; which one it is differs (12 on an x86_64 kernel, 6 on i386 and under qemu-user;
 * arch/x86/kernel/tls.c), so it is kept for clone's user_desc, and %gs gets (entry << 3) | 3.
 */
#include <sysgate/arch/i386/thread.h>
#include <sysgate/syscall.h>

unsigned int sysgate_i386_tls_entry;

long sg_arch_set_thread_pointer(void *tcb) {
  sg_arch_tls_desc desc;
  desc.entry_number = ~0u;
  desc.base_addr = (unsigned int)(uintptr_t)tcb;
  desc.limit = 0xfffff;
  desc.flags = SG_I386_DESC_FLAGS;
  long ret = syscall1(SYS_set_thread_area, (long)&desc);
  if (ret < 0)
    return ret;
  sysgate_i386_tls_entry = desc.entry_number;
  unsigned int selector = desc.entry_number << 3 | 3;
  __asm__ volatile("movw %w0, %%gs" : : "q"(selector) : "memory");
  return 0;
}
