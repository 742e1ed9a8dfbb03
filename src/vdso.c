/* The vDSO reader: dynamic symbol lookup in the ELF shared object the kernel
 * maps into every process (vdso(7)), and the SYSGATE_NO_VDSO switch.
 *
 * Sources: the System V gABI ("ELF Header", "Program Header", "Dynamic Section", "Hash Table",
 * "Symbol Table"); the LSB's "Symbol Versioning" (DT_VERSYM, DT_VERDEF); the GNU hash table as
 * binutils writes it (header of nbuckets, symoffset, bloom_size, bloom_shift; bloom words of the
 * ELF class's size; buckets; one hash word per symbol from symoffset on, bit 0 ending a chain); the
 * kernel's tools/testing/selftests/vDSO/parse_vdso.c for which parts a vDSO has.
 *
 * Not obvious: the image is untrusted bytes (this is a fuzz target). A virtual address becomes an
 * image offset by wrapping unsigned arithmetic and is used only after at() has checked it, with its
 * alignment, against the size the caller gave; a count is checked against the size before it is
 * multiplied; every loop ends within the image, so a cycle in a hash chain or a version list cannot
 * spin. A malformed image is refused or yields NULL, never a fault.
 */
#include <sysgate/errno.h>
#include <sysgate/vdso.h>

#define EI_CLASS 4
#define EI_DATA 5
#define EI_VERSION 6
#define ELFDATA2LSB 1
#define EV_CURRENT 1
#define ET_DYN 3
#define PT_LOAD 1
#define PT_DYNAMIC 2
#define DT_NULL 0
#define DT_HASH 4
#define DT_STRTAB 5
#define DT_SYMTAB 6
#define DT_STRSZ 10
#define DT_SYMENT 11
#define DT_GNU_HASH 0x6ffffef5
#define DT_VERSYM 0x6ffffff0
#define DT_VERDEF 0x6ffffffc
#define SHN_UNDEF 0
#define STT_NOTYPE 0
#define STT_FUNC 2
#define STB_GLOBAL 1
#define STB_WEAK 2
#define VER_FLG_BASE 1
#define VERSYM_INDEX 0x7fff /* the top bit marks a hidden version */

/* The headers' common layout; sysgate_elf_addr/off are the class's widths. */
struct elf_ehdr {
  unsigned char e_ident[16];
  uint16_t e_type, e_machine;
  uint32_t e_version;
  sysgate_elf_addr e_entry;
  sysgate_elf_off e_phoff, e_shoff;
  uint32_t e_flags;
  uint16_t e_ehsize, e_phentsize, e_phnum, e_shentsize, e_shnum, e_shstrndx;
};

/* Elf32_Verdef and Elf64_Verdef are the same. */
struct elf_verdef {
  uint16_t vd_version, vd_flags, vd_ndx, vd_cnt;
  uint32_t vd_hash, vd_aux, vd_next;
};

struct elf_verdaux {
  uint32_t vda_name, vda_next;
};

/* n objects of `size` bytes each at image offset off, aligned to `align`:
 * their address, or NULL when any byte lies outside the image. */
static const void *at(const struct sysgate_vdso *v, uintptr_t off, uintptr_t n, uintptr_t size,
                      uintptr_t align) {
  if (off > v->size || n > (v->size - off) / size || ((uintptr_t)v->image + off) % align != 0)
    return NULL;
  return v->image + off;
}
#define AT(v, off, n, type) ((const type *)at((v), (off), (n), sizeof(type), _Alignof(type)))

/* The first PT_LOAD and PT_DYNAMIC of an image of this arch's class. */
static int segments(const struct sysgate_vdso *v, const struct sysgate_elf_phdr **load,
                    const struct sysgate_elf_phdr **dynamic) {
  const struct elf_ehdr *eh = AT(v, 0, 1, struct elf_ehdr);
  if (!eh || eh->e_ident[0] != 0x7f || eh->e_ident[1] != 'E' || eh->e_ident[2] != 'L' ||
      eh->e_ident[3] != 'F' || eh->e_ident[EI_CLASS] != SYSGATE_ELF_CLASS ||
      eh->e_ident[EI_DATA] != ELFDATA2LSB || eh->e_ident[EI_VERSION] != EV_CURRENT ||
      eh->e_type != ET_DYN || eh->e_machine != SYSGATE_ELF_MACHINE ||
      eh->e_phentsize != sizeof(struct sysgate_elf_phdr))
    return -ENOEXEC;
  const struct sysgate_elf_phdr *ph = AT(v, eh->e_phoff, eh->e_phnum, struct sysgate_elf_phdr);
  *load = *dynamic = NULL;
  for (unsigned i = 0; ph && i < eh->e_phnum; i++) {
    if (ph[i].p_type == PT_LOAD && !*load)
      *load = &ph[i];
    if (ph[i].p_type == PT_DYNAMIC && !*dynamic)
      *dynamic = &ph[i];
  }
  return *load && *dynamic ? 0 : -ENOEXEC;
}

