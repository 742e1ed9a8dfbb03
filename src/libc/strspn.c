/* strspn(3), strcspn(3), strpbrk(3): the length of a run of bytes in, or not in, a set.
 *
 * Not obvious: the set is turned into a 256-bit map first, so each byte of s costs
 * one test whatever the set's size, and the NUL that ends the set is put in the map
 * of stop bytes (strcspn, strpbrk) so the scan stops at the end of s with no second
 * test.
 */
#include <sysgate/string.h>

struct byteset {
  unsigned char bits[32];
};

static void set_fill(struct byteset *set, const char *bytes) {
  for (unsigned i = 0; i < sizeof set->bits; i++)
    set->bits[i] = 0;
  for (const unsigned char *b = (const unsigned char *)bytes;; b++) {
    set->bits[*b >> 3] |= (unsigned char)(1u << (*b & 7));
    if (*b == '\0')
      break;
  }
}

static int set_has(const struct byteset *set, unsigned char c) {
  return set->bits[c >> 3] >> (c & 7) & 1;
}

/* The NUL is in the map too, and never in a span: strspn clears it again. */
size_t strspn(const char *s, const char *accept) {
  struct byteset set;
  set_fill(&set, accept);
  set.bits[0] &= (unsigned char)~1u;
  const unsigned char *p = (const unsigned char *)s;
  while (set_has(&set, *p))
    p++;
  return (size_t)((const char *)p - s);
}

size_t strcspn(const char *s, const char *reject) {
  struct byteset set;
  set_fill(&set, reject);
  const unsigned char *p = (const unsigned char *)s;
  while (!set_has(&set, *p))
    p++;
  return (size_t)((const char *)p - s);
}

char *strpbrk(const char *s, const char *accept) {
  s += strcspn(s, accept);
  return *s ? (char *)s : NULL;
}
