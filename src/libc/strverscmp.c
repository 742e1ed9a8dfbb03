/* strverscmp(3): two strings compared as versions, so that "a2" < "a10".
 *
 * Not obvious: the comparison is glibc's (string/strverscmp.c), decided where the
 * strings first differ by the run of digits both share just before that byte; leading
 * zeros make a fraction, so "00" < "0" < "1" and "010" < "09" (the rest: docs/libc.md).
 */
#include <sysgate/ctype.h>
#include <sysgate/string.h>

/* The digits at s: how many */
static size_t digits(const unsigned char *s) {
  size_t n = 0;
  while (sysgate_ctype_isdigit(s[n]))
    n++;
  return n;
}

int strverscmp(const char *a, const char *b) {
  const unsigned char *s = (const unsigned char *)a, *t = (const unsigned char *)b;
  size_t i = 0;
  while (s[i] == t[i]) {
    if (!s[i])
      return 0;
    i++;
  }
  int diff = s[i] - t[i];
  size_t start = i; /* the digits both share before i begin here */
  while (start > 0 && sysgate_ctype_isdigit(s[start - 1]))
    start--;
  int ds = sysgate_ctype_isdigit(s[i]), dt = sysgate_ctype_isdigit(t[i]);
  int by_length; /* two runs of digits: the longer is the larger */
  if (start == i) {
    by_length = ds && dt && s[i] != '0' && t[i] != '0';
  } else if (s[start] != '0') { /* an integer */
    if (ds != dt)
      return ds ? 1 : -1;
    by_length = ds;
  } else {
    size_t k = start;
    while (k < i && s[k] == '0')
      k++;
    if (k < i || ds == dt) /* a fraction past its leading zeros, or both alike there */
      return diff;
    return ds ? -1 : 1; /* still leading zeros: the digit is the smaller */
  }
  if (by_length) {
    size_t ns = digits(s + i), nt = digits(t + i);
    if (ns != nt)
      return ns > nt ? 1 : -1;
  }
  return diff;
}
