/* snprintf(3), vsnprintf(3), sprintf(3), vsprintf(3) and their sysgate_*_with twins
 * (sysgate/printf_lean.h): the formatter (printf_engine.c) into a caller's buffer.
 *
 * Not obvious: snprintf with size 0 stores nothing at all, not even the NUL, so buf may
 * be NULL (C11 7.21.6.5); the count is still the whole output's.
 */
#include <sysgate/printf.h>

#include "printf_sink.h"

int sysgate_vsnprintf_with(const struct sysgate_printf_more *more, char *restrict buf, size_t size,
                           const char *restrict format, va_list ap) {
  struct sysgate_printf_sink s = {.buf = buf, .cap = size ? size - 1 : 0, .more = more};
  int n = sysgate_printf_engine(&s, format, ap);
  if (size)
    buf[s.used] = '\0';
  return n;
}

int vsnprintf(char *restrict buf, size_t size, const char *restrict format, va_list ap) {
  return sysgate_vsnprintf_with(&sysgate_printf_more, buf, size, format, ap);
}

int(snprintf)(char *restrict buf, size_t size, const char *restrict format, ...) {
  va_list ap;
  va_start(ap, format);
  int n = vsnprintf(buf, size, format, ap);
  va_end(ap);
  return n;
}

/* Unbounded: the count stops at INT_MAX, so that much room is all it could take. */
#define UNBOUNDED ((size_t)__INT_MAX__ + 1)

int vsprintf(char *restrict buf, const char *restrict format, va_list ap) {
  return vsnprintf(buf, UNBOUNDED, format, ap);
}

int(sprintf)(char *restrict buf, const char *restrict format, ...) {
  va_list ap;
  va_start(ap, format);
  int n = vsprintf(buf, format, ap);
  va_end(ap);
  return n;
}

int sysgate_snprintf_with(const struct sysgate_printf_more *more, char *restrict buf, size_t size,
                          const char *restrict format, ...) {
  va_list ap;
  va_start(ap, format);
  int n = sysgate_vsnprintf_with(more, buf, size, format, ap);
  va_end(ap);
  return n;
}

int sysgate_sprintf_with(const struct sysgate_printf_more *more, char *restrict buf,
                         const char *restrict format, ...) {
  va_list ap;
  va_start(ap, format);
  int n = sysgate_vsnprintf_with(more, buf, UNBOUNDED, format, ap);
  va_end(ap);
  return n;
}
