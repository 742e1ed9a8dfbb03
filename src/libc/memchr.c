/* memchr(3), memrchr(3), strnlen(3): looking for one byte in a bounded range.
 *
 * Not obvious: c is compared as an unsigned char (C11 7.24.5.1), so memchr(s, -1, n)
 * finds the byte 0xff and memchr(s, 0x141, n) finds 'A'; comparing against the int
 * itself would find neither.
 */
#include <sysgate/string.h>

void *memchr(const void *s, int c, size_t n) {
  const unsigned char *p = s;
  for (; n; n--, p++)
    if (*p == (unsigned char)c)
      return (void *)p;
  return NULL;
}

void *memrchr(const void *s, int c, size_t n) {
  const unsigned char *p = s;
  while (n--)
    if (p[n] == (unsigned char)c)
      return (void *)(p + n);
  return NULL;
}

/* Reads no byte past the first NUL or past s[maxlen - 1]: s need not be a string. */
size_t strnlen(const char *s, size_t maxlen) {
  const char *end = memchr(s, '\0', maxlen);
  return end ? (size_t)(end - s) : maxlen;
}
