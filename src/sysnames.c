/* System call names <-> numbers for both arches (sysgate/sysnames.h), over the
 * generated tables in sysnames_table.h.
 *
 * Not obvious: a number's name is one array index away; a name's number is a
 * scan of at most ~470 names. The scan costs no second, sorted table, which
 * keeps the data small for a -nostdlib program, and a name lookup is rare
 * (argument parsing) while number-to-name is the hot direction (tracing).
 */
#include <sysgate/sysnames.h>

#include "sysnames_table.h"

struct sysname_table {
  const char *arch;
  const char *names;       /* NUL-terminated names, "" at offset 0 */
  const uint16_t *offsets; /* per number, into names; 0: no call */
  long count;
};

#define SG_COUNT(offsets) ((long)(sizeof offsets / sizeof offsets[0]))

static const struct sysname_table tables[] = {
    [SYSGATE_ARCH_X86_64] = {"x86_64", sg_sysnames_x86_64, sg_sysname_offsets_x86_64,
                             SG_COUNT(sg_sysname_offsets_x86_64)},
    [SYSGATE_ARCH_I386] = {"i386", sg_sysnames_i386, sg_sysname_offsets_i386,
                           SG_COUNT(sg_sysname_offsets_i386)},
};

static const struct sysname_table *table(enum sysgate_arch arch) {
  /* Through unsigned: an out-of-range enum value may be negative. */
  return (unsigned int)arch < sizeof tables / sizeof tables[0] ? &tables[arch] : 0;
}

const char *sysgate_arch_name(enum sysgate_arch arch) {
  const struct sysname_table *t = table(arch);
  return t ? t->arch : 0;
}

const char *sysgate_syscall_name(enum sysgate_arch arch, long nr) {
  const struct sysname_table *t = table(arch);
  if (!t || nr < 0 || nr >= t->count || t->offsets[nr] == 0)
    return 0;
  return t->names + t->offsets[nr];
}

static int same(const char *a, const char *b) {
  while (*a && *a == *b)
    a++, b++;
  return *a == *b;
}

long sysgate_syscall_number(enum sysgate_arch arch, const char *name) {
  const struct sysname_table *t = table(arch);
  if (!t || !name)
    return -1;
  for (long nr = 0; nr < t->count; nr++)
    if (t->offsets[nr] != 0 && same(t->names + t->offsets[nr], name))
      return nr;
  return -1;
}

long sysgate_syscall_max(enum sysgate_arch arch) {
  const struct sysname_table *t = table(arch);
  return t ? t->count - 1 : -1;
}
