/* The threaded build's startup: the main thread's TLS block and thread block from the
 * executable's PT_TLS template (found through AT_PHDR), and its thread pointer.
 *
 * Not obvious: the block's offset below the thread pointer is the template's size rounded so
 * that the block has the template's own alignment phase (p_align, not 8: rounding to 8 put
 * variables 4 bytes off in the prototype); musl's static_init_tls rounds the same way.
 */
#include "thread_impl.h"
#include <sysgate/auxv.h>
#include <sysgate/mman.h>
#include <sysgate/process.h>
#include <sysgate/string.h>
#include <sysgate/unistd.h>

#define SG_PT_LOAD 1
#define SG_PT_PHDR 6
#define SG_PT_TLS 7
#define SG_TCB_ALIGN 64 /* a cache line, and at least the TCB's own alignment */

/* Elf64_Phdr and Elf32_Phdr, whose fields differ in order: read through this view. */
struct sg_phdr_view {
  unsigned long type, offset, vaddr, filesz, memsz, align;
};

/* The ELF header as loaded (ld defines it when a segment maps it; weak: 0 otherwise). */
extern const char __ehdr_start[] __attribute__((weak, visibility("hidden")));

struct sg_tls_template sysgate_tls;
int sysgate_thread_count = 1;

static struct sg_phdr_view read_phdr(const unsigned char *p) {
  struct sg_phdr_view v;
  uint32_t type;
  memcpy(&type, p, 4);
  v.type = type;
  if (sizeof(long) == 8) { /* Elf64_Phdr: type flags offset vaddr paddr filesz memsz align */
    memcpy(&v.offset, p + 8, 8);
    memcpy(&v.vaddr, p + 16, 8);
    memcpy(&v.filesz, p + 32, 8);
    memcpy(&v.memsz, p + 40, 8);
    memcpy(&v.align, p + 48, 8);
  } else { /* Elf32_Phdr: type offset vaddr paddr filesz memsz flags align */
    memcpy(&v.offset, p + 4, 4);
    memcpy(&v.vaddr, p + 8, 4);
    memcpy(&v.filesz, p + 16, 4);
    memcpy(&v.memsz, p + 20, 4);
    memcpy(&v.align, p + 28, 4);
  }
  return v;
}

/* Finds PT_TLS; the load base is AT_PHDR less PT_PHDR's address, or without PT_PHDR (ld
 * leaves it out of static PIEs) the loaded ELF header less the address it was linked at. */
static void find_template(void) {
  const unsigned char *phdr = (const unsigned char *)sysgate_auxv_value(sysgate_auxv, AT_PHDR);
  unsigned long n = sysgate_auxv_value(sysgate_auxv, AT_PHNUM),
                entsize = sizeof(long) == 8 ? 56 : 32, base = 0;
  struct sg_phdr_view tls = {0, 0, 0, 0, 0, 1};
  int have_phdr = 0;
  for (unsigned long i = 0; phdr && i < n; i++) {
    struct sg_phdr_view v = read_phdr(phdr + i * entsize);
    if (v.type == SG_PT_PHDR)
      base = (unsigned long)phdr - v.vaddr, have_phdr = 1;
    else if (v.type == SG_PT_LOAD && v.offset == 0 && !have_phdr && __ehdr_start)
      base = (unsigned long)__ehdr_start - v.vaddr;
    else if (v.type == SG_PT_TLS)
      tls = v;
  }
  size_t align = tls.align > 1 ? tls.align : 1;
  sysgate_tls.image = (const void *)(base + tls.vaddr);
  sysgate_tls.filesz = tls.filesz;
  sysgate_tls.memsz = tls.memsz;
  sysgate_tls.align = align;
  /* tp - offset must be congruent to the image's address modulo align, tp being aligned. */
  sysgate_tls.offset = tls.memsz + ((0 - tls.memsz - (base + tls.vaddr)) & (align - 1));
}

static size_t tcb_align(void) {
  return sysgate_tls.align > SG_TCB_ALIGN ? sysgate_tls.align : SG_TCB_ALIGN;
}

size_t sysgate_thread_area_size(void) {
  return (sysgate_tls.offset + sizeof(struct sg_thread) + tcb_align() + 15) & ~(size_t)15;
}

struct sg_thread *sysgate_thread_place(char *top) {
  uintptr_t at = ((uintptr_t)top - sizeof(struct sg_thread)) & ~(uintptr_t)(tcb_align() - 1);
  struct sg_thread *t = (struct sg_thread *)at;
  char *block = (char *)at - sysgate_tls.offset;
  memcpy(block, sysgate_tls.image, sysgate_tls.filesz);
  memset(block + sysgate_tls.filesz, 0, sysgate_tls.memsz - sysgate_tls.filesz);
  memset(t, 0, sizeof *t);
  t->head.tcb = t;
  t->head.self = t;
  return t;
}

static _Noreturn void fail(const char *msg, size_t len) {
  (void)sys_write(STDERR_FILENO, msg, len);
  _exit(127);
}

/* Called by sysgate_start_c before anything else can touch errno or the guard. */
void sysgate_thread_main_init(void);
__attribute__((cold)) void sysgate_thread_main_init(void) {
  find_template();
  size_t size = sysgate_thread_area_size();
  long m = sys_mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (sysgate_is_error(m)) {
    static const char msg[] = "sysgate: no memory for the main thread's TLS\n";
    fail(msg, sizeof msg - 1);
  }
  struct sg_thread *t = sysgate_thread_place((char *)m + size);
  const unsigned char *random = (const unsigned char *)sysgate_auxv_value(sysgate_auxv, AT_RANDOM);
  for (size_t i = 1; random && i < sizeof(uintptr_t); i++) /* byte 0 stays 0, as glibc's */
    t->head.stack_guard |= (uintptr_t)random[i] << (8 * i);
  t->head.sysinfo = sysgate_auxv_value(sysgate_auxv, AT_SYSINFO);
  t->tid = (int)sys_set_tid_address(&t->tid);
  if (sg_arch_set_thread_pointer(t) < 0) {
    static const char msg[] = "sysgate: the kernel refused the thread pointer\n";
    fail(msg, sizeof msg - 1);
  }
}
