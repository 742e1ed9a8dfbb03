/* bsearch(3): binary search of a sorted array.
 *
 * Not obvious: the key is always the comparator's first argument and an element
 * its second (C11 7.22.5.1), so a comparator may take the two as different
 * types. The probes are glibc's, the middle of [lo, hi) rounded down, so among
 * equal elements this finds the same one glibc's does.
 */
#include <sysgate/stdlib.h>

void *bsearch(const void *key, const void *base, size_t nmemb, size_t size,
              int (*compar)(const void *, const void *)) {
  const char *lo = base;
  while (nmemb > 0) {
    const char *mid = lo + nmemb / 2 * size;
    int c = compar(key, mid);
    if (c == 0)
      return (void *)mid;
    if (c > 0) { /* the upper half, past mid */
      lo = mid + size;
      nmemb -= nmemb / 2 + 1;
    } else {
      nmemb /= 2;
    }
  }
  return NULL;
}
