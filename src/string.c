/* memcpy(3), memmove(3), memset(3), memcmp(3), strlen(3), strcmp(3), strncmp(3),
 * strchr(3), strrchr(3), strcpy(3), strncpy(3), strcat(3) for programs without libc.
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

/* Both compare bytes as unsigned char (C11 7.24.4), as memcmp does. */
SG_WEAK int strcmp(const char *a, const char *b) {
  return strncmp(a, b, (size_t)-1);
}

SG_WEAK int strncmp(const char *a, const char *b, size_t n) {
  const unsigned char *x = (const unsigned char *)a, *y = (const unsigned char *)b;
  for (; n; n--, x++, y++)
    if (*x != *y || *x == '\0')
      return *x - *y;
  return 0;
}

/* c is converted to char, and the terminating NUL counts as part of the string:
 * strchr(s, '\0') is the address of the terminator, not NULL. */
SG_WEAK char *strchr(const char *s, int c) {
  for (;; s++) {
    if (*s == (char)c)
      return (char *)s;
    if (*s == '\0')
      return NULL;
  }
}

SG_WEAK char *strrchr(const char *s, int c) {
  const char *last = NULL;
  do
    if (*s == (char)c)
      last = s;
  while (*s++);
  return (char *)last;
}

SG_WEAK char *strcpy(char *restrict dest, const char *restrict src) {
  char *d = dest;
  while ((*d++ = *src++) != '\0')
    ;
  return dest;
}

/* Exactly n bytes written: the source, then NULs up to n. A source of n bytes or
 * more leaves dest without a terminator, as the standard says. */
SG_WEAK char *strncpy(char *restrict dest, const char *restrict src, size_t n) {
  size_t i = 0;
  for (; i < n && src[i] != '\0'; i++)
    dest[i] = src[i];
  for (; i < n; i++)
    dest[i] = '\0';
  return dest;
}

SG_WEAK char *strcat(char *restrict dest, const char *restrict src) {
  strcpy(dest + strlen(dest), src);
  return dest;
}
