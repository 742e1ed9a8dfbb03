/* od: dump bytes as octal, hex or decimal numbers, like od(1) with -t o1, x1, x2,
 * d1 and u1 and -A o|x|d|n for the address radix. Reads with getc(3), prints with
 * printf(3) widths "%03o", "%02x", "%04x", "%4d".
 *
 * Not obvious: -t x2 joins two bytes in the machine's order (little-endian on both
 * x86 arches), so "ab" prints as 6261; an odd last byte is padded with zero.
 */
#include <err.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int main(int argc, char *argv[]) {
  const char *type = "o2";
  char radix = 'o';
  int opt;
  while ((opt = getopt(argc, argv, "t:A:")) != -1) {
    if (opt == 't')
      type = optarg;
    else if (opt == 'A' && strchr("oxdn", optarg[0]) && optarg[1] == '\0')
      radix = optarg[0];
    else
      errx(1, "invalid option or argument");
  }
  int size = type[1] ? type[1] - '0' : 1;
  if (!strchr("oxdu", type[0]) || (size != 1 && size != 2) || (type[1] && type[2]))
    errx(1, "invalid type string '%s'", type);
  FILE *f = stdin;
  if (optind < argc && (f = fopen(argv[optind], "r")) == NULL)
    err(1, "%s", argv[optind]);
  unsigned char buf[16];
  unsigned long offset = 0;
  size_t n;
  const char *addr = radix == 'o' ? "%07lo" : radix == 'x' ? "%06lx" : "%07lu";
  while ((n = fread(buf, 1, sizeof buf, f)) > 0) {
    if (radix != 'n')
      printf(addr, offset);
    for (size_t i = 0; i < n; i += (size_t)size) {
      unsigned v = buf[i];
      if (size == 2)
        v |= (i + 1 < n ? buf[i + 1] : 0u) << 8;
      switch (type[0]) {
      case 'o':
        printf(size == 1 ? " %03o" : " %06o", v);
        break;
      case 'x':
        printf(size == 1 ? " %02x" : " %04x", v);
        break;
      case 'u':
        printf(size == 1 ? " %3u" : " %5u", v);
        break;
      case 'd':
        printf(size == 1 ? " %4d" : " %6d", size == 1 ? (signed char)v : (short)v);
        break;
      }
    }
    putchar('\n');
    offset += n;
  }
  if (radix != 'n')
    printf(addr, offset), putchar('\n');
  return 0;
}
