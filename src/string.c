/* memcpy(3), memmove(3), memset(3), memcmp(3), strlen(3) for programs without libc.
 *
 * Not obvious: gcc turns byte loops like these back into calls to memcpy and
 * memset (-ftree-loop-distribute-patterns), which here would call themselves;
 * CMake builds this file with that pass off. The definitions are weak so a
 * program's own (or a faster one) takes precedence.
 */
#include <stdint.h>
#include <sysgate/string.h>

#define SG_WEAK __attribute__((weak))

SG_WEAK void *memcpy(void *restrict dest, const void *restrict src, size_t n) {
  unsigned char *d = dest;
  const unsigned char *s = src;
  while (n--)
    *d++ = *s++;
  return dest;
}

SG_WEAK void *memmove(void *dest, const void *src, size_t n) {
  unsigned char *d = dest;
  const unsigned char *s = src;
  if ((uintptr_t)d - (uintptr_t)s >= n) /* no overlap that a forward copy would clobber */
    return memcpy(dest, src, n);
  while (n--)
    d[n] = s[n];
  return dest;
}

SG_WEAK void *memset(void *dest, int c, size_t n) {
  unsigned char *d = dest;
  while (n--)
    *d++ = (unsigned char)c;
  return dest;
}

SG_WEAK int memcmp(const void *a, const void *b, size_t n) {
  const unsigned char *x = a, *y = b;
  for (; n; n--, x++, y++)
    if (*x != *y)
      return *x - *y;
  return 0;
}

SG_WEAK size_t strlen(const char *s) {
  const char *p = s;
  while (*p)
    p++;
  return (size_t)(p - s);
}
