/* Self-relocation of a static PIE (-static-pie), before anything else runs.
 *
 * A static PIE has no dynamic linker: the kernel maps it at a random base and
 * jumps to _start, and every pointer the linker stored in data (GOT entries,
 * .init_array, initialised pointer variables) still holds its link-time value.
 * The linker leaves one relative relocation per such word in .rela.dyn (x86_64:
 * place = base + addend) or .rel.dyn (i386: place += base); this applies them.
 *
 * Not obvious: until it has finished, no code may load a pointer from data, so
 * it only uses locals and PC-relative addresses (_DYNAMIC is hidden), and the
 * load base comes from comparing PT_DYNAMIC's link-time address, read through
 * the kernel's AT_PHDR, with _DYNAMIC's run-time one. Only the PIE crt object
 * (start.S built with SYSGATE_PIE_CRT) calls it, so other programs never link it.
 */
#include <sysgate/auxv.h>
#include <sysgate/syscall.h>

/* ELF structures as long-sized words: the same code reads Elf64_* on x86_64 and
 * Elf32_* on i386, whose fields are all one machine word in these three types. */
struct sg_dyn {
  long tag;
  unsigned long val;
};
struct sg_reloc {
  unsigned long offset;
  unsigned long info;
#if SYSGATE_ARCH_RELOC_HAS_ADDEND
  long addend;
#endif
};

#define SG_PT_DYNAMIC 2
#define SG_DT_NULL 0
#define SG_DT_RELA 7
#define SG_DT_RELASZ 8
#define SG_DT_REL 17
#define SG_DT_RELSZ 18

extern const struct sg_dyn _DYNAMIC[] __attribute__((visibility("hidden")));

/* The program header's p_type and p_vaddr, at their offsets in Elf64_Phdr
 * (type at 0, vaddr at 16) or Elf32_Phdr (type at 0, vaddr at 8). */
static unsigned long phdr_vaddr(const unsigned char *ph) {
  return *(const unsigned long *)(ph + 2 * sizeof(unsigned long));
}

void sysgate_self_relocate(long *sp);

void sysgate_self_relocate(long *sp) {
  /* The auxiliary vector, found as src/start.c will find it again. */
  char **envp = (char **)(sp + 1) + sp[0] + 1;
  while (*envp)
    envp++;
  const unsigned char *phdrs = 0;
  unsigned long phent = 0, phnum = 0;
  for (unsigned long *a = (unsigned long *)(envp + 1); a[0] != AT_NULL; a += 2) {
    if (a[0] == AT_PHDR)
      phdrs = (const unsigned char *)a[1];
    else if (a[0] == AT_PHENT)
      phent = a[1];
    else if (a[0] == AT_PHNUM)
      phnum = a[1];
  }
  unsigned long base = 0;
  for (unsigned long i = 0; phdrs && i < phnum; i++)
    if (*(const unsigned int *)(phdrs + i * phent) == SG_PT_DYNAMIC)
      base = (unsigned long)_DYNAMIC - phdr_vaddr(phdrs + i * phent);

  unsigned long table = 0, size = 0;
  for (const struct sg_dyn *d = _DYNAMIC; d->tag != SG_DT_NULL; d++)
    if (d->tag == (SYSGATE_ARCH_RELOC_HAS_ADDEND ? SG_DT_RELA : SG_DT_REL))
      table = base + d->val;
    else if (d->tag == (SYSGATE_ARCH_RELOC_HAS_ADDEND ? SG_DT_RELASZ : SG_DT_RELSZ))
      size = d->val;

  const struct sg_reloc *r = (const struct sg_reloc *)table;
  for (unsigned long n = size / sizeof *r; n--; r++) {
    unsigned long *place = (unsigned long *)(base + r->offset);
    if ((r->info & 0xff) != SYSGATE_ARCH_R_RELATIVE)
      syscall1(SYS_exit_group, 127); /* a relocation only a dynamic linker could resolve */
#if SYSGATE_ARCH_RELOC_HAS_ADDEND
    *place = base + (unsigned long)r->addend;
#else
    *place += base;
#endif
  }
}
