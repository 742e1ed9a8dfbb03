/* seq: print a sequence of integers, like seq(1): "seq LAST", "seq FIRST LAST",
 * "seq FIRST INCREMENT LAST", with -s SEPARATOR and -w (equal width, zero padded).
 * Uses strtoll(3), getopt(3) and printf(3)'s "%0*lld".
 *
 * Not obvious: "-1" as an operand would look like an option, so getopt is told to
 * stop at the first operand ("+" in the option string).
 */
#include <err.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static long long number(const char *s) {
  char *end;
  errno = 0;
  long long v = strtoll(s, &end, 10);
  if (errno != 0 || end == s || *end != '\0')
    errx(1, "invalid integer argument: '%s'", s);
  return v;
}

int main(int argc, char *argv[]) {
  const char *sep = "\n";
  int width = 0, opt;
  while ((opt = getopt(argc, argv, "+s:w")) != -1) {
    if (opt == 's')
      sep = optarg;
    else if (opt == 'w')
      width = 1;
    else
      return 1;
  }
  int n = argc - optind;
  if (n < 1 || n > 3)
    errx(1, "usage: seq [-w] [-s SEP] [FIRST [INCREMENT]] LAST");
  long long first = 1, step = 1, last = number(argv[argc - 1]);
  if (n >= 2)
    first = number(argv[optind]);
  if (n == 3)
    step = number(argv[optind + 1]);
  if (step == 0)
    errx(1, "invalid Zero increment value: '%s'", argv[optind + 1]);
  int digits = 0;
  if (width) {
    char tmp[32];
    int a = snprintf(tmp, sizeof tmp, "%lld", first), b = snprintf(tmp, sizeof tmp, "%lld", last);
    digits = a > b ? a : b;
  }
  int printed = 0;
  for (long long v = first; step > 0 ? v <= last : v >= last; v += step) {
    if (printed++)
      fputs(sep, stdout);
    printf("%0*lld", digits, v);
  }
  if (printed)
    putchar('\n');
  return 0;
}
