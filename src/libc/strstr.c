/* strstr(3), strcasestr(3), memmem(3): substring search in linear time.
 *
 * Not obvious: the obvious loop (try every start, compare the needle) is O(h*n): "aaa...ab" in
 * "aaa...a" compares almost the whole needle at every start. These use the Two-Way algorithm
 * (Crochemore and Perrin, "Two-way string-matching", J. (the rest: docs/libc.md)
 */
#include <sysgate/ctype.h>
#include <sysgate/string.h>

#define ALWAYS_INLINE inline __attribute__((always_inline))

/* The byte as the search sees it: itself, or its lower case for strcasestr. */
static ALWAYS_INLINE unsigned char fold(unsigned char c, int icase) {
  return icase ? (unsigned char)tolower(c) : c;
}

/* The start of the maximal suffix of x[0..m) (m >= 1) under the byte order, or
 * under its reverse when rev; *period: that suffix's period. */
static ALWAYS_INLINE size_t max_suffix(const unsigned char *x, size_t m, int rev, int icase,
                                       size_t *period) {
  size_t start = 0; /* the best suffix so far starts here */
  size_t j = 0;     /* the suffix compared with it starts at j + 1 */
  size_t k = 1, p = 1;
  while (j + k < m) {
    unsigned char a = fold(x[j + k], icase), b = fold(x[start + k - 1], icase);
    if (rev ? a > b : a < b) { /* the compared suffix is smaller: p grows to cover it */
      j += k;
      k = 1;
      p = j - start + 1;
    } else if (a == b) { /* still periodic: advance within the period, or by it */
      if (k != p) {
        k++;
      } else {
        j += p;
        k = 1;
      }
    } else { /* a larger suffix starts at j + 1 */
      start = j + 1;
      j = start;
      k = p = 1;
    }
  }
  *period = p;
  return start;
}

/* The first y + pos at which x[0..m) occurs in y[0..n), or NULL; 1 <= m <= n. */
static ALWAYS_INLINE const unsigned char *two_way(const unsigned char *y, size_t n,
                                                  const unsigned char *x, size_t m, int icase) {
  size_t p1, p2;
  size_t s1 = max_suffix(x, m, 0, icase, &p1), s2 = max_suffix(x, m, 1, icase, &p2);
  size_t crit = s1 > s2 ? s1 : s2; /* x = u v with u = x[0..crit) */
  size_t per = s1 > s2 ? p1 : p2;

  size_t i = 0;
  while (i < crit && fold(x[i], icase) == fold(x[i + per], icase))
    i++;
  if (i == crit) {
    /* u is a suffix of v's period: the needle's period is per. After a shift by per,
     * the first m - per bytes are already known to match (mem of them). */
    size_t mem = 0;
    for (size_t pos = 0; pos <= n - m;) {
      i = crit > mem ? crit : mem;
      while (i < m && fold(x[i], icase) == fold(y[pos + i], icase))
        i++;
      if (i < m) {
        pos += i - crit + 1;
        mem = 0;
        continue;
      }
      for (i = crit; i > mem && fold(x[i - 1], icase) == fold(y[pos + i - 1], icase);)
        i--;
      if (i <= mem)
        return y + pos;
      pos += per;
      mem = m - per;
    }
  } else {
    /* No useful period: after the right part matched, shift past whichever part
     * is longer. */
    per = (crit > m - crit ? crit : m - crit) + 1;
    for (size_t pos = 0; pos <= n - m;) {
      i = crit;
      while (i < m && fold(x[i], icase) == fold(y[pos + i], icase))
        i++;
      if (i < m) {
        pos += i - crit + 1;
        continue;
      }
      for (i = crit; i > 0 && fold(x[i - 1], icase) == fold(y[pos + i - 1], icase);)
        i--;
      if (i == 0)
        return y + pos;
      pos += per;
    }
  }
  return NULL;
}

void *memmem(const void *haystack, size_t haystacklen, const void *needle, size_t needlelen) {
  if (needlelen == 0)
    return (void *)haystack;
  if (needlelen > haystacklen)
    return NULL;
  return (void *)two_way(haystack, haystacklen, needle, needlelen, 0);
}

char *strstr(const char *haystack, const char *needle) {
  if (needle[0] == '\0')
    return (char *)haystack;
  haystack = strchr(haystack, needle[0]); /* cheap, and often the whole answer */
  if (haystack == NULL || needle[1] == '\0')
    return (char *)haystack;
  return memmem(haystack, strlen(haystack), needle, strlen(needle));
}

char *strcasestr(const char *haystack, const char *needle) {
  size_t n = strlen(haystack), m = strlen(needle);
  if (m == 0)
    return (char *)haystack;
  if (m > n)
    return NULL;
  return (char *)two_way((const unsigned char *)haystack, n, (const unsigned char *)needle, m, 1);
}
