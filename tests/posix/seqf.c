/* seqf: print a sequence of decimal numbers, like "seq 0 0.25 2": the numbers are
 * doubles from strtod(3), printed with as many decimals as the operands have
 * ("%.*f"), or with -f a printf format of the user's such as "%.3e" or "%g".
 *
 * Not obvious: the values are first + i * step, not a running sum, so rounding
 * errors do not pile up (seq(1) does the same, in long double).
 */
#include <err.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static double number(const char *s, int *decimals) {
  char *end;
  errno = 0;
  double v = strtod(s, &end);
  if (errno != 0 || end == s || *end != '\0')
    errx(1, "invalid floating point argument: '%s'", s);
  const char *dot = strchr(s, '.');
  int d = dot ? (int)strlen(dot + 1) : 0;
  if (d > *decimals)
    *decimals = d;
  return v;
}

int main(int argc, char *argv[]) {
  const char *format = NULL;
  int opt;
  while ((opt = getopt(argc, argv, "+f:")) != -1) {
    if (opt != 'f')
      return 1;
    format = optarg;
  }
  int n = argc - optind, decimals = 0;
  if (n != 3)
    errx(1, "usage: seqf [-f FORMAT] FIRST INCREMENT LAST");
  double first = number(argv[optind], &decimals);
  double step = number(argv[optind + 1], &decimals);
  double last = number(argv[optind + 2], &decimals);
  if (step == 0)
    errx(1, "invalid Zero increment value: '%s'", argv[optind + 1]);
  for (long i = 0;; i++) {
    double v = first + (double)i * step;
    if (step > 0 ? v > last : v < last)
      break;
    if (format)
      printf(format, v);
    else
      printf("%.*f", decimals, v);
    putchar('\n');
  }
  return 0;
}
