/* inet_network(3): an IPv4 network number, in host byte order, from
 * "a.b.c.d" text with one to four parts.
 *
 * Not obvious: unlike inet_aton, the parts are packed to the right, so "10.1"
 * is 0x0a01, and every part is one byte. Each part is a C number, and an 'x'
 * starts a hex part even without a leading 0 ("x1f" is 31); whitespace may
 * end the text. Digits accumulate in 32 bits and wrap before the byte check
 * (glibc's inet/inet_net.c, which this matches; see test_inet).
 */
#include <sysgate/ctype.h>
#include <sysgate/inet.h>

in_addr_t inet_network(const char *text) {
  const char *s = text;
  uint32_t result = 0;
  int parts = 0;
  for (;;) {
    uint32_t value = 0, base = 10;
    int digits = 0;
    unsigned d;
    if (*s == '0') {
      base = 8;
      digits = 1;
      s++;
    }
    if (*s == 'x' || *s == 'X') {
      base = 16;
      digits = 0;
      s++;
    }
    for (; (d = sysgate_ctype_digit_value(*s)) < 16 && (d < 10 || base == 16); s++, digits++) {
      if (d >= base)
        return INADDR_NONE; /* 8 or 9 in an octal part */
      value = value * base + d;
    }
    if (digits == 0 || parts == 4 || value > 0xff)
      return INADDR_NONE;
    result = result << 8 | value;
    parts++;
    if (*s != '.')
      break;
    s++;
  }
  while (sysgate_ctype_isspace(*s))
    s++;
  return *s ? INADDR_NONE : result;
}
