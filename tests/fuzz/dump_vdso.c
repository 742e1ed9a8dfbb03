/* dump_vdso FILE: writes this process's vDSO, the whole [vdso] mapping as
 * /proc/self/mem reads it, to FILE: the seed corpus of fuzz_vdso
 * (tests/fuzz/corpus/vdso-<arch>.so, one per arch: build for each and run).
 *
 * Not obvious: the bytes are the kernel's own shared object, unrelocated: the
 * vDSO is linked at address 0 and every address in it is an offset.
 */
#include <stdio.h>
#include <stdlib.h>

#include "oracle_vdso.h"

int main(int argc, char **argv) {
  unsigned long size;
  void *image = oracle_vdso_copy(&size);
  if (argc != 2 || !image) {
    fprintf(stderr, argc != 2 ? "usage: dump_vdso FILE\n" : "dump_vdso: no readable [vdso]\n");
    return 2;
  }
  FILE *out = fopen(argv[1], "wb");
  if (!out || fwrite(image, 1, size, out) != size || fclose(out) != 0) {
    perror(argv[1]);
    return 1;
  }
  free(image);
  return 0;
}
