/* base: convert numbers between bases, like a small bc or printf(1) used for that:
 * each operand is read with strtoull(3) in base 0 (so 0x, 0 and plain decimal), or
 * with -i BASE in any base from 2 to 36, and printed in decimal, octal, hex and
 * binary, plus PRIu64/PRIx64 from <inttypes.h> and strtoimax(3) for signed values.
 *
 * Not obvious: strtoull accepts a leading minus sign and negates in unsigned
 * arithmetic, so "-1" gives 18446744073709551615 without an error.
 */
#include <err.h>
#include <errno.h>
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void binary(uint64_t v) {
  char digits[65];
  int n = 0;
  do {
    digits[n++] = (char)('0' + (v & 1));
    v >>= 1;
  } while (v);
  while (n > 0)
    putchar(digits[--n]);
}

int main(int argc, char *argv[]) {
  int base = 0, opt, status = 0;
  while ((opt = getopt(argc, argv, "i:")) != -1) {
    if (opt != 'i')
      return 1;
    base = atoi(optarg);
    if (base < 2 || base > 36)
      errx(1, "base must be between 2 and 36: %s", optarg);
  }
  for (int i = optind; i < argc; i++) {
    char *end;
    errno = 0;
    unsigned long long v = strtoull(argv[i], &end, base);
    if (errno != 0 || end == argv[i] || *end != '\0') {
      warnx("%s: %s", argv[i], errno ? strerror(errno) : "not a number");
      status = 1;
      continue;
    }
    uint64_t u = v;
    intmax_t s = strtoimax(argv[i], NULL, base);
    printf("%s: dec %llu oct %llo hex %#llx HEX %llX u64 %" PRIu64 " x64 %016" PRIx64
           " signed %jd bin ",
           argv[i], v, v, v, v, u, u, s);
    binary(u);
    putchar('\n');
  }
  return status;
}
