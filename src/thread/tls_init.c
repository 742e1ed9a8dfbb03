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

/* Elf64_Phdr and Elf32_Phdr as words: type (low 32 bits of word 0), offset, vaddr, paddr,
 * filesz, memsz in words 1-5 in both; align is word 6 of 7 (64-bit) or 7 of 8 (32-bit). */
#define SG_PHDR_WORDS (sizeof(long) == 8 ? 7 : 8)
enum { SG_PH_OFFSET = 1, SG_PH_VADDR = 2, SG_PH_FILESZ = 4, SG_PH_MEMSZ = 5 };

/* The ELF header as loaded (ld defines it when a segment maps it; weak: 0 otherwise). */
extern const char __ehdr_start[] __attribute__((weak, visibility("hidden")));

struct sg_tls_template sysgate_tls;
int sysgate_thread_count = 1;

/* Finds PT_TLS; the load base is AT_PHDR less PT_PHDR's address, or without PT_PHDR (ld
 * leaves it out of static PIEs) the loaded ELF header less the address it was linked at. */
static void find_template(const unsigned long *phdr, unsigned long n) {
  const unsigned long *tls = NULL;
  unsigned long base = 0;
  int have_phdr = 0;
  for (const unsigned long *ph = phdr; ph && n--; ph += SG_PHDR_WORDS) {
    uint32_t type = (uint32_t)ph[0];
    if (type == SG_PT_PHDR)
      base = (unsigned long)phdr - ph[SG_PH_VADDR], have_phdr = 1;
    else if (type == SG_PT_LOAD && ph[SG_PH_OFFSET] == 0 && !have_phdr && __ehdr_start)
      base = (unsigned long)__ehdr_start - ph[SG_PH_VADDR];
    else if (type == SG_PT_TLS)
      tls = ph;
  }
  sysgate_tls.align = 1; /* no PT_TLS: an empty block, the thread block alone */
  if (!tls)
    return;
  size_t align = tls[SG_PHDR_WORDS - 1] > 1 ? tls[SG_PHDR_WORDS - 1] : 1;
  unsigned long image = base + tls[SG_PH_VADDR], memsz = tls[SG_PH_MEMSZ];
  sysgate_tls.image = (const void *)image;
  sysgate_tls.filesz = tls[SG_PH_FILESZ];
  sysgate_tls.memsz = memsz;
  sysgate_tls.align = align;
  /* tp - offset must be congruent to the image's address modulo align, tp being aligned. */
  sysgate_tls.offset = memsz + ((0 - memsz - image) & (align - 1));
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

/* Called by sysgate_start_c before anything else can touch errno or the guard. */
void sysgate_thread_main_init(void);
__attribute__((cold)) void sysgate_thread_main_init(void) {
  unsigned long av[AT_SYSINFO + 1]; /* the auxv entries used here, in one pass */
  memset(av, 0, sizeof av);
  for (const unsigned long *p = sysgate_auxv; p && p[0]; p += 2)
    if (p[0] <= AT_SYSINFO)
      av[p[0]] = p[1];
  find_template((const unsigned long *)av[AT_PHDR], av[AT_PHNUM]);
  size_t size = sysgate_thread_area_size();
  long m = sys_mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  struct sg_thread *t = sysgate_is_error(m) ? NULL : sysgate_thread_place((char *)m + size);
  if (t && av[AT_RANDOM]) { /* byte 0 zero, as glibc's: a string overrun cannot copy it */
    memcpy(&t->head.stack_guard, (const void *)av[AT_RANDOM], sizeof t->head.stack_guard);
    t->head.stack_guard &= ~(uintptr_t)0xff;
  }
  if (t) {
    t->head.sysinfo = av[AT_SYSINFO];
    t->tid = (int)sys_set_tid_address(&t->tid);
  }
  if (!t || sg_arch_set_thread_pointer(t) < 0) {
    static const char msg[] = "sysgate: cannot set up the main thread's TLS\n";
    (void)sys_write(STDERR_FILENO, msg, sizeof msg - 1);
    _exit(127);
  }
}
