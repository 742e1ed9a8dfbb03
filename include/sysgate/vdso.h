/* sysgate/vdso.h: finding functions in the vDSO, the small shared object the
 * kernel maps into every process (vdso(7); its address is AT_SYSINFO_EHDR in
 * the auxiliary vector, getauxval(3)), and the switch that turns it off.
 *
 *   sysgate_vdso_parse(&v, image, size)   read an image's dynamic symbol tables
 *   sysgate_vdso_sym(&v, version, name)   a function's address, or NULL
 *
 * Not obvious: the reader takes nothing on trust. It is given an image and its
 * size and never reads outside them, whatever the bytes say (it is a fuzz
 * target: tests/fuzz/); a malformed image is refused or yields NULL lookups.
 * A program that never makes a time call links none of it: the setup is a
 * .preinit_array entry in the time calls' own object file (src/vdso_time.c).
 *
 * Switches: SYSGATE_NO_VDSO=1 in the environment at startup (for valgrind,
 * which hides the vDSO anyway, and for watching every call trap), or
 * -DSYSGATE_VDSO=OFF at build time. Either way the time calls make system
 * calls and i386 traps with `int $0x80`.
 */
#ifndef SYSGATE_VDSO_H
#define SYSGATE_VDSO_H

#include <stddef.h>
#include <stdint.h>

#include "arch.h"
#include "base.h"

/* The functions sysgate calls, filled at startup by sysgate_vdso_setup()
 * (sysgate/vdso_time.h); all NULL without a vDSO. Per arch: its fields. */
struct sysgate_vdso_calls;
extern struct sysgate_vdso_calls sysgate_vdso_calls;
#ifdef SYSGATE_NO_VDSO
#define SYSGATE_VDSO_FN(field) ((__typeof__(sysgate_vdso_calls.field))0)
#else
#define SYSGATE_VDSO_FN(field) (sysgate_vdso_calls.field)
#endif

/* The ELF class's structures, the table of calls, the raw time calls. */
#include SYSGATE_ARCH_VDSO_H

/* A parsed image: offsets of its tables (0: absent), valid for `size` bytes at
 * `image`. Zeroed fields disable a table, which the tests use to reach each
 * hash table alone. */
struct sysgate_vdso {
  const unsigned char *image;
  uintptr_t size;
  uintptr_t to_offset; /* add to a virtual address to get its image offset */
  uintptr_t symtab, nsyms;
  uintptr_t strtab, strsz;
  uintptr_t hash, gnu_hash; /* DT_HASH, DT_GNU_HASH */
  uintptr_t versym, verdef; /* DT_VERSYM, DT_VERDEF */
};

/* 0, or -ENOEXEC when the image is not a usable shared object of this arch's
 * ELF class (then every lookup yields NULL). */
int sysgate_vdso_parse(struct sysgate_vdso *v, const void *image, uintptr_t size);

/* The address of the function `name` of version `version` (NULL: any version),
 * or NULL. Looks through DT_GNU_HASH when the image has it, else DT_HASH. */
void *sysgate_vdso_sym(const struct sysgate_vdso *v, const char *version, const char *name);

/* The size of the image the kernel mapped at ehdr: the end of its loadable
 * segment, read from headers that must lie in the first page (x86 pages are
 * 4096 bytes; the vDSO is page-aligned and at least one page). 0: not ELF. */
uintptr_t sysgate_vdso_image_size(const void *ehdr);

/* 0 when envp holds SYSGATE_NO_VDSO with a value that is not empty and does
 * not start with '0', or when built with SYSGATE_NO_VDSO; else 1. */
int sysgate_vdso_wanted(char **envp);

#endif
