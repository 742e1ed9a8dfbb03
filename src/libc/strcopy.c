/* stpcpy(3), stpncpy(3), strncat(3), strlcpy(3), strlcat(3): copying strings with
 * the end or the size in mind.
 *
 * Not obvious: strncat's n limits the bytes taken from src, not the size of dest,
 * and it always writes a NUL after them (so up to n + 1 bytes), while strncpy and
 * stpncpy write exactly n and may leave no NUL. strlcpy and strlcat take the size
 * of the whole destination buffer, and return the length they tried to create, as
 * glibc 2.38 added them from the BSDs (its manual, "Truncating Strings").
 */
#include <sysgate/string.h>

char *stpcpy(char *restrict dest, const char *restrict src) {
  while ((*dest = *src++) != '\0')
    dest++;
  return dest;
}

char *stpncpy(char *restrict dest, const char *restrict src, size_t n) {
  size_t len = strnlen(src, n);
  memcpy(dest, src, len);
  memset(dest + len, 0, n - len);
  return dest + len;
}

char *strncat(char *restrict dest, const char *restrict src, size_t n) {
  char *end = dest + strlen(dest);
  size_t len = strnlen(src, n);
  memcpy(end, src, len);
  end[len] = '\0';
  return dest;
}

size_t strlcpy(char *restrict dst, const char *restrict src, size_t size) {
  size_t len = strlen(src);
  if (size != 0) {
    size_t copy = len < size ? len : size - 1;
    memcpy(dst, src, copy);
    dst[copy] = '\0';
  }
  return len;
}

/* dst with no NUL in its first size bytes is left alone (and may be NULL when size
 * is 0); the return value then counts size for it. */
size_t strlcat(char *restrict dst, const char *restrict src, size_t size) {
  size_t len = strlen(src);
  if (size == 0)
    return len;
  size_t used = strnlen(dst, size);
  if (used != size) {
    size_t copy = size - used - 1;
    if (copy > len)
      copy = len;
    memcpy(dst + used, src, copy);
    dst[used + copy] = '\0';
  }
  return used + len;
}