uintptr_t sysgate_vdso_image_size(const void *ehdr) {
  struct sysgate_vdso v = {.image = ehdr, .size = 4096};
  const struct sysgate_elf_phdr *load, *dynamic;
  if (!ehdr || segments(&v, &load, &dynamic) != 0)
    return 0;
  uintptr_t end = (uintptr_t)load->p_offset + (uintptr_t)load->p_filesz;
  return end < (uintptr_t)load->p_offset ? 0 : end;
}

/* DT_HASH: nbucket, nchain, bucket[nbucket], chain[nchain]. */
static const uint32_t *sysv_table(const struct sysgate_vdso *v) {
  const uint32_t *h = AT(v, v->hash, 2, uint32_t);
  if (!h || h[0] == 0 || !AT(v, v->hash + 8, h[0], uint32_t) ||
      !AT(v, v->hash + 8 + 4 * (uintptr_t)h[0], h[1], uint32_t))
    return NULL;
  return h;
}

/* DT_GNU_HASH: its four header words, checked with the bloom filter and the
 * buckets behind them (the chain is checked word by word). */
static const uint32_t *gnu_table(const struct sysgate_vdso *v) {
  const uint32_t *g = AT(v, v->gnu_hash, 4, uint32_t);
  if (!g || g[0] == 0 || g[2] == 0 || g[3] >= 32 ||
      !AT(v, v->gnu_hash + 16, g[2], sysgate_elf_addr) ||
      !AT(v, v->gnu_hash + 16 + g[2] * (uintptr_t)sizeof(sysgate_elf_addr), g[0], uint32_t))
    return NULL;
  return g;
}

int sysgate_vdso_parse(struct sysgate_vdso *v, const void *image, uintptr_t size) {
  struct sysgate_vdso r = {.image = image, .size = size};
  const struct sysgate_elf_phdr *load, *dynamic;
  uintptr_t strsz = 0;
  *v = (struct sysgate_vdso){.image = NULL};
  if (!image || segments(&r, &load, &dynamic) != 0)
    return -ENOEXEC;
  /* The image starts where the first PT_LOAD's file offset says; the vDSO's
   * is at offset 0 and virtual address 0. */
  r.to_offset = (uintptr_t)load->p_offset - (uintptr_t)load->p_vaddr;
  for (uintptr_t off = dynamic->p_offset;; off += sizeof(struct sysgate_elf_dyn)) {
    const struct sysgate_elf_dyn *d = AT(&r, off, 1, struct sysgate_elf_dyn);
    if (!d || d->d_tag == DT_NULL)
      break;
    uintptr_t where = (uintptr_t)d->d_val + r.to_offset;
    switch (d->d_tag) {
    case DT_HASH:
      r.hash = where;
      break;
    case DT_GNU_HASH:
      r.gnu_hash = where;
      break;
    case DT_SYMTAB:
      r.symtab = where;
      break;
    case DT_STRTAB:
      r.strtab = where;
      break;
    case DT_STRSZ:
      strsz = (uintptr_t)d->d_val;
      break;
    case DT_SYMENT:
      if (d->d_val != sizeof(struct sysgate_elf_sym))
        return -ENOEXEC;
      break;
    case DT_VERSYM:
      r.versym = where;
      break;
    case DT_VERDEF:
      r.verdef = where;
      break;
    }
  }
  /* Offset 0 is the ELF header: no table starts there. */
  if (!r.symtab || !r.strtab || !AT(&r, r.symtab, 1, struct sysgate_elf_sym) ||
      !AT(&r, r.strtab, 1, char))
    return -ENOEXEC;
  r.strsz = strsz && strsz <= r.size - r.strtab ? strsz : r.size - r.strtab;
  r.nsyms = (r.size - r.symtab) / sizeof(struct sysgate_elf_sym);
  const uint32_t *sysv = r.hash ? sysv_table(&r) : NULL;
  if (!sysv)
    r.hash = 0;
  else if (sysv[1] < r.nsyms)
    r.nsyms = sysv[1]; /* nchain is the symbol count */
  if (r.gnu_hash && !gnu_table(&r))
    r.gnu_hash = 0;
  if (!r.hash && !r.gnu_hash)
    return -ENOEXEC;
  *v = r;
  return 0;
}

/* Whether the string at name_off in the string table is `want`; the table
 * ends at strsz or at the image's end, whichever comes first. */
static int name_is(const struct sysgate_vdso *v, uint32_t name_off, const char *want) {
  uintptr_t avail = v->strtab <= v->size ? v->size - v->strtab : 0;
  if (v->strsz < avail)
    avail = v->strsz;
  if (name_off >= avail)
    return 0;
  const char *s = (const char *)v->image + v->strtab + name_off;
  for (uintptr_t i = 0; i < avail - name_off; i++) {
    if (s[i] != want[i])
      return 0;
    if (want[i] == '\0')
      return 1;
  }
  return 0;
}

