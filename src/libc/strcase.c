/* strcasecmp(3), strncasecmp(3): comparison ignoring case, in the C locale.
 *
 * Not obvious: only the 52 ASCII letters fold; bytes 0x80..0xff are no letters in
 * the C locale, so "\xc9" and "\xe9" (É and é in Latin-1) differ here as in glibc.
 * The result is the difference of the bytes after tolower, as unsigned char, so
 * "_" (0x5f) sorts after "A" under strcmp but before it here, where "A" is 0x61.
 */
#include <sysgate/ctype.h>
#include <sysgate/strings.h>

int strncasecmp(const char *a, const char *b, size_t n) {
  const unsigned char *x = (const unsigned char *)a, *y = (const unsigned char *)b;
  for (; n; n--, x++, y++) {
    int d = tolower(*x) - tolower(*y);
    if (d != 0 || *x == '\0')
      return d;
  }
  return 0;
}

int strcasecmp(const char *a, const char *b) {
  return strncasecmp(a, b, (size_t)-1);
}
