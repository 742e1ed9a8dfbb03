/* tr: translate or delete bytes, like tr(1): "tr SET1 SET2" maps, "tr -d SET"
 * deletes, "tr -s SET" squeezes runs; sets may hold ranges like a-z and the
 * escapes \n, \t and \\. Uses getchar(3), putchar(3) and a 256-entry table.
 *
 * Not obvious: when SET2 is shorter than SET1, its last byte repeats to fill it,
 * as GNU tr does.
 */
#include <err.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Expands ranges and escapes of a set into out; returns its length. */
static size_t expand(const char *s, unsigned char *out) {
  size_t n = 0;
  while (*s) {
    int c = (unsigned char)*s++;
    if (c == '\\' && *s) {
      c = (unsigned char)*s++;
      c = c == 'n' ? '\n' : c == 't' ? '\t' : c;
    }
    if (s[0] == '-' && s[1]) {
      int hi = (unsigned char)s[1];
      if (hi < c)
        errx(1, "range-endpoints of '%c-%c' are in reverse collating sequence order", c, hi);
      for (; c <= hi && n < 256; c++)
        out[n++] = (unsigned char)c;
      s += 2;
    } else if (n < 256) {
      out[n++] = (unsigned char)c;
    }
  }
  return n;
}

int main(int argc, char *argv[]) {
  int del = 0, squeeze = 0, opt;
  while ((opt = getopt(argc, argv, "ds")) != -1) {
    if (opt == 'd')
      del = 1;
    else if (opt == 's')
      squeeze = 1;
    else
      return 1;
  }
  int sets = argc - optind;
  if (sets < 1 || (!del && !squeeze && sets != 2))
    errx(1, "usage: tr [-ds] SET1 [SET2]");

  unsigned char set1[256], set2[256];
  int map[256], in_set[256] = {0};
  size_t n1 = expand(argv[optind], set1), n2 = 0;
  if (sets > 1)
    n2 = expand(argv[optind + 1], set2);
  for (int i = 0; i < 256; i++)
    map[i] = i;
  for (size_t i = 0; i < n1; i++) {
    in_set[set1[i]] = 1;
    if (n2 > 0)
      map[set1[i]] = set2[i < n2 ? i : n2 - 1];
  }
  int c, last = EOF;
  while ((c = getchar()) != EOF) {
    if (del && in_set[c])
      continue;
    c = map[c];
    if (squeeze && c == last && (sets == 1 ? in_set[c] : memchr(set2, c, n2) != NULL))
      continue;
    putchar(c);
    last = c;
  }
  return 0;
}
