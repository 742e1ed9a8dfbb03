/* libFuzzer target for the system call name tables (src/sysnames.c): any arch
 * value, any number, any string.
 *
 * Properties: a name found for a number maps back to that number, and is made
 * of [a-z0-9_]; a number found for a string maps back to that very string;
 * nothing is found for an arch that is no enum sysgate_arch, or past
 * sysgate_syscall_max; an unknown arch has no name.
 */
#include <sysgate/sysnames.h>

#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  int arch_raw;
  long nr;
  fuzz_take(&data, &size, &arch_raw, sizeof arch_raw);
  fuzz_take(&data, &size, &nr, sizeof nr);
  if (arch_raw & 0x100) /* mostly a real arch and a small number */
    arch_raw &= 1, nr &= 0x3ff;
  enum sysgate_arch arch = (enum sysgate_arch)arch_raw;
  int valid = arch_raw == SYSGATE_ARCH_X86_64 || arch_raw == SYSGATE_ARCH_I386;

  FUZZ_REQUIRE((sysgate_arch_name(arch) != 0) == valid);
  long max = sysgate_syscall_max(arch);
  FUZZ_REQUIRE(valid ? max > 0 : max == -1);

  const char *name = sysgate_syscall_name(arch, nr);
  if (!valid || nr < 0 || nr > max)
    FUZZ_REQUIRE(name == 0);
  if (name) {
    for (const char *p = name; *p; p++)
      FUZZ_REQUIRE((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '_');
    FUZZ_REQUIRE(sysgate_syscall_number(arch, name) == nr);
  }

  /* the rest of the input as a name */
  char str[64];
  size_t n = size < sizeof str - 1 ? size : sizeof str - 1;
  for (size_t i = 0; i < n; i++)
    str[i] = (char)data[i];
  str[n] = '\0';
  long found = sysgate_syscall_number(arch, str);
  if (!valid)
    FUZZ_REQUIRE(found == -1);
  if (found >= 0) {
    const char *back = sysgate_syscall_name(arch, found);
    FUZZ_REQUIRE(back != 0 && fuzz_streq(back, str));
  }
  return 0;
}
