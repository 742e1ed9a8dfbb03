/* libFuzzer target for the vDSO reader (src/vdso.c): any bytes, parsed as an
 * image of exactly their size, then every lookup sysgate makes and a few it
 * does not. Seeds: corpus/, the real vDSOs of both arches (dump_vdso.c).
 *
 * Not obvious: the bytes are copied into a buffer of their exact size, so
 * AddressSanitizer flags a read one byte past the end; and every address a
 * lookup returns must lie inside that buffer, or the target traps. The image
 * size helper assumes a mapped first page, so it only sees inputs that long.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <sysgate/vdso.h>

static const char *const names[][2] = {
#define SG_NAME(field, version, name) {version, name},
    SYSGATE_ARCH_VDSO_SYMBOLS(SG_NAME)
#undef SG_NAME
        {"LINUX_2.5", "__kernel_vsyscall"},
    {"LINUX_2.6", "__vdso_getrandom"},
    {NULL, "__vdso_time"},
    {"LINUX_2.6", ""},
};

static void check(const void *p, const unsigned char *image, size_t size) {
  if (p && ((uintptr_t)p < (uintptr_t)image || (uintptr_t)p >= (uintptr_t)image + size))
    __builtin_trap();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  unsigned char *image = malloc(size ? size : 1);
  if (!image)
    return 0;
  memcpy(image, data, size);
  struct sysgate_vdso v;
  if (sysgate_vdso_parse(&v, image, size) == 0) {
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
      check(sysgate_vdso_sym(&v, names[i][0], names[i][1]), image, size);
      /* each hash table alone, as the tests force them */
      struct sysgate_vdso one = v;
      one.gnu_hash = 0;
      check(sysgate_vdso_sym(&one, names[i][0], names[i][1]), image, size);
    }
  }
  if (size >= 4096)
    (void)sysgate_vdso_image_size(image);
  free(image);
  return 0;
}
