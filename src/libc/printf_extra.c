/* The printf conversions few programs use, a hook of the engine (printf_engine.c): C, S
 * (and lc, ls, and c or s after any modifier glibc reads as wide) in the C locale, and %n.
 *
 * Not obvious: a wide character is ASCII or fails the call with EILSEQ (glibc's wcrtomb
 * in the C locale), and a wide string is measured before anything is written, so that
 * its padding can come first and a bad character leaves nothing of the field.
 */
#include <stdint.h>
#include <sysgate/errno.h>

#include "printf_sink.h"

int sysgate_printf_extra(struct sysgate_printf_sink *s, va_list *ap, unsigned size, char conv,
                         unsigned flags, int width, int prec) {
  if (conv == 'n') { /* the count so far, stored in the size the modifier says */
    void *at = va_arg(*ap, void *);
    int count = (int)s->count;
    size &= 15;
    if (size == 1)
      *(signed char *)at = (signed char)count;
    else if (size == 2)
      *(short *)at = (short)count;
    else if (size == 4)
      *(int *)at = count;
    else
      *(long long *)at = count;
    return 0;
  }
  const __WCHAR_TYPE__ *ws = 0;
  __WCHAR_TYPE__ c;
  size_t n = 1;
  if (conv == 'c' || conv == 'C') {
    c = (__WCHAR_TYPE__)va_arg(*ap, unsigned);
    ws = &c;
  } else {
    ws = va_arg(*ap, const __WCHAR_TYPE__ *);
    if (!ws) { /* as %s: "(null)" when it fits the precision, else nothing */
      ws = L"(null)";
      if (prec >= 0 && prec < 6)
        prec = 0;
    }
    for (n = 0; n < (size_t)prec && ws[n]; n++) /* prec -1: no limit */
      ;
  }
  for (size_t i = 0; i < n; i++)
    if ((unsigned)ws[i] > 0x7f) {
      s->error = EILSEQ;
      return 0;
    }
  size_t room = (size_t)width > n ? (size_t)width - n : 0;
  if (!(flags & F_MINUS))
    sysgate_printf_put(s, 0, room, ' ');
  for (size_t i = 0; i < n; i++) {
    char b = (char)ws[i];
    sysgate_printf_put(s, &b, 1, 0);
  }
  if (flags & F_MINUS)
    sysgate_printf_put(s, 0, room, ' ');
  return 0;
}
