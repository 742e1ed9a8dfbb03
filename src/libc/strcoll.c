/* strcoll(3), strxfrm(3) in the C locale, the only one sysgate has.
 *
 * Not obvious: strxfrm's output is meant for strcmp, and in the C locale the
 * collation order is the bytes' own, so the transform is a copy. When n is too
 * small glibc copies the first n bytes with no NUL after them rather than
 * nothing, and returns strlen(src) either way; this does the same.
 */
#include <sysgate/string.h>

int strcoll(const char *a, const char *b) {
  return strcmp(a, b);
}

size_t strxfrm(char *restrict dest, const char *restrict src, size_t n) {
  size_t len = strlen(src);
  if (n != 0)
    memcpy(dest, src, len < n ? len + 1 : n);
  return len;
}
