/* asprintf(3), vasprintf(3) and sysgate_asprintf_with (sysgate/printf_lean.h): the
 * formatter (printf_engine.c) into a block from malloc.
 *
 * Not obvious: the block grows by doubling with realloc as the output comes (64 bytes
 * first), never past INT_MAX + 1 bytes since the count stops there; a failed realloc
 * leaves the old block to free, and the call returns -1 with ENOMEM.
 */
#include <sysgate/malloc.h>
#include <sysgate/printf.h>

#include "printf_sink.h"

/* One more byte than cap is always allocated, for the NUL. */
static int grow(struct sysgate_printf_sink *s) {
  size_t cap = s->cap ? 2 * s->cap : 64;
  if (cap > (size_t)__INT_MAX__)
    cap = (size_t)__INT_MAX__;
  char *p = realloc(s->buf, cap + 1);
  if (!p)
    return -1;
  s->buf = p;
  s->cap = cap;
  return 0;
}

/* The one body, with what the call may need beyond integers and strings (more). */
static int to_block(char **strp, const struct sysgate_printf_more *more, const char *format,
                    va_list ap) {
  struct sysgate_printf_sink s = {.flush = grow, .more = more};
  int n = sysgate_printf_engine(&s, format, ap);
  if (n >= 0 && !s.buf && grow(&s)) /* empty output: still a block */
    n = -1;
  if (n < 0) {
    free(s.buf);
    *strp = 0;
    return -1;
  }
  s.buf[s.used] = '\0';
  *strp = s.buf;
  return n;
}

int vasprintf(char **restrict strp, const char *restrict format, va_list ap) {
  return to_block(strp, &sysgate_printf_more, format, ap);
}

int(asprintf)(char **restrict strp, const char *restrict format, ...) {
  va_list ap;
  va_start(ap, format);
  int n = vasprintf(strp, format, ap);
  va_end(ap);
  return n;
}

int sysgate_asprintf_with(const struct sysgate_printf_more *more, char **restrict strp,
                          const char *restrict format, ...) {
  va_list ap;
  va_start(ap, format);
  int n = to_block(strp, more, format, ap);
  va_end(ap);
  return n;
}
