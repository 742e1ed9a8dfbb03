/* inet_aton(3), inet_addr(3): an IPv4 address in the BSD text forms.
 *
 * Not obvious: each part is a C number (decimal, 0x hex, 0 octal) read as strtoul(3) with base 0
 * reads it from a digit, and the last part fills the bytes the others left: "a.b.c.d", "a.b.c" (c:
 * 16 bits), "a.b" (b: 24 bits), "a" (32 bits). glibc stops at the first whitespace and ignores what
 * follows it ("1.2.3.4 junk" is 1.2.3.4), but refuses any other trailing character (glibc
 * resolv/inet_addr.c; inet(3), "Classful network addressing").
 */
#include <sysgate/ctype.h>
#include <sysgate/inet.h>

/* Above any part's limit: a value past 32 bits stops growing here. */
#define PART_TOO_BIG 0x100000000ull

static int is_digit_in(char c, unsigned base, unsigned *digit) {
  *digit = sysgate_ctype_digit_value(c);
  return *digit < base;
}

/* One part, starting at a decimal digit; returns where it ends. */
static const char *read_part(const char *s, uint64_t *value) {
  unsigned base = 10, digit;
  if (s[0] == '0') {
    base = 8;
    if ((s[1] == 'x' || s[1] == 'X') && is_digit_in(s[2], 16, &digit)) {
      base = 16;
      s += 2;
    }
  }
  uint64_t v = 0;
  for (; is_digit_in(*s, base, &digit); s++)
    if (v < PART_TOO_BIG)
      v = v * base + digit;
  *value = v;
  return s;
}

int inet_aton(const char *text, struct in_addr *addr) {
  uint32_t host = 0;
  uint64_t value;
  unsigned dots = 0;
  const char *s = text;
  for (;;) {
    if (*s < '0' || *s > '9')
      return 0;
    s = read_part(s, &value);
    if (*s != '.')
      break;
    if (dots == 3 || value > 0xff)
      return 0;
    host |= (uint32_t)value << (24 - 8 * dots);
    dots++;
    s++;
  }
  if ((*s != '\0' && !sysgate_ctype_isspace(*s)) || value > (0xffffffffu >> (8 * dots)))
    return 0;
  if (addr)
    addr->s_addr = htonl(host | (uint32_t)value);
  return 1;
}

in_addr_t inet_addr(const char *text) {
  struct in_addr addr;
  return inet_aton(text, &addr) ? addr.s_addr : INADDR_NONE;
}
