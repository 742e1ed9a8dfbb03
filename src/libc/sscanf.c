/* sscanf(3), vsscanf(3): scanf from a string.
 *
 * Not obvious: the string's NUL is the end of input, so a directive that meets it
 * is an input failure (EOF when nothing was assigned yet), exactly like a file that
 * ends there.
 */
#include <sysgate/scanf.h>

#include "scanf_source.h"

static int string_get(struct sysgate_scanf_source *src) {
  const unsigned char *p = src->state;
  if (*p == '\0')
    return -1;
  src->state = (void *)(p + 1);
  return *p;
}

static void string_unget(struct sysgate_scanf_source *src, int c) {
  (void)c;
  src->state = (char *)src->state - 1;
}

int vsscanf(const char *restrict s, const char *restrict fmt, va_list ap) {
  struct sysgate_scanf_source src = {string_get, string_unget, (void *)s, 0};
  return sysgate_scanf_engine(&src, fmt, ap);
}

int sscanf(const char *restrict s, const char *restrict fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = vsscanf(s, fmt, ap);
  va_end(ap);
  return r;
}