/* Whether symbol i has version `want` (any, when the image has no versions). */
static int version_is(const struct sysgate_vdso *v, uintptr_t i, const char *want) {
  if (!want || !v->versym)
    return 1;
  const uint16_t *vs = AT(v, v->versym + 2 * i, 1, uint16_t);
  if (!vs || !v->verdef)
    return 0;
  uintptr_t off = v->verdef;
  for (uintptr_t n = v->size / sizeof(struct elf_verdef); n > 0; n--) {
    const struct elf_verdef *d = AT(v, off, 1, struct elf_verdef);
    if (!d)
      return 0;
    if (!(d->vd_flags & VER_FLG_BASE) && d->vd_ndx == (*vs & VERSYM_INDEX)) {
      const struct elf_verdaux *aux = AT(v, off + d->vd_aux, 1, struct elf_verdaux);
      return aux && name_is(v, aux->vda_name, want);
    }
    if (d->vd_next == 0)
      return 0;
    off += d->vd_next;
  }
  return 0;
}

/* Symbol i's address if it is a defined function `name` of `version`. */
static void *match(const struct sysgate_vdso *v, uintptr_t i, const char *name,
                   const char *version) {
  if (i >= v->nsyms)
    return NULL;
  const struct sysgate_elf_sym *s =
      AT(v, v->symtab + i * sizeof(struct sysgate_elf_sym), 1, struct sysgate_elf_sym);
  if (!s || s->st_shndx == SHN_UNDEF)
    return NULL;
  unsigned type = s->st_info & 0xf, bind = s->st_info >> 4;
  if ((type != STT_FUNC && type != STT_NOTYPE) || (bind != STB_GLOBAL && bind != STB_WEAK) ||
      !name_is(v, s->st_name, name) || !version_is(v, i, version))
    return NULL;
  uintptr_t off = (uintptr_t)s->st_value + v->to_offset;
  if (!AT(v, off, 1, char))
    return NULL;
  return (void *)(uintptr_t)(v->image + off);
}

static void *sysv_lookup(const struct sysgate_vdso *v, const char *name, const char *version) {
  const uint32_t *h = sysv_table(v);
  if (!h)
    return NULL;
  uint32_t hash = 0;
  for (const unsigned char *s = (const unsigned char *)name; *s; s++) {
    hash = (hash << 4) + *s;
    uint32_t high = hash & 0xf0000000;
    if (high)
      hash ^= high >> 24;
    hash &= ~high;
  }
  const uint32_t *bucket = h + 2, *chain = bucket + h[0];
  /* At most nchain steps: a chain that loops ends anyway. */
  uint32_t i = bucket[hash % h[0]];
  for (uint32_t n = h[1]; i != 0 && i < h[1] && n > 0; n--, i = chain[i]) {
    void *p = match(v, i, name, version);
    if (p)
      return p;
  }
  return NULL;
}

static void *gnu_lookup(const struct sysgate_vdso *v, const char *name, const char *version) {
  const uint32_t *g = gnu_table(v);
  if (!g)
    return NULL;
  uint32_t nbuckets = g[0], symoffset = g[1], bloom_size = g[2], shift = g[3];
  const sysgate_elf_addr *bloom = (const sysgate_elf_addr *)(g + 4);
  const uint32_t *buckets = (const uint32_t *)(bloom + bloom_size);
  uintptr_t chain =
      v->gnu_hash + 16 + bloom_size * (uintptr_t)sizeof *bloom + 4 * (uintptr_t)nbuckets;
  const unsigned bits = 8 * sizeof *bloom;

  uint32_t hash = 5381;
  for (const unsigned char *s = (const unsigned char *)name; *s; s++)
    hash = hash * 33 + *s;
  /* Two bits of the hash must be set in one bloom word, or it is absent. */
  sysgate_elf_addr word = bloom[(hash / bits) % bloom_size];
  sysgate_elf_addr mask = (sysgate_elf_addr)1 << (hash % bits) | (sysgate_elf_addr)1
                                                                     << ((hash >> shift) % bits);
  if ((word & mask) != mask)
    return NULL;
  uint32_t i = buckets[hash % nbuckets];
  if (i == 0 || i < symoffset)
    return NULL;
  /* Each step reads 4 bytes further on: the walk leaves the image or ends. */
  for (;; i++) {
    const uint32_t *h = AT(v, chain + 4 * (uintptr_t)(i - symoffset), 1, uint32_t);
    if (!h)
      return NULL;
    if ((*h | 1) == (hash | 1)) {
      void *p = match(v, i, name, version);
      if (p)
        return p;
    }
    if (*h & 1)
      return NULL;
  }
}

void *sysgate_vdso_sym(const struct sysgate_vdso *v, const char *version, const char *name) {
  if (!v->image)
    return NULL;
  return v->gnu_hash ? gnu_lookup(v, name, version) : sysv_lookup(v, name, version);
}

__attribute__((cold)) int sysgate_vdso_wanted(char **envp) {
#ifdef SYSGATE_NO_VDSO
  (void)envp;
  return 0;
#else
  static const char key[] = "SYSGATE_NO_VDSO=";
  for (; envp && *envp; envp++) {
    const char *e = *envp;
    unsigned i = 0;
    while (key[i] && e[i] == key[i])
      i++;
    if (!key[i])
      return e[i] == '\0' || e[i] == '0';
  }
  return 1;
#endif
}
